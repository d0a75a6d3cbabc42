/**
 * The written report (issue 12.4): what the person sends to confirm a phone report in writing
 * within the deadline (WSP c2-p17, c2-p18), as a document model that the screen, the HTML file
 * and the text file all draw. Pure: from the report, the directory and a translator alone.
 *
 * "Practitioners must use the report forms provided by the local authority" (c2-p17): in Wales
 * that is a board's or council's own form, usually a Multi-Agency Referral Form. There is no
 * all-Wales field list, so the sections follow what c2-p17 asks a report to contain, in the order
 * the regional forms follow (notes/procedure-rules.md §11):
 *
 * 1. the person reporting (c2-p15: practitioners cannot report anonymously);
 * 2. the child and household (c2-p17's "basic information about the child and their family";
 *    Cardiff's "safety risk to anyone visiting the home");
 * 3. the concern (c2-p17 "cause for concern"; c2p-p6: observation, fact, opinion or hearsay);
 * 4. the child's words and views (c2-p12: "use the exact words the child used"; c2-p16);
 * 5. consent and its reasons (seed 001: "you must record your reason … and include details in
 *    your report"; c2-p16);
 * 6. action already taken (999, the police, first aid: c2-p2, c2-p8);
 * 7. other agencies involved (c2-p17, cut in the stored copy; Cardiff);
 * 8. the call and its reference (c2-p18: note who you spoke to and the reference; the deadline).
 *
 * Each field is the person's answer exactly as typed, the wizard's words for a choice, "not
 * given" (asked and left empty), or "not asked here" (a question the wizard does not ask, for the
 * person to fill in). A question the route did not ask because it did not apply (who raised the
 * concern, for someone who is not the Designated Safeguarding Person) is left out.
 */
import { FIELDS, isAsked, type AnswerField, type StepId } from '../../machines/fields.js';
import type { Directory, ReferralForm } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import { wordedFor, type Lang, type Translate } from '../i18n/translate.js';
import { fieldLabel, formatAnswer, nameIn } from './format.js';
import { formatDate, formatInstant, formatTime } from './summary-content.js';

export const REFERRAL_SECTIONS = ['reporter', 'child', 'concern', 'childVoice', 'consent', 'actions', 'agencies', 'call'] as const;
export type ReferralSectionId = (typeof REFERRAL_SECTIONS)[number];

/** One value: words the person typed (kept exactly), or the wizard's own words. */
export interface ReferralValue {
  text: string;
  typed: boolean;
  /** The wizard's words about a typed value, such as how a statement is known. */
  note?: string;
}

export type ReferralField =
  | { label: string; state: 'given'; values: ReferralValue[] }
  /** `blank`: asked and left empty; `notAsked`: the wizard does not ask it. */
  | { label: string; state: 'blank' | 'notAsked' };

export interface ReferralSection {
  id: ReferralSectionId;
  number: number;
  title: string;
  fields: ReferralField[];
}

export interface OwnForm {
  /** "Gwent's own form". */
  label: string;
  name: string;
  web: string;
  source: string;
}

export interface WrittenReferral {
  lang: Lang;
  title: string;
  /** When it was made, and how to use it. */
  intro: string[];
  ownForm?: OwnForm;
  sections: ReferralSection[];
  /** The words shown for a field the wizard does not ask, and for one left empty. */
  notAsked: string;
  blank: string;
  keepSafe: string;
  footer: string;
}

/** Where a section's fields come from. */
type Entry =
  /** An answer, shown when its step was on the route taken. */
  | { answer: AnswerField }
  /** A question the wizard does not ask, for the person to fill in. */
  | { notAsked: string }
  /** The wizard's own record, such as who decided and when; `covers`: the answers it states in other words. */
  | { key: string; covers?: AnswerField[]; value: (r: Report, t: Translate, lang: Lang, directory: Directory) => ReferralValue[] | undefined };

const typed = (text: string | undefined): ReferralValue[] | undefined => (text !== undefined && text.trim() !== '' ? [{ text, typed: true }] : undefined);
const words = (text: string): ReferralValue[] => [{ text, typed: false }];

/** Every section's fields, in order. */
export const REFERRAL_ENTRIES: Record<ReferralSectionId, Entry[]> = {
  reporter: [
    { answer: 'reporterName' },
    { answer: 'role' },
    { answer: 'reporterRole' },
    { answer: 'reporterOrganisation' },
    { answer: 'reporterPhone' },
    { answer: 'reporterEmail' },
    { answer: 'reporterAnonymity' },
    { answer: 'raisedByName' },
    { answer: 'raisedByRole' },
    { answer: 'dspOwnName' },
    { key: 'dspStatus', covers: ['dspHave', 'dspReach'], value: (r, t) => (r.dsp ? words(t(`decision.dsp.${r.dsp.status}`)) : undefined) },
    { answer: 'dspName' },
    { answer: 'dspTime' },
    { answer: 'dspAgreed' },
    { answer: 'dspReportWhen' },
    { answer: 'dspReportBy' },
    { answer: 'dspReason' },
    { answer: 'stillConcerned' },
    { answer: 'otherManager' },
  ],
  child: [
    { answer: 'subject' },
    { answer: 'childName' },
    { notAsked: 'aliases' },
    { answer: 'childAge' },
    { answer: 'childAddress' },
    { notAsked: 'previousAddresses' },
    { answer: 'carers' },
    { answer: 'household' },
    { notAsked: 'outsideHousehold' },
    { notAsked: 'identity' },
    { answer: 'communication' },
    { notAsked: 'additionalNeeds' },
    { answer: 'childSetting' },
    { notAsked: 'attendance' },
    { answer: 'knownTo' },
    { answer: 'socialWorker' },
    { answer: 'visitRisk' },
  ],
  concern: [
    { answer: 's5AboutLead' },
    { answer: 's5What' },
    { answer: 's5When' },
    { answer: 's5Who' },
    { answer: 's5HowKnown' },
    { answer: 's5Context' },
    { answer: 's5ChildInvolved' },
    { answer: 'harm' },
    { answer: 'knowledge' },
    { answer: 'toldBy' },
    { answer: 'colleagueReported' },
    { answer: 'colleagueReference' },
    { answer: 'statements' },
    { answer: 'when' },
    { notAsked: 'where' },
    { notAsked: 'responsible' },
    { notAsked: 'protection' },
  ],
  childVoice: [
    { answer: 'childWords' },
    { answer: 'disclosureContext' },
    { answer: 'childWishes' },
    { answer: 'childCompetent' },
    { answer: 'childAsked' },
    { answer: 'childObjects' },
    { answer: 'childFears' },
  ],
  consent: [
    { answer: 'consent' },
    { answer: 'consentOutcome' },
    { answer: 'consentOutcomeDetail' },
    { answer: 'consentReasons' },
    { answer: 'consentOtherReason' },
    { answer: 'consentWithDsp' },
    { answer: 'reportRisk' },
    {
      key: 'decidedBy',
      value: (r, t) => (r.consent ? words(`${t(`by.${r.consent.decidedBy}`)}, ${formatInstant(r.consent.decidedAt, t)}`) : undefined),
    },
    { answer: 'familyKnows' },
  ],
  actions: [
    { answer: 'danger' },
    { answer: 'called999' },
    { answer: 'crime' },
    { answer: 'policeTold' },
    { answer: 'policeReference' },
    { answer: 'actionsTaken' },
    { answer: 'protectNow' },
  ],
  agencies: [{ answer: 'otherAgencies' }],
  call: [
    { answer: 'authority' },
    {
      key: 'service',
      value: (r, t, lang) => {
        const c = r.contact.contact;
        if (r.contact.which === 'notKnown' || !c) return words(t('referral.noService'));
        return [nameIn(c.name, lang), c.phone ? `${t('contactNow.phone')}: ${c.phone}` : '', c.email ? `${t('contactNow.email')}: ${c.email}` : '']
          .filter(Boolean)
          .map((text) => ({ text, typed: false }));
      },
    },
    { key: 'summaryMade', value: (r, t) => words(formatInstant(r.completedAt, t)) },
    { answer: 'callAt' },
    { answer: 'callSpokeTo' },
    { answer: 'callTeam' },
    { answer: 'callReference' },
    { answer: 'callWhatNext' },
    { key: 'writtenBy', value: (r, t) => words(formatInstant(r.deadlines.written, t)) },
    { key: 'chaseAfter', value: (r, t) => words(formatDate(r.deadlines.chaseAfter, t)) },
  ],
};

/** Typed answers are kept exactly; a choice is given in the wizard's words. */
function answerValues(field: AnswerField, report: Report, t: Translate, directory: Directory, lang: Lang): ReferralValue[] | undefined {
  const a = report.answers;
  const def = FIELDS[field];
  if (def.kind === 'statements') {
    const statements = (a.statements ?? []).filter((s) => s.text.trim() !== '');
    return statements.length ? statements.map((s) => ({ text: s.text, typed: true, note: s.basis ? t(`basis.${s.basis}`) : undefined })) : undefined;
  }
  if (def.kind === 'text' || def.kind === 'longText') return typed(a[field] as string | undefined);
  const lines = formatAnswer(field, a, t, directory, lang);
  return lines.length ? lines.map((text) => ({ text, typed: false })) : undefined;
}

function field(entry: Entry, report: Report, t: Translate, directory: Directory, lang: Lang): ReferralField | undefined {
  if ('answer' in entry) {
    const step: StepId = FIELDS[entry.answer].step;
    // Not asked on the route taken: its step was not, or not for this concern (an unborn baby's fears).
    if (!report.steps.includes(step) || !isAsked(entry.answer, report.answers)) return undefined;
    const label = fieldLabel(entry.answer, report.answers, t);
    const values = answerValues(entry.answer, report, t, directory, lang);
    return values ? { label, state: 'given', values } : { label, state: 'blank' };
  }
  if ('notAsked' in entry) {
    return { label: t(`referral.field.${entry.notAsked}`), state: 'notAsked' };
  }
  const values = entry.value(report, t, lang, directory);
  return values?.length ? { label: t(`referral.field.${entry.key}`), state: 'given', values } : undefined;
}

/** The council's own form, else its board's (c2-p17: "the report forms provided by the local authority"). */
export function ownFormFor(directory: Directory, authorityId: string): { owner: string; form: ReferralForm } | undefined {
  const authority = directory.authorities.find((a) => a.id === authorityId);
  if (authority?.referralForm) return { owner: authority.id, form: authority.referralForm };
  const region = directory.regions.find((r) => r.id === authority?.region);
  return region?.referralForm ? { owner: region.id, form: region.referralForm } : undefined;
}

function ownForm(report: Report, directory: Directory, lang: Lang, t: Translate): OwnForm | undefined {
  const found = ownFormFor(directory, report.contact.authorityId);
  if (!found) return undefined;
  const owner = directory.authorities.find((a) => a.id === found.owner)?.name ?? directory.regions.find((r) => r.id === found.owner)?.name;
  return {
    label: t('referral.ownForm', { owner: nameIn(owner, lang) }),
    name: nameIn(found.form.name, lang),
    web: found.form.web,
    source: t('referral.formSource', { url: found.form.source.url, compared: formatDate(found.form.source.compared, t) }),
  };
}

/** The written report for a completed report, in one language. */
export function writtenReferral(report: Report, directory: Directory, lang: Lang, plain: Translate): WrittenReferral {
  // Every title and label worded for who the concern is about (an unborn baby is not "the child").
  const t = wordedFor(plain, report.subject);
  return {
    lang,
    title: t('referral.title'),
    intro: [t('referral.made', { date: formatDate(report.completedAt, t), time: formatTime(report.completedAt) }), t('referral.howTo')],
    ownForm: ownForm(report, directory, lang, t),
    // A section with nothing on the route taken is left out (an unborn baby has no words or views
    // of its own: machines/route.ts), and the rest numbered in order.
    sections: REFERRAL_SECTIONS.map((id) => ({ id, title: t(`referral.section.${id}`), fields: REFERRAL_ENTRIES[id].flatMap((entry) => field(entry, report, t, directory, lang) ?? []) }))
      .filter((s) => s.fields.length > 0)
      .map((s, i) => ({ ...s, number: i + 1 })),
    notAsked: t('referral.notAsked'),
    blank: t('referral.blank'),
    keepSafe: t('record.keepSafe'),
    footer: t('referral.footer'),
  };
}

/** Whether a report calls for a written report: a child reported now, or by the Designated Safeguarding Person. */
export const hasWrittenReferral = (report: Report) => report.route === 'child' && (report.outcome === 'report' || report.outcome === 'dsp-reports');
