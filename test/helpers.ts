/**
 * Drives the wizard as a person does: by the words on the labels, legends and buttons.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SafeguardingReportWizard } from '../src/index.js';
import type { Report } from '../machines/report.schema.js';
import { en } from '../src/i18n/en.js';
import { cy } from '../src/i18n/cy.js';
import { shippedDirectory } from '../src/directory/shipped.js';

/**
 * The language the routes are walked in. Routes are written with the English words; in Welsh each
 * word is looked up in the catalogues (and council names in the directory), and where one English
 * word has several Welsh forms ("No": Nac oes, Nac ydy...) the one on screen is used.
 */
let walkLanguage: 'en' | 'cy' = 'en';
export function setWalkLanguage(lang: 'en' | 'cy'): void {
  walkLanguage = lang;
}

function candidates(english: string): string[] {
  if (walkLanguage === 'en') return [english];
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    const bare = value.replace(/\{emergency\}/g, '999');
    const welsh = (cy as Record<string, string>)[key]!.replace(/\{emergency\}/g, '999');
    if (bare === english) out.add(welsh);
    // A message with a slot, such as "Statement {n}": match it and fill the Welsh the same way.
    if (bare.includes('{')) {
      const names: string[] = [];
      const pattern = bare.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, name: string) => {
        names.push(name);
        return '(.+?)';
      });
      const match = new RegExp(`^${pattern}$`).exec(english);
      if (match) out.add(names.reduce((w, name, i) => w.replace(`{${name}}`, match[i + 1]!), welsh));
    }
    // Headings of optional text steps carry " (optional)".
    if (`${bare} (optional)` === english) out.add(`${(cy as Record<string, string>)[key]!} ${cy.optional}`);
  }
  for (const a of shippedDirectory.authorities) if (a.name.en === english && a.name.cy) out.add(a.name.cy);
  return out.size ? [...out] : [english];
}

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
export function byLabel(el: Wizard, english: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const labels = Array.from(root(el).querySelectorAll('label'));
  const texts = candidates(english);
  const bare = (l: HTMLLabelElement) => norm(l.textContent).replace(/ \((optional|dewisol)\)$/, '');
  const text = texts.join(' | ');
  const label = labels.find((l) => texts.includes(norm(l.textContent))) ?? labels.find((l) => texts.includes(bare(l)));
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
  const names = candidates(optionText);
  const option = Array.from(select.options).find((o) => names.includes(norm(o.textContent)));
  if (!option) throw new Error(`No option "${optionText}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function button(el: Wizard, english: string): HTMLButtonElement {
  const buttons = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button'));
  const texts = candidates(english);
  const text = texts.join(' | ');
  const found = buttons.find((b) => texts.includes(norm(b.textContent))) ?? buttons.find((b) => texts.some((t) => norm(b.textContent).startsWith(t)));
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

export async function expectHeading(el: Wizard, english: string): Promise<void> {
  await el.updateComplete;
  expect(candidates(english), `heading in ${walkLanguage}`).to.include(headingText(el));
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
