/**
 * Hostile text in every free-text field (issue 6, "Nothing leaked"). For each case in
 * test/fixtures/hostile-cases.ts, three whole routes are filled in by label, so that every
 * free-text box of the wizard gets the case (see the routes below and `check`):
 * - A: a member of staff; a crime reported to the police (its reference); the child told them
 *   (their words, where and when); the child's details and social worker; the DSP advised not to
 *   report (name, time, reason); consent asked and refused (what they said); the child's wishes.
 * - B: the Designated Safeguarding Person (who raised it, their role); a colleague had reported
 *   (its reference); the pointers on consent (what protects the child now); consent not asked,
 *   for a reason ticked and another in their own words.
 * - C: a concern about someone who works with children (what, when, their role), with a child;
 *   the DSP will make the report by a time.
 * B and C type the case only into the boxes the routes before them do not have.
 *
 * Then: nothing ran (payloads set `window.__pwned` or call `alert`), no element and no attribute
 * came from the text (the summary's elements are exactly those of a plain-text run), nothing was
 * fetched, and the text comes out exactly as typed on check answers, on the summary, in print,
 * in the copied text, in the text file, in the JSON file and in `report-complete`; and in the
 * written report (issue 12.4): on screen, printed, in its text file, and in its HTML file, which
 * parses with exactly the elements and attributes of a plain-text run. Both routes are walked in
 * Welsh too, with every case (but the long one) typed into every box at once.
 *
 * "Exactly as typed" means: the wizard itself changes nothing, not even leading or trailing
 * spaces. Only the browser does, before the wizard sees the text, in three ways: a one-line box
 * drops line breaks (HTML value sanitization of `<input type=text>`); a multi-line box stores
 * CR LF and a lone CR as LF (the `<textarea>` value); and a lone surrogate becomes U+FFFD
 * (FormData turns text into Unicode scalar values). Text that is only whitespace (JavaScript
 * `trim`) counts as not given; no case here is.
 */
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AnswerField } from '../machines/answers.js';
import { FIELDS, FIELD_NAMES } from '../machines/fields.js';
import type { Report } from '../machines/report.schema.js';
import { loadCatalogues } from '../src/i18n/catalogues.js';
const catalogues = await loadCatalogues();
import { AT } from './fixtures/answer-values.js';
import { HOSTILE_CASES, LONG_TEXT, type HostileCase } from './fixtures/hostile-cases.js';
import { byLabel, choose, expectHeading, next, press, root, selectOption, setWalkLanguage, type, wizardAt, type Wizard } from './helpers.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

interface FreeText {
  field: AnswerField;
  /** The label of the box. */
  label: string;
  /** Where the report keeps it. */
  inReport: (r: Report) => string | undefined;
  /** The decision that quotes it as its note, if any. */
  note?: 'dsp' | 'consent';
}

const DETAILS: FreeText[] = [
  { field: 'childName', label: "Child's full name", inReport: (r) => r.child?.name },
  { field: 'childAge', label: 'Date of birth or age', inReport: (r) => r.child?.age },
  { field: 'childAddress', label: 'Home address', inReport: (r) => r.child?.address },
  { field: 'childSetting', label: 'School, nursery or group they go to', inReport: (r) => r.child?.setting },
  { field: 'carers', label: 'Parents or carers, and who has parental responsibility', inReport: (r) => r.child?.carers },
  { field: 'household', label: 'Other people in the household, including other children', inReport: (r) => r.child?.household },
  { field: 'communication', label: 'Language or communication needs, such as an interpreter', inReport: (r) => r.child?.communication },
  { field: 'visitRisk', label: 'Any risk to someone visiting the home', inReport: (r) => r.child?.visitRisk },
];

const T = {
  statement: { field: 'statements', label: 'Statement 1', inReport: (r) => r.concern?.statements[0]?.text },
  when: { field: 'when', label: 'When did it happen, or when did you notice it?', inReport: (r) => r.concern?.when },
  childWords: { field: 'childWords', label: 'What did the child say?', inReport: (r) => r.concern?.childWords },
  context: { field: 'disclosureContext', label: 'Where and when did they tell you, and who else was there?', inReport: (r) => r.concern?.disclosureContext },
  wishes: { field: 'childWishes', label: 'What does the child want to happen, and what do they think about the report?', inReport: (r) => r.concern?.childWishes },
  dspName: { field: 'dspName', label: 'Their name', inReport: (r) => r.dsp?.name },
  dspTime: { field: 'dspTime', label: 'When did you talk?', inReport: (r) => r.dsp?.time },
  dspReason: { field: 'dspReason', label: 'What reason did they give?', inReport: (r) => r.dsp?.reason, note: 'dsp' },
  consentDetail: { field: 'consentOutcomeDetail', label: 'What did they say?', inReport: (r) => r.consent?.outcomeDetail, note: 'consent' },
  otherReason: { field: 'consentOtherReason', label: 'Another reason, in your own words', inReport: (r) => r.consent?.otherReason, note: 'consent' },
  policeReference: { field: 'policeReference', label: 'Police reference or incident number', inReport: (r) => r.police?.reference },
  socialWorker: { field: 'socialWorker', label: "Social worker's name and team, if you know", inReport: (r) => r.child?.socialWorker },
  colleagueReference: { field: 'colleagueReference', label: 'The reference they gave you', inReport: (r) => r.knowledge?.colleagueReference },
  protectNow: { field: 'protectNow', label: 'What needs to happen to protect the child now?', inReport: (r) => r.childViews?.protectNow },
  s5What: { field: 's5What', label: 'What did they do or say?', inReport: (r) => r.section5?.what },
  s5When: { field: 's5When', label: 'When did it happen, or when did you find out?', inReport: (r) => r.section5?.when },
  s5Who: { field: 's5Who', label: 'Their job or volunteer role, and where they work', inReport: (r) => r.section5?.who },
  dspReportBy: { field: 'dspReportBy', label: 'By what time will they have made it?', inReport: (r) => r.dsp?.reportBy },
  raisedByName: { field: 'raisedByName', label: 'Their name', inReport: (r) => r.reporter.raisedBy?.name },
  raisedByRole: { field: 'raisedByRole', label: 'Their job or role', inReport: (r) => r.reporter.raisedBy?.role },
  dspOwnName: { field: 'dspOwnName', label: 'Your name', inReport: (r) => r.reporter.dspName },
  otherAgencies: { field: 'otherAgencies', label: 'Other agencies or professionals involved', inReport: (r) => r.councilNeeds?.otherAgencies },
  actionsTaken: { field: 'actionsTaken', label: 'Actions already taken', inReport: (r) => r.councilNeeds?.actionsTaken },
  reporterName: { field: 'reporterName', label: 'Your full name', inReport: (r) => r.reporterContact?.name },
  reporterRole: { field: 'reporterRole', label: 'Your job or volunteer role', inReport: (r) => r.reporterContact?.jobRole },
  reporterOrganisation: { field: 'reporterOrganisation', label: 'Your organisation', inReport: (r) => r.reporterContact?.organisation },
  reporterPhone: { field: 'reporterPhone', label: 'A phone number the council can call you back on', inReport: (r) => r.reporterContact?.phone },
  reporterEmail: { field: 'reporterEmail', label: 'Email address', inReport: (r) => r.reporterContact?.email },
  callSpokeTo: { field: 'callSpokeTo', label: 'Who you spoke to', inReport: (r) => r.call?.spokeTo },
  callTeam: { field: 'callTeam', label: 'Their team', inReport: (r) => r.call?.team },
  callReference: { field: 'callReference', label: "The council's reference", inReport: (r) => r.call?.reference },
  callWhatNext: { field: 'callWhatNext', label: 'What the council said will happen next', inReport: (r) => r.call?.whatNext },
} satisfies Record<string, FreeText>;

interface Step {
  heading: string;
  choose?: string[];
  texts?: FreeText[];
  council?: string;
}

const CHILD: Step = { heading: 'Who are you worried about?', choose: ['A child or young person under 18'] };
const CRIME_YES: Step[] = [
  { heading: 'Could a crime have been committed against the child?', choose: ['Yes'] },
  { heading: 'Have you told the police?', choose: ['Yes, I called 101'], texts: [T.policeReference] },
];
const HARM: Step = { heading: 'What kind of harm are you worried about?', choose: ['Physical abuse'] };
const WHAT_HAPPENED: Step = { heading: 'What happened?', texts: [T.statement, T.when] };
const DETAILS_AND_KNOWN: Step[] = [
  { heading: 'About the child', texts: DETAILS },
  { heading: 'Is the child already known to social services?', choose: ['Has a social worker'], texts: [T.socialWorker] },
];
const VIEWS_AND_COUNCIL: Step[] = [
  { heading: "The child's wishes and views", choose: ['Not sure'], texts: [T.wishes] },
  { heading: 'What the council will ask', choose: ['Not sure'], texts: [T.otherAgencies, T.actionsTaken] },
  { heading: 'Your details', texts: [T.reporterName, T.reporterRole, T.reporterOrganisation, T.reporterPhone, T.reporterEmail] },
  { heading: 'Where did this happen?', council: 'Torfaen' },
  { heading: 'Who to contact now', texts: [T.callSpokeTo, T.callTeam, T.callReference, T.callWhatNext] },
];

/** A member of staff: a crime reported to the police; the child told them; the DSP advised not to report. */
const ROUTE_A: Step[] = [
  { heading: 'Is anyone in immediate danger, or in need of urgent medical help?', choose: ['No'] },
  { heading: 'Who are you?', choose: ['A member of staff or a volunteer'] },
  CHILD,
  ...CRIME_YES,
  { heading: 'How do you know about this concern?', choose: ['The child told me'] },
  HARM,
  WHAT_HAPPENED,
  { heading: 'What did the child say? (optional)', texts: [T.childWords, T.context] },
  ...DETAILS_AND_KNOWN,
  { heading: 'Does your organisation have a Designated Safeguarding Person?', choose: ['Yes'] },
  { heading: 'Have you been able to talk to your Designated Safeguarding Person about this?', choose: ['Yes, I have talked to them'] },
  { heading: 'Your conversation with the Designated Safeguarding Person', choose: ['They advised me not to report'], texts: [T.dspName, T.dspTime] },
  { heading: 'Do you still think the child is at risk?', choose: ['Yes, I will report it myself'], texts: [T.dspReason] },
  { heading: 'Will you ask the parents or carers for their consent to make the report?', choose: ['Yes, we will ask them, or have asked them'] },
  { heading: 'What happened when you asked for consent?', choose: ['They refused'], texts: [T.consentDetail] },
  { heading: 'Did you make this decision with your Designated Safeguarding Person?', choose: ['Yes, we decided together'] },
  ...VIEWS_AND_COUNCIL,
];

/** The Designated Safeguarding Person: a colleague told the person who raised it; consent not asked. */
const ROUTE_B: Step[] = [
  { heading: 'Is anyone in immediate danger, or in need of urgent medical help?', choose: ['No'] },
  { heading: 'Who are you?', choose: ['The Designated Safeguarding Person for my organisation'] },
  { heading: 'Who raised the concern with you?', texts: [T.raisedByName, T.raisedByRole, T.dspOwnName] },
  CHILD,
  { heading: 'Could a crime have been committed against the child?', choose: ['No'] },
  { heading: 'How do you know about this concern?', choose: ['Someone else told me'] },
  { heading: 'Who told you?', choose: ['A colleague, or someone from another organisation'] },
  { heading: 'Do you know for certain that they have already reported it to social services?', choose: ['Yes, and they gave me the reference'], texts: [T.colleagueReference] },
  HARM,
  WHAT_HAPPENED,
  ...DETAILS_AND_KNOWN,
  { heading: 'Before deciding about consent', choose: ['No'], texts: [T.protectNow] },
  { heading: 'Will you ask the parents or carers for their consent to make the report?', choose: ['No, we will not ask them'] },
  { heading: 'Why will you not ask for consent?', choose: ['The parent is the alleged abuser'], texts: [T.otherReason] },
  ...VIEWS_AND_COUNCIL,
];

/** Someone who works with children, with a child involved; the DSP will make the report by a stated time. */
const ROUTE_C: Step[] = [
  { heading: 'Is anyone in immediate danger, or in need of urgent medical help?', choose: ['No'] },
  { heading: 'Who are you?', choose: ['A member of staff or a volunteer'] },
  { heading: 'Who are you worried about?', choose: ['Someone who works or volunteers with children'] },
  { heading: 'Could the person the concern is about have committed a crime?', choose: ['No'] },
  { heading: 'Is the concern about your safeguarding lead?', choose: ['No'] },
  { heading: 'What is the concern?', choose: ['Someone told me', 'At work or while volunteering'], texts: [T.s5What, T.s5When, T.s5Who] },
  { heading: 'Is a particular child involved or at risk?', choose: ['Yes'] },
  { heading: 'How do you know about this concern?', choose: ['I saw or heard something myself'] },
  HARM,
  WHAT_HAPPENED,
  ...DETAILS_AND_KNOWN,
  { heading: 'Does your organisation have a Designated Safeguarding Person?', choose: ['Yes'] },
  { heading: 'Have you been able to talk to your Designated Safeguarding Person about this?', choose: ['Yes, I have talked to them'] },
  { heading: 'Your conversation with the Designated Safeguarding Person', choose: ['They will make the report'], texts: [T.dspName, T.dspTime] },
  { heading: 'When will they make the report?', choose: ['Later today'], texts: [T.dspReportBy] },
  { heading: 'Will you ask the parents or carers for their consent to make the report?', choose: ['Yes, we will ask them, or have asked them'] },
  { heading: 'What happened when you asked for consent?', choose: ['They agreed to the report'], texts: [T.consentDetail] },
  { heading: 'Did you make this decision with your Designated Safeguarding Person?', choose: ['Yes, we decided together'] },
  ...VIEWS_AND_COUNCIL,
];

const ROUTES = { A: ROUTE_A, B: ROUTE_B, C: ROUTE_C };
type RouteName = keyof typeof ROUTES;

/** What the browser itself makes of typed text (see the comment at the top). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function asTheBrowserKeepsIt(text: string, box: 'input' | 'textarea'): string {
  const lines = box === 'input' ? text.replace(/[\r\n]/g, '') : text.replace(/\r\n?/g, '\n');
  return lines.replace(LONE_SURROGATE, '\uFFFD');
}

type Lang = 'en' | 'cy';
const rowLabel = (f: FreeText, lang: Lang = 'en') => (catalogues[lang] as Record<string, string>)[`field.${f.field}`]!;
/** The one character an HTML file cannot hold: NUL is written as U+FFFD (src/report/written-referral-files.ts). */
const inHtml = (text: string) => text.replace(/\0/g, '\uFFFD');
/** The written report's sections, in order (c2-p17; notes/procedure-rules.md §11). */
const SECTION_KEYS = ['reporter', 'child', 'concern', 'childVoice', 'consent', 'actions', 'agencies', 'call'];
const sectionTitles = (lang: Lang) => SECTION_KEYS.map((k, i) => `${i + 1}. ${(catalogues[lang] as Record<string, string>)[`referral.section.${k}`]}`);
const DANGEROUS = 'img, script, iframe, frame, object, embed, svg, math, style, link, base, meta, template, details';

interface Run {
  el: Wizard;
  lang: Lang;
  report: Report;
  /** What each field should hold, as the browser keeps what was typed. */
  expected: Map<FreeText, string>;
  /** Every element of the summary, by tag name, in order. */
  shape: string;
  copied: string;
  files: { txt: string; json: string; referralHtml: string; referralTxt: string };
  /** The written report on screen: its section headings, what was typed in it, and its elements. */
  referral: { sections: string[]; typed: string[]; shape: string };
  /** When the run began (performance.now()), to tell its requests from earlier ones. */
  started: number;
}

/**
 * Fills in a whole route by label, typing `text` into every free-text box (or, with `only`, into
 * those boxes and 'Plain words' into the others), and collects every output.
 */
async function walk(route: RouteName, text: string, only?: ReadonlySet<AnswerField>, lang: Lang = 'en'): Promise<Run> {
  const started = performance.now();
  setWalkLanguage(lang);
  const el = await wizardAt(AT, lang);
  const expected = new Map<FreeText, string>();
  for (const step of ROUTES[route]) {
    await expectHeading(el, step.heading);
    for (const label of step.choose ?? []) await choose(el, label);
    for (const f of step.texts ?? []) {
      const box = byLabel(el, f.label);
      expect(box.name, f.label).to.equal(f.field === 'statements' ? 'statements.0.text' : f.field);
      const typed = !only || only.has(f.field) ? text : 'Plain words';
      expected.set(f, asTheBrowserKeepsIt(typed, box.tagName === 'TEXTAREA' ? 'textarea' : 'input'));
      await type(el, f.label, typed);
    }
    if (step.council) await selectOption(el, 'Council (local authority)', step.council);
    await next(el);
  }
  await expectHeading(el, 'Check your answers');
  checkOnScreen(el, expected, 'check answers', lang);

  const completed = oneEvent(el, 'report-complete');
  await press(el, 'Confirm and see your report summary');
  const report = ((await completed) as CustomEvent<Report>).detail;
  await el.updateComplete;
  await expectHeading(el, 'Your report summary');
  // Give anything that was going to run (an image's onerror, a refresh) the chance to. Not a frame:
  // a test page in the background gets none, and the suite runs two pages at once.
  await aTimeout(20);

  const { copied, files } = await copyAndSave(el);
  const shape = Array.from(root(el).querySelectorAll('*'), (e) => e.tagName).join(',');
  await press(el, 'View the written report');
  const shown = root(el).querySelector('[data-referral]')!;
  const referral = {
    sections: Array.from(shown.querySelectorAll('h3'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
    typed: Array.from(shown.querySelectorAll('.answer-text'), (n) => n.textContent ?? ''),
    shape: Array.from(shown.querySelectorAll('*'), (e) => e.tagName).join(','),
  };
  await press(el, 'Back to the summary');
  return { el, lang, report, expected, shape, copied, files, referral, started };
}

/** Presses Copy and every Save on the summary (the summary's and the written report's), catching what each hands over. */
async function copyAndSave(el: Wizard): Promise<{ copied: string; files: Run['files'] }> {
  let copied = '';
  const blobs: Blob[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:caught');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.href.startsWith('blob:caught')) click.call(this);
  };
  try {
    await press(el, 'Copy as text');
    await press(el, 'Save as a text file');
    await press(el, 'Save as data (JSON)');
    await press(el, 'Save the written report to edit in a word processor (HTML)');
    await press(el, 'Save the written report as a text file');
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blobs, 'a text file, a JSON file, and the written report as HTML and as text').to.have.length(4);
  expect(blobs[2]!.type).to.equal('text/html;charset=utf-8');
  const [txt, json, referralHtml, referralTxt] = await Promise.all(blobs.map((b) => b.text()));
  return { copied, files: { txt: txt!, json: json!, referralHtml: referralHtml!, referralTxt: referralTxt! } };
}

/**
 * The answer rows shown (check answers or the summary's "Your answers", each grouped by part of
 * the report), by their label: the first row with that label ("What happened" labels both the
 * statements and, later on the route, what happened when consent was asked).
 */
function answerRows(el: Wizard): Map<string, Element> {
  const rows = new Map<string, Element>();
  for (const row of root(el).querySelector('[data-answers]')!.querySelectorAll('.summary-row')) {
    const label = (row.querySelector('dt')?.textContent ?? '').trim();
    if (!rows.has(label)) rows.set(label, row.querySelector('dd.summary-value')!);
  }
  return rows;
}

function checkOnScreen(el: Wizard, expected: Map<FreeText, string>, where: string, lang: Lang = 'en'): void {
  const rows = answerRows(el);
  for (const [f, text] of expected) {
    const value = rows.get(rowLabel(f, lang));
    expect(value, `${where}: a row for ${f.field}`).to.exist;
    const shown = value!.querySelectorAll('.answer-text');
    expect(shown.length, `${where}: ${f.field} shown as one answer`).to.equal(1);
    expect(shown[0]!.textContent, `${where}: ${f.field} as typed`).to.equal(text);
  }
}

function checkEverywhere(run: Run, name: string): void {
  const { el, lang, report, expected, copied, files } = run;
  checkOnScreen(el, expected, `summary (${name})`, lang);

  // The decisions quote the DSP's reason and the consent detail or other reason as typed.
  const notes = Array.from(root(el).querySelector('[data-decisions]')!.querySelectorAll('.answer-text'), (n) => n.textContent);
  for (const [f, text] of expected) if (f.note) expect(notes, `the ${f.note} decision quotes ${f.field}`).to.include(`“${text}”`);

  const plain = el.reportText();
  expect(copied, 'the copied text is the summary text').to.equal(plain);
  expect(files.txt, 'the text file is the summary text').to.equal(plain);
  const saved = JSON.parse(files.json) as { report: Report; text: string };
  expect(saved.text).to.equal(plain);
  expect(JSON.parse(el.reportJson())).to.deep.equal(saved);

  for (const [f, text] of expected) {
    expect(plain, `copied text: ${f.field}`).to.contain(`\n${rowLabel(f, lang)}:\n    ${text}\n`);
    if (f.note) expect(plain, `copied text: the ${f.note} decision's note`).to.contain(`    "${text}"\n`);
    expect(f.inReport(saved.report), `JSON file: ${f.field}`).to.equal(text);
    expect(f.inReport(report), `report-complete: ${f.field}`).to.equal(text);
    if (f.note) {
      expect(saved.report.decisions.find((d) => d.topic === f.note)?.note, `JSON: the ${f.note} decision's note`).to.equal(text);
      expect(report.decisions.find((d) => d.topic === f.note)?.note, `report-complete: the ${f.note} decision's note`).to.equal(text);
    }
  }
  checkWrittenReport(run);
}

/**
 * The written report: its eight sections in order, and every typed text exactly as typed on
 * screen, in its text file and in its HTML file. The HTML file parses (DOMParser) in the report's
 * language, with no script, and with exactly the elements and attributes of a plain-text run.
 */
function checkWrittenReport(run: Run, plainRun?: Run): void {
  const { lang, expected, referral, files } = run;
  expect(referral.sections, 'the written report on screen: its sections, in order').to.deep.equal(sectionTitles(lang));
  for (const [f, text] of expected) {
    expect(referral.typed, `the written report on screen: ${f.field}`).to.include(text);
    expect(files.referralTxt, `the written report's text file: ${f.field}`).to.contain(`\n${rowLabel(f, lang)}:\n    ${text}\n`);
  }
  const doc = new DOMParser().parseFromString(files.referralHtml, 'text/html');
  expect(doc.documentElement.lang, 'the HTML file says its language').to.equal(lang);
  expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).to.equal('utf-8');
  expect(doc.querySelectorAll('script, [src]').length, 'no script and nothing fetched').to.equal(0);
  expect(Array.from(doc.querySelectorAll('h2'), (h) => h.textContent), 'the HTML file: its sections, in order').to.deep.equal(sectionTitles(lang));
  const typed = Array.from(doc.querySelectorAll('pre.typed'), (p) => p.textContent ?? '');
  for (const [f, text] of expected) expect(typed, `the HTML file: ${f.field}`).to.include(inHtml(text));
  if (plainRun) {
    expect(htmlShape(files.referralHtml), 'the HTML file has the elements and attributes of a plain-text run').to.equal(htmlShape(plainRun.files.referralHtml));
    expect(referral.shape, 'the written report on screen has the elements of a plain-text run').to.equal(plainRun.referral.shape);
  }
}

/** Every element of an HTML file with its attributes, in order. */
function htmlShape(file: string): string {
  const doc = new DOMParser().parseFromString(file, 'text/html');
  return Array.from(doc.querySelectorAll('*'), (e) => `${e.tagName}[${Array.from(e.attributes, (a) => `${a.name}=${a.value}`).join(' ')}]`).join(',');
}

/** Anything from the text that became an element, an attribute or a request. */
function leaks(run: Run, plainShape: string): string[] {
  const out: string[] = [];
  if (run.shape !== plainShape) out.push('the summary has different elements from a plain-text run');
  for (const e of root(run.el).querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) out.push(`<${e.tagName.toLowerCase()} ${a.name}>`);
      if (/^\s*(javascript|data|vbscript):/i.test(a.value)) out.push(`<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`);
    }
  }
  const dangerous = root(run.el).querySelectorAll(DANGEROUS);
  if (dangerous.length) out.push(`${dangerous.length} elements such as <${dangerous[0]!.tagName.toLowerCase()}> in the wizard`);
  const fetched = performance.getEntriesByType('resource').filter((r) => r.startTime >= run.started && /evil\.example|\/x(\.js)?$/.test(r.name));
  if (fetched.length) out.push(`requests for ${fetched.map((r) => r.name).join(', ')}`);
  return out;
}

describe('Hostile text in every free-text field', () => {
  const plain: Record<RouteName, string> = { A: '', B: '', C: '' };
  const plainRuns: Partial<Record<`${RouteName}-${Lang}`, Run>> = {};
  const alerts: unknown[] = [];
  let pageElements = 0;
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(async function () {
    window.alert = (m?: unknown) => void alerts.push(m);
    window.confirm = (m?: string) => (alerts.push(m), false);
    window.prompt = (m?: string) => (alerts.push(m), null);
    for (const route of ['A', 'B', 'C'] as const) {
      const run = await walk(route, 'Plain words');
      checkEverywhere(run, 'plain');
      plain[route] = run.shape;
      plainRuns[`${route}-en`] = run;
    }
    pageElements = document.querySelectorAll(DANGEROUS).length;
  });

  after(() => {
    Object.assign(window, originals);
    setWalkLanguage('en');
  });

  beforeEach(() => {
    window.__pwned = false;
    alerts.length = 0;
  });

  it('the routes between them reach every free-text field the wizard has', () => {
    const typed = new Set((['A', 'B', 'C'] as const).flatMap((r) => ROUTES[r].flatMap((s) => s.texts ?? []).map((f) => f.field)));
    const freeText = FIELD_NAMES.filter((f) => FIELDS[f].kind === 'text' || FIELDS[f].kind === 'longText' || FIELDS[f].kind === 'statements');
    expect(freeText.filter((f) => !typed.has(f))).to.deep.equal([]);
  });

  it(`has at least 50 cases (${HOSTILE_CASES.length}), one of 100,000 characters`, () => {
    expect(HOSTILE_CASES.length).to.be.at.least(50);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size, 'names are unique').to.equal(HOSTILE_CASES.length);
    expect(LONG_TEXT).to.have.length(100_000);
    expect(HOSTILE_CASES.map((c) => c.text)).to.include(LONG_TEXT);
  });

  it('the checks can fail: a payload that runs is seen, an element from text is seen, text changed is seen', async () => {
    // A payload that does run (through innerHTML, which the wizard never uses) is caught. The test
    // waits for the image's error event (its inline handler runs first), not for a time: a busy
    // machine makes the wait longer, never the test red.
    const trap = document.createElement('div');
    trap.innerHTML = '<img src="trap-that-does-not-exist.png" onerror="window.__pwned = true">';
    const failed = oneEvent(trap.querySelector('img')!, 'error');
    document.body.append(trap);
    await failed;
    trap.remove();
    expect(window.__pwned, 'the trap ran').to.equal(true);
    // An element made from text is seen, and so is text that is not as typed.
    const run = await walk('A', 'Plain words');
    expect(leaks(run, plain.A)).to.deep.equal([]);
    const planted = document.createElement('img');
    root(run.el).querySelector('.answer-text')!.append(planted);
    expect(leaks({ ...run, shape: Array.from(root(run.el).querySelectorAll('*'), (e) => e.tagName).join(',') }, plain.A)).to.not.be.empty;
    planted.remove();
    const wrong = new Map([...run.expected].map(([f, t]) => [f, `${t} `]));
    expect(() => checkOnScreen(run.el, wrong, 'control')).to.throw();
  });

  for (const c of HOSTILE_CASES) {
    // Bounded by the work it does (three routes of fixed length), not by a clock: the 100,000
    // characters take a slow machine longer to lay out, and that is not a failure.
    it(`${c.name}: nothing runs, nothing is made of it, and it comes out as typed`, async function () {
      for (const route of ['A', 'B', 'C'] as const) await check(c, route);
    });
  }

  async function check(c: HostileCase, route: RouteName) {
    // Route A takes the case in every one of its boxes; B and C only in the boxes the routes before
    // them do not have, so every box gets every case once without walking each box three times.
    const fields = (r: Step[]) => r.flatMap((s) => s.texts ?? []).map((f) => f.field);
    const before = route === 'B' ? fields(ROUTE_A) : route === 'C' ? [...fields(ROUTE_A), ...fields(ROUTE_B)] : [];
    const only = route === 'A' ? undefined : new Set(fields(ROUTES[route]).filter((f) => !before.includes(f)));
    const run = await walk(route, c.text, only);
    expect(window.__pwned, 'a payload ran').to.equal(false);
    expect(alerts, 'alert, confirm or prompt was called').to.deep.equal([]);
    expect(leaks(run, plain[route]), 'made of the text').to.deep.equal([]);
    expect(document.querySelectorAll(DANGEROUS).length, 'elements added to the page').to.equal(pageElements);
    checkEverywhere(run, c.name);
    checkWrittenReport(run, plainRuns[`${route}-en`]);
    if (route === 'A') await checkPrinted(run);
  }

  // In Welsh: every case but the long one, typed into every box at once.
  const ALL_AT_ONCE = HOSTILE_CASES.filter((c) => c.text !== LONG_TEXT).map((c) => c.text).join(' | ');
  for (const route of ['A', 'B'] as const) {
    it(`in Welsh, route ${route}: every case at once comes out as typed, in the summary and the written report`, async () => {
      const plainCy = await walk(route, 'Plain words', undefined, 'cy');
      checkEverywhere(plainCy, 'plain, in Welsh');
      const run = await walk(route, ALL_AT_ONCE, undefined, 'cy');
      expect(window.__pwned, 'a payload ran').to.equal(false);
      expect(alerts, 'alert, confirm or prompt was called').to.deep.equal([]);
      expect(leaks(run, plainCy.shape), 'made of the text').to.deep.equal([]);
      checkEverywhere(run, 'every case, in Welsh');
      checkWrittenReport(run, plainCy);
      if (route === 'A') await checkPrinted(run);
    });
  }
});

/**
 * In print (the Print button, then print media), every answer is still there, as typed and
 * visible; and so is every typed text in the written report (its own Print button).
 */
async function checkPrinted(run: Run): Promise<void> {
  const print = window.print;
  let printed = 0;
  window.print = () => void (printed += 1);
  try {
    await press(run.el, 'Print');
    await emulateMedia({ media: 'print' });
    const rows = answerRows(run.el);
    for (const [f, text] of run.expected) {
      const shown = rows.get(rowLabel(f, run.lang))!.querySelector<HTMLElement>('.answer-text')!;
      expect(shown.checkVisibility({ visibilityProperty: true }), `printed: ${f.field} is visible`).to.equal(true);
      expect(shown.textContent, `printed: ${f.field}`).to.equal(text);
    }
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await press(run.el, 'Print the written report');
    await emulateMedia({ media: 'print' });
    const typed = Array.from(root(run.el).querySelector('[data-referral]')!.querySelectorAll<HTMLElement>('.answer-text'));
    for (const [f, text] of run.expected) {
      const shown = typed.find((n) => n.textContent === text);
      expect(shown?.checkVisibility({ visibilityProperty: true }), `the written report, printed: ${f.field} is visible`).to.equal(true);
    }
    expect(printed, 'both were printed').to.equal(2);
  } finally {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    window.print = print;
    if (root(run.el).querySelector('[data-referral]')) await press(run.el, 'Back to the summary');
  }
}
