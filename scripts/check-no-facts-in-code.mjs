// "No fact in code": phone numbers and email addresses live in data/ with their source, never in
// the source code. Fails (exit 1) naming each file and line where one appears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'machines'];
const PATTERNS = [
  { name: 'phone number', re: /(?<![\w.])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])/g },
  { name: 'emergency or police number', re: /(?<![\w.{-])(?:999|101|111)(?![\w])/g },
  { name: 'email address', re: /[\w.+-]+@[\w-]+\.[a-z][\w.-]*/gi },
];

// Allowed: Ofcom's range reserved for drama (01632 960000 to 960999) and example.* addresses,
// used only in error messages that show the format.
const ALLOWED = [/^(\+44\s?|0)1632\s?960\d{3}$/, /@example\./i];
const isComment = (line) => /^\s*(\/\/|\*|\/\*)/.test(line);

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Tests beside the code (*.test.ts) check the numbers the data gives, as test/ does: they are not shipped.
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(name) && !/\.test\.(ts|js)$/.test(name) ? [path] : [];
  });

let found = 0;
for (const file of ROOTS.flatMap(files)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (isComment(line)) return;
      for (const { name, re } of PATTERNS) {
        for (const match of line.matchAll(re)) {
          if (ALLOWED.some((a) => a.test(match[0]))) continue;
          found += 1;
          console.error(`${file}:${i + 1}: a ${name} in code ("${match[0]}"): put it in data/ with its source.`);
        }
      }
    });
}
if (found) process.exit(1);
console.log('No phone numbers or email addresses in src/ or machines/.');
