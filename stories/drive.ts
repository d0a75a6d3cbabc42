/**
 * Builds the stories from the tests' own example data: the routes in fixtures/routes.ts (driven with
 * the same helpers the browser tests use), the themes in fixtures/themes.ts and the broken
 * directories in fixtures/broken-directories.ts. What Storybook shows is what is tested.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/index.js';
import type { DirectoryProblem, SafeguardingReportWizard } from '../src/index.js';
import { BROKEN_DIRECTORIES } from '../fixtures/broken-directories.js';
import { THEMES } from '../fixtures/themes.js';
import { headingText, next, press } from '../fixtures/drive.js';
import { ROUTES, type Route } from '../fixtures/routes.js';
import { contrastRatio } from './contrast.js';

export type Lang = 'en' | 'cy';

export const CHECK_ANSWERS = 'Check your answers';
export const SUMMARY = 'Your report summary';

export interface WizardOptions {
  /** The wizard's fixed time (ISO 8601), like the tests' `clock`. */
  at: string;
  lang?: Lang;
  directory?: unknown;
  style?: Record<string, string>;
}

/** A new, unconnected <safeguarding-report-wizard>; Storybook connects it. */
export function createWizard({ at, lang, directory, style }: WizardOptions): SafeguardingReportWizard {
  const el = document.createElement('safeguarding-report-wizard');
  el.clock = () => new Date(at);
  if (lang) el.setAttribute('lang', lang);
  if (directory !== undefined) el.directory = directory;
  for (const [name, value] of Object.entries(style ?? {})) el.style.setProperty(name, value);
  return el;
}

/** The wizard a story rendered (the inspector decorator may have wrapped it). */
export function wizardIn(canvas: HTMLElement): SafeguardingReportWizard {
  const el = canvas.querySelector('safeguarding-report-wizard');
  if (!el) throw new Error('No <safeguarding-report-wizard> in the story');
  return el;
}

/**
 * Answers the route's first `count` steps as the tests do: each step's `act`, then Continue.
 * Past the last step, goes on to check answers (`count` = steps + 1) and the summary (steps + 2).
 */
export async function drive(el: SafeguardingReportWizard, route: Route, count: number): Promise<void> {
  await el.updateComplete;
  for (const step of route.steps.slice(0, count)) {
    const shown = headingText(el);
    if (shown !== step.heading) throw new Error(`Route "${route.name}": expected "${step.heading}", the wizard shows "${shown}"`);
    await step.act?.(el);
    await next(el);
  }
  if (count > route.steps.length) await press(el, 'Confirm and see your report summary');
  await el.updateComplete;
}

/** The English heading of the route's step `step` (or check answers, or the summary). */
export function headingAt(route: Route, step: number): string {
  return route.steps[step]?.heading ?? (step === route.steps.length ? CHECK_ANSWERS : SUMMARY);
}

/** Which route step a generated story shows. */
export interface RouteStepKey {
  /** Index into ROUTES. */
  route: number;
  /** Index into the route's steps; steps.length is check answers, steps.length + 1 the summary. */
  step: number;
  lang: Lang;
  /** The heading expected in Welsh (worked out from the catalogues when the stories are indexed). */
  heading?: string;
}

/**
 * The story for one step of one route. English: drive the route to the step and check the heading.
 * Welsh: drive it in English (the routes' labels are English), then set `lang="cy"` on the element,
 * as a page in Welsh would have it, and check the Welsh heading.
 */
export function routeStepStory(key: RouteStepKey): StoryObj {
  const route = ROUTES[key.route];
  if (!route) throw new Error(`No route ${key.route} in fixtures/routes.ts`);
  const english = headingAt(route, key.step);
  return {
    render: () => createWizard({ at: route.at, lang: 'en' }),
    play: async ({ canvasElement }) => {
      const el = wizardIn(canvasElement);
      await drive(el, route, key.step);
      await expect(headingText(el)).toBe(english);
      if (key.lang === 'cy') {
        el.setAttribute('lang', 'cy');
        await el.updateComplete;
        const welsh = headingText(el);
        if (key.heading) await expect(welsh).toBe(key.heading);
        else await expect(welsh).not.toBe(english);
      }
    },
  };
}

/** A theme story: the "Call 999 now" step (emergency colour, button, link and text) in the theme. */
export function themeStory(index: number): StoryObj {
  const theme = THEMES[index];
  if (!theme) throw new Error(`No theme ${index} in fixtures/themes.ts`);
  const route = ROUTES[0]!;
  return {
    render: () => createWizard({ at: route.at, lang: 'en', style: theme.style }),
    play: async ({ canvasElement }) => {
      const s = theme.style;
      // AA contrast, the same sums as in fixtures/themes.ts.
      for (const [fg, bg] of [
        [s['--srw-color-text'], '#ffffff'],
        [s['--srw-color-link'], '#ffffff'],
        [s['--srw-color-emergency'], '#ffffff'],
        [s['--srw-color-button-text'], s['--srw-color-button']],
        [s['--srw-color-focus'], '#0b0c0c'],
      ] as const) {
        await expect(contrastRatio(fg ?? '#000000', bg ?? '#ffffff')).toBeGreaterThanOrEqual(4.5);
      }
      const el = wizardIn(canvasElement);
      await drive(el, route, 1);
      await expect(headingText(el)).toBe(route.steps[1]!.heading);
    },
  };
}

/**
 * A broken directory story: the wizard still works on the shipped directory, and the problems a
 * board's web team would see (the `directory-problem` event) are listed under it.
 */
export function brokenDirectoryStory(index: number): StoryObj {
  const broken = BROKEN_DIRECTORIES[index];
  if (!broken) throw new Error(`No broken directory ${index} in fixtures/broken-directories.ts`);
  return {
    render: () => {
      const box = document.createElement('div');
      const el = createWizard({ at: ROUTES[0]!.at, lang: 'en', directory: broken.directory });
      const notes = document.createElement('section');
      notes.setAttribute('aria-label', 'Directory problems, for the page author');
      notes.className = 'directory-problems';
      notes.style.cssText = 'border:4px solid #c0281a;padding:1rem;margin-top:1rem;font-family:sans-serif';
      const title = document.createElement('h2');
      title.textContent = 'Directory problems (what the page author sees)';
      const list = document.createElement('ul');
      notes.append(title, list);
      el.addEventListener('directory-problem', (e) => {
        for (const p of (e as CustomEvent<DirectoryProblem[]>).detail) {
          const item = document.createElement('li');
          const code = document.createElement('code');
          code.textContent = p.path;
          item.append(code, `: ${p.message}`);
          list.append(item);
        }
      });
      box.append(el, notes);
      return box;
    },
    play: async ({ canvasElement }) => {
      const el = wizardIn(canvasElement);
      await el.updateComplete;
      await expect(headingText(el)).toBe(ROUTES[0]!.steps[0]!.heading);
      const paths = Array.from(canvasElement.querySelectorAll('.directory-problems code'), (c) => c.textContent);
      await expect(paths).toContain(broken.field);
    },
  };
}
