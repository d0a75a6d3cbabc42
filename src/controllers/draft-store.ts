/**
 * The opt-in draft (`save-draft`): answers kept in sessionStorage only, so they never outlive the
 * tab, read back through a zod schema, and removed on completion, "start again" and quick exit.
 * Without the attribute nothing is ever written to any storage.
 */
import * as z from 'zod/mini';
import { STEP_IDS, answersSchema } from '../../machines/answers.js';
import { once } from '../../machines/once.js';
import type { WizardContext } from '../../machines/wizard.machine.js';

/** Built on first use, not when the bundle loads (issue 5: time to the first question). */
const draftSchema = once(() => {
  const stepId = z.enum(STEP_IDS);
  return z.object({
    version: z.literal(1),
    step: stepId,
    answers: answersSchema,
    history: z.array(stepId),
    visited: z.array(stepId),
    times: z.record(z.string(), z.string()),
  });
});
export type Draft = z.infer<ReturnType<typeof draftSchema>>;

const PREFIX = 'safeguarding-report-wizard:draft:';

export function draftKey(id: string): string {
  return `${PREFIX}${id || 'default'}`;
}

export function readDraft(key: string): Draft | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = draftSchema().safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
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
