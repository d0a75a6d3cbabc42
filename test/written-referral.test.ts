/**
 * The written report (issue 12.4): the document model, its text and HTML files, the board's or
 * council's own form, and the report on screen, in English and Welsh.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { buildReport } from '../machines/build-report.js';
import { directorySchema, type Directory } from '../machines/directory.schema.js';
import { FIELDS, type Answers, type StepId } from '../machines/fields.js';
import { reportSchema, type Report } from '../machines/report.schema.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { loadCatalogues, wizardTranslator } from '../src/i18n/catalogues.js';
import type { Lang } from '../src/i18n/translate.js';
import { escapeHtml, writtenReferralHtml, writtenReferralText } from '../src/report/written-referral-files.js';
import { REFERRAL_ENTRIES, REFERRAL_SECTIONS, writtenReferral, type ReferralField } from '../src/report/written-referral.js';
import { ROUTES } from '../fixtures/routes.js';
import { expectAccessible, expectHeading, next, press, root, setWalkLanguage, text, type Wizard } from './helpers.js';

const catalogues = await loadCatalogues();
const NOW = new Date('2026-11-18T12:00:00Z');
const ROUTE: StepId[] = [
  'danger', 'role', 'subject', 'crime', 'knowledge', 'harm', 'whatHappened', 'childWords', 'childDetails', 'knownChild',
  'dspHave', 'dspReach', 'dspTalk', 'consent', 'consentReasons', 'consentWithDsp', 'childViews', 'councilNeeds', 'reporter',
  'authority', 'contactNow', 'checkAnswers',
];
const ANSWERS: Answers = {
  danger: 'no',
  role: 'practitioner',
  subject: 'child',
  crime: 'no',
  knowledge: 'child-told',
  harm: ['physical'],
  statements: [{ text: '  Bruises on both arms\nseen in PE  ', basis: 'seen' }],
  when: 'Tuesday about 10am',
  childWords: 'Dad grabbed me <b>hard</b> & "shook" me',
  disclosureContext: 'In the library',
  childWishes: 'Wants to stay late',
  childName: 'Alex Example',
  childAge: '9',
  // childAddress and the rest left empty: "not given"
  dspHave: 'yes',
  dspReach: 'spoken',
  dspName: 'Ms Rhian Jones',
  dspTime: 'Wednesday 18 November at 11:00',
  dspAgreed: 'together',
  consent: 'not-seek',
  consentReasons: ['parent-alleged-abuser'],
  consentWithDsp: 'yes',
  childCompetent: 'not-sure',
  reporterName: 'Sam Teacher',
  reporterPhone: '01632 960000',
  authority: 'torfaen',
};
const report = (extra: Partial<Report> = {}, directory: Directory = shippedDirectory): Report => ({
  ...buildReport({ answers: ANSWERS, route: ROUTE, times: {} }, { directory, holidays: shippedHolidays, now: NOW }),
  ...extra,
});
const t = (lang: Lang, directory: Directory = shippedDirectory) => wizardTranslator(lang, {}, directory);
const words = (lang: Lang, key: string) => (catalogues[lang] as Record<string, string>)[key]!;
const field = (doc: ReturnType<typeof writtenReferral>, label: string): ReferralField | undefined =>
  doc.sections.flatMap((s) => s.fields).find((f) => f.label === label);

/** A board's directory that names Gwent's own form and, for Torfaen, the council's own. */
function withForms(council: boolean): Directory {
  const torfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;
  const provenance = { source: { url: 'https://forms.example/gwent', date: '2026-10-01', confidence: 'official-dated' as const, compared: '2026-11-22', comparedWith: 'stored-copy' as const } };
  return {
    ...shippedDirectory,
    regions: shippedDirectory.regions.map((r) =>
      r.id === 'gwent' ? { ...r, referralForm: { name: { en: 'Gwent referral form', cy: 'Ffurflen atgyfeirio Gwent' }, web: 'https://forms.example/gwent.docx', ...provenance } } : r,
    ),
    authorities: shippedDirectory.authorities.map((a) =>
      a === torfaen && council ? { ...a, referralForm: { name: { en: 'Torfaen report form' }, web: 'https://forms.example/torfaen.docx', ...provenance } } : a,
    ),
  };
}

describe('The written report: sections in the order c2-p17 asks for, every answer as typed', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: eight sections in order, each with its fields; what was typed exactly, what was not asked marked`, () => {
      const doc = writtenReferral(report(), shippedDirectory, lang, t(lang));
      expect(doc.sections.map((s) => s.id)).to.deep.equal(['reporter', 'child', 'concern', 'childVoice', 'consent', 'actions', 'agencies', 'call']);
      expect(doc.sections.map((s) => s.title)).to.deep.equal(REFERRAL_SECTIONS.map((id) => words(lang, `referral.section.${id}`)));
      expect(doc.lang).to.equal(lang);
      const label = (f: keyof typeof FIELDS) => words(lang, `field.${f}`);
      // Typed text, exactly: spaces, line breaks and markup-like text untouched.
      expect(field(doc, label('statements'))).to.deep.equal({
        label: label('statements'),
        state: 'given',
        values: [{ text: '  Bruises on both arms\nseen in PE  ', typed: true, note: words(lang, 'basis.seen') }],
      });
      expect(field(doc, label('childWords'))).to.deep.include({ state: 'given', values: [{ text: 'Dad grabbed me <b>hard</b> & "shook" me', typed: true }] });
      // Asked and left empty; never asked by the wizard.
      expect(field(doc, label('childAddress'))).to.deep.equal({ label: label('childAddress'), state: 'blank' });
      expect(field(doc, words(lang, 'referral.field.aliases'))).to.deep.equal({ label: words(lang, 'referral.field.aliases'), state: 'notAsked' });
      expect(field(doc, label('reporterName'))).to.deep.equal({ label: label('reporterName'), state: 'given', values: [{ text: 'Sam Teacher', typed: true }] });
      // A question the route did not ask because it did not apply is left out (who raised it, for someone who is not the DSP).
      expect(field(doc, label('raisedByName'))).to.equal(undefined);
      // The call section: the service and its number, the one deadline.
      const call = doc.sections.find((s) => s.id === 'call')!;
      expect(call.fields.map((f) => f.label)).to.include(words(lang, 'referral.field.writtenBy'));
      const writtenBy = call.fields.find((f) => f.label === words(lang, 'referral.field.writtenBy'));
      expect(writtenBy).to.deep.include({ state: 'given' });
      expect((writtenBy as { values: { text: string }[] }).values[0]!.text).to.match(lang === 'en' ? /^Thursday 19 November 2026, at 12:00$/ : /^[Dd]ydd Iau 19 Tachwedd 2026/);
    });
  }

  it('every answer the wizard asks has one place in the written report', () => {
    // An answer is placed as itself, or stated by the wizard's own record (the DSP's status covers whether there is one and whether they were reached).
    const placed = Object.values(REFERRAL_ENTRIES).flatMap((entries) => entries.flatMap((e) => ('answer' in e ? [e.answer] : 'covers' in e ? (e.covers ?? []) : [])));
    // Hidden answers (why the wizard was opened, "I need the number now") are how it was used, not what was asked.
    const asked = Object.entries(FIELDS).filter(([, def]) => def.kind !== 'hidden').map(([name]) => name);
    expect(asked.filter((f) => !placed.includes(f as keyof typeof FIELDS)), 'asked, with no place').to.deep.equal([]);
    expect(placed.filter((f, i) => placed.indexOf(f) !== i), 'placed twice').to.deep.equal([]);
  });

  it('who is reporting, what the council will ask and the call (asked since issue 12.1-12.3) fill their fields, as typed', () => {
    const answers = { ...ANSWERS, otherAgencies: 'Health visitor', familyKnows: 'no', callReference: 'IAA-42' } as const;
    const later = buildReport({ answers, route: ROUTE, times: {} }, { directory: shippedDirectory, holidays: shippedHolidays, now: NOW });
    expect(reportSchema.safeParse(later).success, 'the report passes the schema').to.equal(true);
    const doc = writtenReferral(later, shippedDirectory, 'en', t('en'));
    const given = (key: string) => field(doc, words('en', `field.${key}`));
    expect(given('reporterName')).to.deep.include({ state: 'given', values: [{ text: 'Sam Teacher', typed: true }] });
    expect(given('otherAgencies')).to.deep.include({ values: [{ text: 'Health visitor', typed: true }] });
    expect(given('familyKnows')).to.deep.include({ state: 'given' });
    expect(given('callReference')).to.deep.include({ values: [{ text: 'IAA-42', typed: true }] });
    expect(given('actionsTaken'), 'asked and left empty: blank, for the person to fill in').to.deep.include({ state: 'blank' });
  });
});

describe("A board's or council's own form", () => {
  it('the directory schema takes referralForm on a region and a council, with its source, and refuses one without', () => {
    expect(directorySchema.safeParse(withForms(true)).success).to.equal(true);
    const broken = withForms(true);
    const gwent = broken.regions.find((r) => r.id === 'gwent')!;
    (gwent.referralForm as Record<string, unknown>).web = 'not a web address';
    expect(directorySchema.safeParse(broken).success).to.equal(false);
    delete (gwent.referralForm as Record<string, unknown>).source;
    (gwent.referralForm as Record<string, unknown>).web = 'https://forms.example/x';
    expect(directorySchema.safeParse(broken).success, 'a form needs its source').to.equal(false);
  });

  it("the council's own form comes first, then its board's; neither, and none is named", () => {
    const both = withForms(true);
    expect(writtenReferral(report({}, both), both, 'en', t('en', both)).ownForm).to.deep.include({ label: "Torfaen's own form", name: 'Torfaen report form' });
    const board = withForms(false);
    expect(writtenReferral(report({}, board), board, 'cy', t('cy', board)).ownForm).to.deep.include({ label: 'Ffurflen Gwent ei hun', name: 'Ffurflen atgyfeirio Gwent', web: 'https://forms.example/gwent.docx' });
    expect(writtenReferral(report(), shippedDirectory, 'en', t('en')).ownForm).to.equal(undefined);
  });
});

describe('The written report as files', () => {
  it('the HTML file is standalone (UTF-8, its language, A4, no script) and typed text never becomes markup', () => {
    const hostile: Answers = { ...ANSWERS, childWords: '</pre><script>window.__pwned=1</script><img src=x onerror=alert(1)>', when: `"'&amp;` };
    const r = { ...report(), answers: hostile };
    const file = writtenReferralHtml(writtenReferral(r, shippedDirectory, 'cy', t('cy')));
    expect(file).to.match(/^<!DOCTYPE html>\n<html lang="cy">/);
    expect(file).to.contain('<meta charset="utf-8">').and.contain('@page { size: A4;');
    const doc = new DOMParser().parseFromString(file, 'text/html');
    expect(doc.querySelectorAll('script, img, [onerror]').length).to.equal(0);
    const typed = Array.from(doc.querySelectorAll('pre.typed'), (p) => p.textContent);
    expect(typed).to.include(hostile.childWords).and.include(hostile.when);
  });

  it('a line break at the start, a carriage return and NUL read back from the HTML file as typed (NUL as U+FFFD)', () => {
    for (const text of ['\nfirst line was empty', 'one\rtwo\r\nthree', 'a\u0000b']) {
      const r = { ...report(), answers: { ...ANSWERS, childWords: text } };
      const doc = new DOMParser().parseFromString(writtenReferralHtml(writtenReferral(r, shippedDirectory, 'en', t('en'))), 'text/html');
      expect(Array.from(doc.querySelectorAll('pre.typed'), (p) => p.textContent)).to.include(text.replace(/\0/g, '\uFFFD'));
    }
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the text file gives every section in order, each field with its value or what to fill in', () => {
    const doc = writtenReferral(report(), shippedDirectory, 'en', t('en'));
    const file = writtenReferralText(doc);
    const at = (s: string) => file.indexOf(s);
    const headings = doc.sections.map((s) => `\n${s.number}. ${s.title}\n`);
    for (const h of headings) expect(at(h), h).to.be.greaterThan(0);
    expect(headings.map(at)).to.deep.equal([...headings.map(at)].sort((a, b) => a - b));
    expect(file).to.contain("\nThe child's words:\n    Dad grabbed me <b>hard</b> & \"shook\" me\n");
    expect(file).to.contain(`\n${catalogues.en['referral.field.aliases']}:\n    [Not asked here: fill this in]\n`);
    expect(file).to.contain('\nHome address:\n    [Not given: fill this in if you know it]\n');
    expect(file).to.contain(catalogues.en['record.keepSafe']);
  });
});

/** English catalogue messages (other than what the person typed) shown in a Welsh view. */
function englishIn(node: Element): string[] {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.answer-text').forEach((n) => n.remove());
  const shown = (copy.textContent ?? '').replace(/\s+/g, ' ');
  const cy = catalogues.cy as Record<string, string>;
  return Object.entries(catalogues.en)
    .filter(([key, value]) => value.length > 12 && value !== cy[key] && !value.includes('{') && shown.includes(value))
    .map(([, value]) => value);
}

describe('The written report in the wizard, as a person uses it', () => {
  afterEach(() => setWalkLanguage('en'));
  const route = ROUTES.find((r) => r.name.startsWith('the parent is the alleged abuser'))!;

  async function summaryWith(lang: Lang, directory?: Directory): Promise<Wizard> {
    const el = await fixture<Wizard>(
      html`<safeguarding-report-wizard lang=${lang} .clock=${() => new Date(route.at)} .directory=${directory}></safeguarding-report-wizard>`,
    );
    await el.updateComplete;
    setWalkLanguage(lang);
    for (const step of route.steps) {
      await step.act?.(el);
      await next(el);
    }
    await press(el, 'Confirm and see your report summary');
    await expectHeading(el, 'Your report summary');
    return el;
  }

  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: the summary leads to it with the board's own form; it shows, passes axe, and goes back`, async () => {
      const el = await summaryWith(lang, withForms(false));
      const section = root(el).querySelector('.written-referral')!;
      expect(section.querySelector('h3')?.textContent?.trim()).to.equal(words(lang, 'referral.summaryTitle'));
      expect(section.textContent).to.contain(lang === 'en' ? 'Multi-Agency Referral Form (MARF)' : 'Ffurflen Atgyfeirio Aml-asiantaeth (MARF)');
      const link = section.querySelector<HTMLAnchorElement>('.own-form a')!;
      expect(link.getAttribute('href')).to.equal('https://forms.example/gwent.docx');
      expect(section.querySelector('.own-form')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        `${lang === 'en' ? "Gwent's own form" : 'Ffurflen Gwent ei hun'}: ${lang === 'en' ? 'Gwent referral form' : 'Ffurflen atgyfeirio Gwent'}`,
      );
      await press(el, 'View the written report');
      await expectHeading(el, 'Written report about a child at risk');
      expect(root(el).activeElement, 'focus on its heading').to.equal(root(el).querySelector('[data-heading]'));
      const shown = root(el).querySelector('[data-referral]')!;
      expect(Array.from(shown.querySelectorAll('h3'), (h) => h.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(
        REFERRAL_SECTIONS.map((id, i) => `${i + 1}. ${words(lang, `referral.section.${id}`)}`),
      );
      expect(text(el)).to.contain('Dad grabbed me because I spilt my drink').and.contain(words(lang, 'referral.notAsked'));
      expect(text(el)).to.contain(words(lang, 'record.keepSafe'));
      if (lang === 'cy') expect(englishIn(shown), 'English on the Welsh written report').to.deep.equal([]);
      await expectAccessible(el);
      await press(el, 'Back to the summary');
      await expectHeading(el, 'Your report summary');
      expect(root(el).querySelector('[data-referral]')).to.equal(null);
    });
  }

  it('Print the written report opens it and prints it alone, on A4', async () => {
    const el = await summaryWith('en');
    const print = window.print;
    let shownWhenPrinted = false;
    const a4 = () =>
      document.adoptedStyleSheets.some((sheet) => Array.from(sheet.cssRules).some((r) => r instanceof CSSPageRule && /^a4$/i.test(r.style.getPropertyValue('size'))));
    window.print = () =>
      void (shownWhenPrinted = Boolean(root(el).querySelector('[data-referral]')) && !root(el).querySelector('.summary') && a4() && el.hasAttribute('data-srw-print-target'));
    try {
      await press(el, 'Print the written report');
      await el.updateComplete;
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(shownWhenPrinted).to.equal(true);
  });

  it('no written report where none is due: an adult at risk', async () => {
    const adult = ROUTES.find((r) => r.name.startsWith('adult at risk'))!;
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard .clock=${() => new Date(adult.at)}></safeguarding-report-wizard>`);
    for (const step of adult.steps) {
      await step.act?.(el);
      await next(el);
    }
    await press(el, 'Confirm and see your report summary');
    expect(root(el).querySelector('.written-referral')).to.equal(null);
    expect(el.writtenReportHtml()).to.equal('');
  });
});
