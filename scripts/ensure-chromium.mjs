// Makes sure Debian's Chromium is there for the tests; installs it with apt-get when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.log(`Chromium not found at ${path}; installing Debian's chromium package with apt-get.`);
const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${asRoot}apt-get update -qq && ${asRoot}apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
  console.error(
    `Could not install Chromium. Install it yourself with:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.`,
  );
  process.exit(1);
}
