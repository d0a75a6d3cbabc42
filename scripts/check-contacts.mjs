// The contacts checker for board web teams (issue 11):
//
//   npm run check-contacts [directory.json]      (default: data/directory.wales.json)
//
// Fetches the source page of every phone number and email in a directory and checks that the
// number or email is on it. Phone numbers are compared by their digits, so "029 20788 570" on a
// page matches "029 2078 8570" in the data, and "+44 (0)29 2078 8570" matches too. Prints a table:
// confirmed, not found on the page, page gone (its HTTP status), page moved (where to), page not
// reached, or "not a web page, check by hand" for a seed: document. Exits 1 when anything is not
// confirmed, 2 when the file cannot be read. Hours are not checked: check them by hand.
//
// Run it from a machine with internet access before a board goes live, and every quarter.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CONTACT_SLOTS = ['children', 'outOfHours', 'adults', 'section5'];
const MAX_REDIRECTS = 5;

/** The digits of a UK phone number, with +44 written as the leading 0. */
export function phoneDigits(text) {
  const trimmed = String(text).trim();
  let digits = trimmed.replace(/\D/g, '');
  if (/^\+\s*44/.test(trimmed) || (/^\(?\s*44/.test(trimmed) && digits.length > 11)) {
    digits = digits.slice(2);
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  return digits;
}

/** Every run of digits on a page that could be a phone number (digits with spaces, dots, hyphens or brackets between). */
export function phoneRuns(text) {
  return (String(text).match(/\+?\(?\d[\d\s().\u00a0-]*\d/g) ?? []).map(phoneDigits);
}

/** Whether a page's text carries a phone number. Three-digit numbers (999, 101) must stand alone. */
export function pageHasPhone(text, phone) {
  const want = phoneDigits(phone);
  if (want.length <= 3) return new RegExp(`(?<![\\d])${want}(?![\\d])`).test(text);
  return phoneRuns(text).some((run) => run.includes(want));
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

/** Cloudflare hides emails as data-cfemail="hex": the first byte is a key for the others. */
function cloudflareEmails(html) {
  return [...html.matchAll(/data-cfemail="([0-9a-f]+)"/gi)].map(([, hex]) => {
    const key = parseInt(hex.slice(0, 2), 16);
    let out = '';
    for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
    return out;
  });
}

/** A page as searchable text: its words without tags, the addresses in its links, and any hidden emails. */
export function pageText(html) {
  const words = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? whole),
    );
  const links = [...html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)].map(([, h]) => decodeURIComponent(h.replace(/&amp;/g, '&')));
  return [words, ...links, ...cloudflareEmails(html)].join('\n');
}

/** Every phone number and email in a directory, with where it is and the page it was read from. */
export function factsOf(directory) {
  const facts = [];
  const visit = (contact, where) => {
    if (!contact || typeof contact !== 'object') return;
    for (const fact of ['phone', 'email']) {
      if (!contact[fact]) continue;
      // The current format has a source for each fact; the older one a single "source".
      const url = contact.sources?.[fact]?.url ?? contact.source;
      facts.push({ where, fact, value: contact[fact], url: url ?? '(no source)' });
    }
  };
  for (const a of directory.authorities ?? []) {
    for (const slot of CONTACT_SLOTS) visit(a[slot], `${a.id} ${slot}`);
    (a.moreOutOfHours ?? []).forEach((c, i) => visit(c, `${a.id} moreOutOfHours[${i}]`));
  }
  for (const [slot, c] of Object.entries(directory.national ?? {})) visit(c, `national ${slot}`);
  return facts;
}

/** Fetches a page without following redirects, so each move is seen; then follows up to five. */
async function getPage(url, { fetchImpl, timeoutMs }) {
  const chain = [];
  let current = url;
  for (let i = 0; i <= MAX_REDIRECTS; i += 1) {
    let response;
    try {
      response = await fetchImpl(current, {
        redirect: 'manual',
        headers: { 'user-agent': 'safeguarding-report-wizard contacts checker', accept: 'text/html,*/*' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'unreachable', chain, reason: error?.cause?.code ?? error?.name ?? String(error) };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      const next = new URL(response.headers.get('location'), current).href;
      chain.push({ status: response.status, to: next });
      current = next;
      continue;
    }
    if (!response.ok) return { kind: 'gone', chain, status: response.status };
    return { kind: chain.length ? 'moved' : 'ok', chain, status: response.status, text: pageText(await response.text()), final: current };
  }
  return { kind: 'unreachable', chain, reason: `more than ${MAX_REDIRECTS} redirects` };
}

/**
 * Checks every phone number and email of a directory against its source page.
 * Returns one row for each fact: { where, fact, value, url, result, detail }, where result is
 * confirmed, not-found, moved, gone, unreachable or not-a-web-page. Each page is fetched once.
 */
export async function checkDirectory(directory, { fetchImpl = globalThis.fetch, timeoutMs = 20_000 } = {}) {
  const facts = factsOf(directory);
  const pages = new Map();
  const page = (url) => {
    if (!pages.has(url)) pages.set(url, getPage(url, { fetchImpl, timeoutMs }));
    return pages.get(url);
  };
  const rows = [];
  for (const f of facts) {
    if (!/^https?:\/\//.test(f.url)) {
      rows.push({ ...f, result: 'not-a-web-page', detail: `${f.url} is not a web page: check by hand` });
      continue;
    }
    const p = await page(f.url);
    const found = p.text !== undefined && (f.fact === 'phone' ? pageHasPhone(p.text, f.value) : p.text.toLowerCase().includes(String(f.value).toLowerCase()));
    const moves = p.chain.map((c) => `${c.status} to ${c.to}`).join(', then ');
    if (p.kind === 'unreachable') rows.push({ ...f, result: 'unreachable', detail: `page not reached (${p.reason})${moves ? ` after ${moves}` : ''}` });
    else if (p.kind === 'gone') rows.push({ ...f, result: 'gone', detail: `page gone: HTTP ${p.status}${moves ? ` after ${moves}` : ''}` });
    else if (p.kind === 'moved') rows.push({ ...f, result: 'moved', detail: `page moved (${moves}); ${found ? 'found there: update the source to the new address' : 'not found there either'}` });
    else rows.push({ ...f, result: found ? 'confirmed' : 'not-found', detail: found ? 'confirmed' : 'not found on the page' });
  }
  return rows;
}

/** The rows as a plain-text table, with a count of each result. */
export function formatTable(rows) {
  const head = ['where', 'fact', 'value', 'result', 'source'];
  const cells = rows.map((r) => [r.where, r.fact, r.value, r.detail, r.url]);
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => String(c[i]).length))));
  const line = (c) => c.map((v, i) => String(v).padEnd(widths[i])).join('  ').trimEnd();
  const counts = {};
  for (const r of rows) counts[r.result] = (counts[r.result] ?? 0) + 1;
  const summary = Object.entries(counts)
    .map(([k, n]) => `${n} ${k.replace(/-/g, ' ')}`)
    .join(', ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line), '', `${rows.length} facts: ${summary || 'none'}.`].join('\n');
}

async function main(argv) {
  const file = argv.find((a) => !a.startsWith('--')) ?? 'data/directory.wales.json';
  const timeout = Number(argv.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 20_000);
  let directory;
  try {
    directory = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file} as a JSON directory (${error.message}). Give the path of a directory file: npm run check-contacts -- path/to/directory.json`);
    return 2;
  }
  const rows = await checkDirectory(directory, { timeoutMs: timeout });
  console.log(formatTable(rows));
  const bad = rows.filter((r) => r.result !== 'confirmed');
  if (bad.length) {
    console.log(`\n${bad.length} not confirmed. Check each on the live page; then set "compared" to today and "comparedWith" to "live-page", or change the number and its source.`);
    return 1;
  }
  console.log('\nEvery phone number and email was found on its source page.');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
