/**
 * What a step's form holds, as answers: only the fields that step asks for (STEP_FIELDS), each in
 * the shape its kind takes (FIELDS). Fields not on the form are left out, so nothing is wiped.
 */
import { FIELDS, STEP_FIELDS, type Answers, type StepId } from '../../machines/fields.js';

export function readForm(form: HTMLFormElement | null, step: StepId, statementCount: number): Answers {
  if (!form) return {};
  const data = new FormData(form);
  const values: Record<string, unknown> = {};
  for (const field of STEP_FIELDS[step] ?? []) {
    const kind = FIELDS[field].kind;
    if (kind === 'statements') {
      values[field] = Array.from({ length: statementCount }, (_, i) => ({
        text: String(data.get(`${field}.${i}.text`) ?? ''),
        basis: (data.get(`${field}.${i}.basis`) as string | null) ?? undefined,
      }));
    } else if (!form.querySelector(`[name="${field}"]`)) {
      continue;
    } else if (kind === 'choices') {
      values[field] = data.getAll(field).map(String);
    } else if (data.get(field) !== null) {
      values[field] = String(data.get(field));
    }
  }
  return values as Answers;
}
