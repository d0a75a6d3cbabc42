/**
 * Drives the wizard as a person does: by the words on the labels, legends and buttons.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SafeguardingReportWizard } from '../src/index.js';
import type { Report } from '../machines/report.schema.js';

export type Wizard = SafeguardingReportWizard;

/** Times used across the tests (Wales is on GMT in November, BST from the last Sunday in March). */
export const TIMES = {
  weekdayNoon: '2026-11-18T12:00:00Z', // Wednesday
  fridayEvening: '2026-11-20T20:00:00Z', // Friday 20:00
  fridayAfternoon: '2026-11-20T16:45:00Z', // Friday 16:45, after Gwent's 16:30 Friday close
  saturday: '2026-11-21T11:00:00Z',
  easterMonday: '2026-04-06T11:00:00Z',
};

export async function wizardAt(iso: string, lang?: string): Promise<Wizard> {
  const el = await fixture<Wizard>(
    lang
      ? html`<safeguarding-report-wizard lang=${lang} .clock=${() => new Date(iso)}></safeguarding-report-wizard>`
      : html`<safeguarding-report-wizard .clock=${() => new Date(iso)}></safeguarding-report-wizard>`,
  );
  await el.updateComplete;
  return el;
}

export const root = (el: Wizard) => el.shadowRoot as ShadowRoot;

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The step heading's text. */
export function headingText(el: Wizard): string {
  return norm(root(el).querySelector('[data-heading]')?.textContent);
}

/** The input a label names, as a person finds it. */
export function byLabel(el: Wizard, text: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const labels = Array.from(root(el).querySelectorAll('label'));
  const label =
    labels.find((l) => norm(l.textContent) === text) ?? labels.find((l) => norm(l.textContent).replace(/ \(optional\)$/, '') === text);
  if (!label) throw new Error(`No label "${text}". Labels here: ${labels.map((l) => `"${norm(l.textContent)}"`).join(', ')}`);
  const input = root(el).getElementById(label.htmlFor);
  if (!input) throw new Error(`Label "${text}" points at nothing`);
  return input as HTMLInputElement;
}

/** Ticks a radio or checkbox by its label. */
export async function choose(el: Wizard, text: string): Promise<void> {
  const input = byLabel(el, text) as HTMLInputElement;
  input.click();
  await el.updateComplete;
}

/** Types into a text box by its label. */
export async function type(el: Wizard, label: string, value: string): Promise<void> {
  const input = byLabel(el, label) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function selectOption(el: Wizard, label: string, optionText: string): Promise<void> {
  const select = byLabel(el, label) as HTMLSelectElement;
  const option = Array.from(select.options).find((o) => norm(o.textContent) === optionText);
  if (!option) throw new Error(`No option "${optionText}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function button(el: Wizard, text: string): HTMLButtonElement {
  const buttons = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button'));
  const found = buttons.find((b) => norm(b.textContent) === text) ?? buttons.find((b) => norm(b.textContent).startsWith(text));
  if (!found) throw new Error(`No button "${text}". Buttons: ${buttons.map((b) => `"${norm(b.textContent)}"`).join(', ')}`);
  return found;
}

export async function press(el: Wizard, text: string): Promise<void> {
  button(el, text).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Continue, and check the wizard moved on (or stayed, when `expectError`). */
export async function next(el: Wizard): Promise<void> {
  await press(el, 'Continue');
}

export async function expectHeading(el: Wizard, text: string): Promise<void> {
  await el.updateComplete;
  expect(headingText(el)).to.equal(text);
}

export function text(el: Wizard): string {
  return norm(root(el).textContent);
}

/** Runs axe over the wizard's current step (chai-a11y-axe reaches into the shadow root). */
export async function expectAccessible(el: Wizard): Promise<void> {
  await expect(el).to.be.accessible();
}

/** Confirms check answers and waits for the report the host receives. */
export async function confirmAndGetReport(el: Wizard): Promise<Report> {
  const event = oneEvent(el, 'report-complete');
  await press(el, 'Confirm and see your report summary');
  const e = (await event) as CustomEvent<Report>;
  await el.updateComplete;
  return e.detail;
}
