/**
 * The consent decision on its own (issue 10.10): what a Designated Safeguarding Person walking a
 * colleague through the decision prints or saves before, or instead of, the full report. Seed 001:
 * "If you decide not to seek parental consent, you must record your reason"; WSP c2-p16 and its
 * Pointers for Practice (c2p-p5): the child's competence, views and fears, and who decided.
 */
import { optionsFor, type Answers, type StepId } from './fields.js';

export interface ConsentRecord {
  /** Who raised the concern with the Designated Safeguarding Person. */
  raisedBy: { name?: string; role?: string };
  pointers: { fears: string[]; reportRisk?: string; protectNow?: string };
  child: { competent?: string; asked?: string; wishes?: string; objects?: string };
  decision?: Answers['consent'];
  outcome?: Answers['consentOutcome'];
  outcomeDetail?: string;
  reasons: string[];
  otherReason?: string;
  /** Seed 001: record who decided; in the walk-through, the DSP with the person who raised it. */
  decidedBy: 'dsp-with-raiser';
  /** The DSP who decided, by name (DOMAIN.md 6: "recorded with who decided"). */
  dspName?: string;
  decidedAt?: string;
  /**
   * What to do next, as message keys. WSP c2-p16: "If unsure, please contact your local social
   * services team for advice": a record that ends at "not sure" says to ask them (issue 10.5).
   */
  next: string[];
}

const present = (s: string | undefined) => (s && s.trim() !== '' ? s : undefined);

export function consentRecord(a: Answers, times: Partial<Record<StepId, string>>, route: readonly StepId[]): ConsentRecord {
  const on = (s: StepId) => route.includes(s);
  return {
    raisedBy: { name: present(a.raisedByName), role: present(a.raisedByRole) },
    pointers: { fears: on('consentPointers') ? (a.childFears ?? []) : [], reportRisk: a.reportRisk, protectNow: present(a.protectNow) },
    child: on('childViews') ? { competent: a.childCompetent, asked: a.childAsked, wishes: present(a.childWishes), objects: a.childObjects } : {},
    decision: a.consent,
    outcome: a.consent === 'seek' && on('consentOutcome') ? a.consentOutcome : undefined,
    outcomeDetail: a.consent === 'seek' ? present(a.consentOutcomeDetail) : undefined,
    // Only the reasons offered for these answers (fields.ts: none about a competent or coerced child for an unborn baby).
    reasons: a.consent === 'not-seek' && on('consentReasons') ? (a.consentReasons ?? []).filter((r) => optionsFor('consentReasons', a).includes(r)) : [],
    otherReason: a.consent === 'not-seek' ? present(a.consentOtherReason) : undefined,
    decidedBy: 'dsp-with-raiser',
    dspName: present(a.dspOwnName),
    decidedAt: times.consentReasons ?? times.consentOutcome ?? times.consent,
    next: a.consent === 'not-sure' ? ['consent.not-sure.hint'] : [],
  };
}
