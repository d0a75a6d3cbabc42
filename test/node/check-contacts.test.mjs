// The contacts checker (scripts/check-contacts.mjs), against pages served from 127.0.0.1 by this
// test: nothing here touches the internet. Run by `npm test` (node --test test/node/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkDirectory, formatTable, pageHasPhone, pageText } from '../../scripts/check-contacts.mjs';

// Cloudflare's "email protection": the email XORed with the first byte.
const hidden = (email, key = 0x2a) => key.toString(16).padStart(2, '0') + [...email].map((c) => (c.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');

const PAGES = {
  '/spaced': '<p>Out of office hours telephone <strong>029 20788 570</strong>.</p><p>Email <a href="mailto:Duty@Example.gov.uk">us</a>.</p>',
  '/international': '<p>Call +44&nbsp;(0)1632 960001 or 101 for a non-urgent matter.</p>',
  '/hidden-email': `<p>Email <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${hidden('team@example.gov.uk')}">[email&#160;protected]</a></p>`,
  '/other-number': '<p>Call 01632 960010 (not the number in the data).</p><script>var x = "01632 960009";</script>',
  '/moved-here': '<p>Call 01632 960020.</p>',
};
const REDIRECTS = { '/old': '/moved-here', '/loop': '/loop' };
const requested = [];

let server;
let base;
before(async () => {
  server = createServer((req, res) => {
    requested.push(req.url);
    if (REDIRECTS[req.url]) {
      res.writeHead(301, { location: REDIRECTS[req.url] });
      res.end();
    } else if (PAGES[req.url]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body>${PAGES[req.url]}</body></html>`);
    } else {
      res.writeHead(404);
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

const source = (path) => ({ url: path.startsWith('seed:') ? path : `${base}${path}`, date: null, confidence: 'official-undated', compared: '2026-12-02', comparedWith: 'stored-copy' });
function directory(contacts) {
  return {
    jurisdiction: 'wales',
    regions: [{ id: 'r', name: { en: 'R' } }],
    authorities: [{ id: 'example', name: { en: 'Example' }, region: 'r', ...contacts }],
    national: { emergency: { phone: '999', sources: { phone: source('seed:001_94ab843890fe76f1.txt') } } },
  };
}
const resultOf = (rows, where, fact) => rows.find((r) => r.where === where && r.fact === fact);

describe('Finding a number or an email on a page', () => {
  it('digits are compared, however they are grouped: "029 20788 570" on the page is 029 2078 8570', () => {
    assert.equal(pageHasPhone(pageText(PAGES['/spaced']), '029 2078 8570'), true);
  });
  it('+44 (0) on the page is the leading 0 in the data, and +44 in the data matches 0 on the page', () => {
    assert.equal(pageHasPhone(pageText(PAGES['/international']), '01632 960001'), true);
    assert.equal(pageHasPhone(pageText(PAGES['/other-number']), '+44 1632 960010'), true);
  });
  it('a different number is not a match, nor a number only in a script', () => {
    assert.equal(pageHasPhone(pageText(PAGES['/other-number']), '01632 960001'), false);
    assert.equal(pageHasPhone(pageText(PAGES['/other-number']), '01632 960009'), false);
  });
  it('a three-digit number must stand alone: 101 is on the page, 999 is not (and 101 is not found inside 01632 9601011)', () => {
    assert.equal(pageHasPhone(pageText(PAGES['/international']), '101'), true);
    assert.equal(pageHasPhone(pageText(PAGES['/international']), '999'), false);
    assert.equal(pageHasPhone('Call 01632 9601011', '101'), false);
  });
});

describe('npm run check-contacts: each fact against its page, from 127.0.0.1', () => {
  // Made when a test runs: the server's port is known only then.
  const dir = () => directory({
    children: { phone: '029 2078 8570', email: 'duty@example.gov.uk', sources: { phone: source('/spaced'), email: source('/spaced') } },
    outOfHours: { phone: '01632 960001', outsideOfficeHours: true, sources: { phone: source('/international'), hours: source('/international') } },
    adults: { phone: '01632 960001', email: 'team@example.gov.uk', sources: { phone: source('/other-number'), email: source('/hidden-email') } },
    section5: { phone: '01632 960020', sources: { phone: source('/old') } },
    moreOutOfHours: [
      { phone: '01632 960030', sources: { phone: source('/gone') } },
      { phone: '01632 960031', sources: { phone: source('/loop') } },
    ],
  });

  it('says for each fact: confirmed, not found, page moved (and where), page gone (HTTP status), not reached, or not a web page', async () => {
    const rows = await checkDirectory(dir());
    assert.equal(resultOf(rows, 'example children', 'phone').result, 'confirmed');
    assert.equal(resultOf(rows, 'example children', 'email').result, 'confirmed', 'an email in a mailto: link, in another case');
    assert.equal(resultOf(rows, 'example outOfHours', 'phone').result, 'confirmed');
    assert.equal(resultOf(rows, 'example adults', 'phone').result, 'not-found');
    assert.equal(resultOf(rows, 'example adults', 'email').result, 'confirmed', 'an email hidden by Cloudflare');
    const moved = resultOf(rows, 'example section5', 'phone');
    assert.equal(moved.result, 'moved');
    assert.match(moved.detail, new RegExp(`301 to ${base}/moved-here.*found there`));
    const gone = resultOf(rows, 'example moreOutOfHours[0]', 'phone');
    assert.equal(gone.result, 'gone');
    assert.match(gone.detail, /HTTP 404/);
    assert.equal(resultOf(rows, 'example moreOutOfHours[1]', 'phone').result, 'unreachable');
    const seed = resultOf(rows, 'national emergency', 'phone');
    assert.equal(seed.result, 'not-a-web-page');
    assert.match(seed.detail, /check by hand/);
  });

  it('fetches each page once, however many facts come from it', async () => {
    requested.length = 0;
    await checkDirectory(dir());
    assert.equal(requested.filter((u) => u === '/spaced').length, 1);
  });

  it('reads the older directory format (one "source" for a contact) too', async () => {
    const older = directory({ children: { phone: '029 2078 8570', source: `${base}/spaced`, sourceDate: null, checked: '2026-11-22', status: 'unchecked' } });
    assert.equal(resultOf(await checkDirectory(older), 'example children', 'phone').result, 'confirmed');
  });

  it('prints a table with a count of each result', async () => {
    const table = formatTable(await checkDirectory(dir()));
    assert.match(table, /^where\s+fact\s+value\s+result\s+source/);
    assert.match(table, /9 facts: 4 confirmed.*1 not found.*1 moved.*1 gone.*1 unreachable.*1 not a web page/s);
  });

  describe('the command', () => {
    let tmp;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'check-contacts-'));
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));
    const run = async (file) => {
      // Run it in a child process, as a board's web team would, while this process serves the pages.
      const { spawn } = await import('node:child_process');
      return new Promise((resolve) => {
        const child = spawn(process.execPath, ['scripts/check-contacts.mjs', file], { cwd: new URL('../..', import.meta.url) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    };

    it('exits 1 when anything is not confirmed, and prints the table', async () => {
      const file = join(tmp, 'mixed.json');
      writeFileSync(file, JSON.stringify(dir()));
      const { status, stdout } = await run(file);
      assert.equal(status, 1);
      assert.match(stdout, /not found on the page/);
      assert.match(stdout, /not confirmed/);
    });

    it('exits 1 when the only problem is a number not found on its page (the page is there, the number is not)', async () => {
      const file = join(tmp, 'not-found.json');
      const one = directory({ children: { phone: '01632 960001', sources: { phone: source('/other-number') } } });
      one.national.emergency = { phone: '101', sources: { phone: source('/international') } };
      writeFileSync(file, JSON.stringify(one));
      const { status, stdout } = await run(file);
      assert.match(stdout, /2 facts: 1 not found, 1 confirmed/);
      assert.equal(status, 1, stdout);
    });

    it('exits 0 when every phone number and email is found on its page', async () => {
      const file = join(tmp, 'good.json');
      const good = directory({ children: { phone: '029 2078 8570', email: 'duty@example.gov.uk', sources: { phone: source('/spaced'), email: source('/spaced') } } });
      good.national.emergency = { phone: '101', sources: { phone: source('/international') } };
      writeFileSync(file, JSON.stringify(good));
      const { status, stdout } = await run(file);
      assert.equal(status, 0, stdout);
      assert.match(stdout, /3 facts: 3 confirmed/);
    });

    it('exits 2 with a message saying what to do when the file cannot be read', () => {
      const { status, stderr } = spawnSync(process.execPath, ['scripts/check-contacts.mjs', join(tmp, 'no-such-file.json')], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
      assert.equal(status, 2);
      assert.match(stderr, /Cannot read .*no-such-file\.json.*Give the path of a directory file/);
    });
  });
});
