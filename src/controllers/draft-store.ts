/**
 * The opt-in draft (`save-draft`): answers kept in sessionStorage only, so they never outlive the
 * tab, read back only if every part has the right shape, and removed on completion, "start again" and quick exit.
 * Without the attribute nothing is ever written to any storage.
 */
import { STEP_IDS, isAnswers, knownAnswers, type Answers, type StepId } from '../../machines/answers.js';
import type { WizardContext } from '../../machines/wizard.machine.js';

/** A kept draft, version 1. */
export interface Draft {
  version: 1;
  step: StepId;
  answers: Answers;
  history: StepId[];
  visited: StepId[];
  times: Record<string, string>;
}

const isStep = (v: unknown): v is StepId => typeof v === 'string' && (STEP_IDS as string[]).includes(v);
const isSteps = (v: unknown): v is StepId[] => Array.isArray(v) && v.every(isStep);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A draft read back, checked field by field (without zod, so a resumed page does not wait for it;
 * issue 14); anything else is undefined. Unknown fields are dropped, as a schema's parse drops them.
 */
function asDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw) || raw.version !== 1 || !isStep(raw.step) || !isAnswers(raw.answers) || !isSteps(raw.history) || !isSteps(raw.visited)) return undefined;
  const { times } = raw;
  if (!isRecord(times) || !Object.values(times).every((t) => typeof t === 'string')) return undefined;
  return { version: 1, step: raw.step, answers: knownAnswers(raw.answers), history: raw.history, visited: raw.visited, times: { ...(times as Record<string, string>) } };
}

const PREFIX = 'safeguarding-report-wizard:draft:';

export function draftKey(id: string): string {
  return `${PREFIX}${id || 'default'}`;
}

export function readDraft(key: string): Draft | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const draft = asDraft(JSON.parse(raw));
    if (draft) return draft;
    sessionStorage.removeItem(key);
  } catch {
    /* storage blocked or corrupt: start clean */
  }
  return undefined;
}

export function writeDraft(key: string, step: Draft['step'], context: Pick<WizardContext, 'answers' | 'history' | 'visited' | 'times'>): void {
  const draft: Draft = {
    version: 1,
    step,
    answers: context.answers,
    history: context.history,
    visited: context.visited,
    times: context.times as Record<string, string>,
  };
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or blocked: the wizard goes on without a draft */
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}
