/**
 * The browser tests' helpers: the DOM-only driver shared with the stories (fixtures/drive.ts),
 * plus what needs the test runner (fixtures, assertions, axe).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { Report } from '../machines/report.schema.js';
import { candidates, headingText, next, press, walkingIn, type Wizard } from '../fixtures/drive.js';
import type { Route } from '../fixtures/routes.js';

export * from '../fixtures/drive.js';

export async function wizardAt(iso: string, lang?: string): Promise<Wizard> {
  const el = await fixture<Wizard>(
    lang
      ? html`<safeguarding-report-wizard lang=${lang} .clock=${() => new Date(iso)}></safeguarding-report-wizard>`
      : html`<safeguarding-report-wizard .clock=${() => new Date(iso)}></safeguarding-report-wizard>`,
  );
  await el.updateComplete;
  return el;
}

export async function expectHeading(el: Wizard, english: string): Promise<void> {
  await el.updateComplete;
  expect(candidates(english), `heading in ${walkingIn()}`).to.include(headingText(el));
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

/** Walks a route's steps as a person does, checking each heading, to check answers. */
export async function walkToCheckAnswers(el: Wizard, route: Route): Promise<void> {
  for (const step of route.steps) {
    await expectHeading(el, step.heading);
    await step.act?.(el);
    await next(el);
  }
  await expectHeading(el, 'Check your answers');
}
