/**
 * Stands in for `@open-wc/testing` when Storybook bundles test/helpers.ts (through
 * test/routes.ts). The real package reaches for the test runner's own modules
 * (`/__web-test-runner__/...`), which only exist under `wtr`. The route helpers the stories use
 * (choose, type, selectOption, next, press, headingText) need only DOM; of this package they use
 * nothing, and the rest is given a working equivalent:
 * - `expect`: Storybook's own (`storybook/test`, chai-based, so `expect(x).to.equal(y)` works);
 * - `html`: Lit's;
 * - `oneEvent`: the first event of a type;
 * - `fixture`: renders into a new element in the page.
 */
import { html, render, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';

// (Imported, then exported: Storybook rewrites `storybook/test` imports, not re-exports.)
export { expect, html };

export function oneEvent(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  const el = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}
