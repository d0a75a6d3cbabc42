/**
 * The written report as files a person keeps: plain text, and a standalone HTML file that opens in
 * a browser and in a word processor (LibreOffice, Word) to be edited. Neither carries a script.
 *
 * What the person typed is written exactly as typed, and never becomes markup: in the HTML file
 * every `&`, `<`, `>`, `"` and `'` is escaped, so the file's elements and attributes are always
 * the same whatever was typed. Two things HTML itself cannot carry are written so the file reads
 * back as typed: a carriage return (as `&#13;`), and a line break at the very start of a box (a
 * second one is added after the opening tag, which HTML drops). A NUL character cannot be in an
 * HTML document at all: it is written as U+FFFD, the replacement character, which is what the
 * browser would make of it.
 */
import type { Directory } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { hasWrittenReferral, writtenReferral, type ReferralField, type ReferralValue, type WrittenReferral } from './written-referral.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\0': '\uFFFD' };

/** Text made safe to place in HTML text or in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r\0]/g, (c) => ESCAPES[c]!);
}

function htmlValue(v: ReferralValue): string {
  if (!v.typed) return `<p class="words">${escapeHtml(v.text)}</p>`;
  // <pre> keeps line breaks in word processors too; HTML drops one line break straight after <pre>.
  const lead = v.text.startsWith('\n') ? '\n' : '';
  return `<pre class="typed">${lead}${escapeHtml(v.text)}</pre>${v.note ? `<p class="note">(${escapeHtml(v.note)})</p>` : ''}`;
}

function htmlField(f: ReferralField, doc: WrittenReferral): string {
  const value =
    f.state === 'given'
      ? f.values.map(htmlValue).join('')
      : `<p class="to-fill">${escapeHtml(f.state === 'notAsked' ? doc.notAsked : doc.blank)}</p>`;
  return `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${value}</td></tr>`;
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; max-width: 50em; margin: 0 auto; padding: 1em; }
h1 { font-size: 18pt; margin: 0 0 0.5em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; page-break-after: avoid; break-after: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #505a5f; padding: 4pt 6pt; vertical-align: top; text-align: left; }
th { width: 34%; font-weight: bold; background: #f3f2f1; }
tr { page-break-inside: avoid; break-inside: avoid; }
p { margin: 0 0 0.4em; }
td p:last-child { margin-bottom: 0; }
pre.typed { font-family: inherit; font-size: inherit; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 0.3em; }
.note, .to-fill, .source { color: #484949; }
.to-fill { font-style: italic; }
.keep-safe { border: 2px solid #000; padding: 6pt; margin-top: 1.2em; }
`;

/** The written report as a standalone HTML file: UTF-8, its language, its own styles, no script. */
export function writtenReferralHtml(doc: WrittenReferral): string {
  const form = doc.ownForm
    ? `<p class="own-form">${escapeHtml(doc.ownForm.label)}: <a href="${escapeHtml(doc.ownForm.web)}">${escapeHtml(doc.ownForm.name)}</a> (${escapeHtml(doc.ownForm.web)})</p><p class="source">${escapeHtml(doc.ownForm.source)}</p>`
    : '';
  const sections = doc.sections
    .map((s) => `<h2>${s.number}. ${escapeHtml(s.title)}</h2>\n<table><tbody>\n${s.fields.map((f) => htmlField(f, doc)).join('\n')}\n</tbody></table>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
${doc.intro.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
${form}
${sections}
<p class="keep-safe">${escapeHtml(doc.keepSafe)}</p>
<p>${escapeHtml(doc.footer)}</p>
</body>
</html>
`;
}

function textField(f: ReferralField, doc: WrittenReferral): string[] {
  if (f.state !== 'given') return [`${f.label}:`, `    [${f.state === 'notAsked' ? doc.notAsked : doc.blank}]`];
  return [`${f.label}:`, ...f.values.flatMap((v) => [`    ${v.text}`, ...(v.note ? [`    (${v.note})`] : [])])];
}

/** The written report as plain text. */
export function writtenReferralText(doc: WrittenReferral): string {
  const out = [doc.title, '='.repeat(Math.min(doc.title.length, 60)), ...doc.intro];
  if (doc.ownForm) out.push('', `${doc.ownForm.label}: ${doc.ownForm.name}`, `    ${doc.ownForm.web}`, `    ${doc.ownForm.source}`);
  for (const s of doc.sections) {
    const heading = `${s.number}. ${s.title}`;
    out.push('', heading, '-'.repeat(Math.min(heading.length, 60)));
    for (const f of s.fields) out.push(...textField(f, doc));
  }
  out.push('', doc.keepSafe, '', doc.footer, '');
  return out.join('\n');
}

/** The written report for a report as an HTML or a text file; empty when none is due (or before the summary). */
export function writtenReferralFile(kind: 'html' | 'text', report: Report | undefined, directory: Directory, lang: Lang, t: Translate): string {
  if (!report || !hasWrittenReferral(report)) return '';
  const doc = writtenReferral(report, directory, lang, t);
  return kind === 'html' ? writtenReferralHtml(doc) : writtenReferralText(doc);
}
