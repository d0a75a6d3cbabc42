/**
 * The wizard's main pages, picked out for a quick look: the first question in each language, the
 * out-of-hours contact, the completed summary and the DSP mode summary. Every page of every route
 * is in routes.stories.ts; all of them use the routes in fixtures/routes.ts.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { headingText, text } from '../fixtures/drive.js';
import { ROUTES, type Route } from '../fixtures/routes.js';
import type { SafeguardingReportWizard } from '../src/index.js';
import { createWizard, drive, wizardIn, SUMMARY, type Lang } from './drive.js';

interface Props {
  lang: Lang;
  /** The wizard's fixed time (ISO 8601). */
  at: string;
}

const route = (name: string): Route => {
  const found = ROUTES.find((r) => r.name.startsWith(name));
  if (!found) throw new Error(`No route "${name}" in fixtures/routes.ts`);
  return found;
};
const first = ROUTES[0]!;
const dsp = route('DSP mode');
const outOfHours = route('DSP unreachable at 20:00 on a Friday');

/** The routes' answers are English words, so a story is driven in English, then shown in `lang`. */
async function showIn(el: SafeguardingReportWizard, lang: Lang): Promise<void> {
  el.setAttribute('lang', lang);
  await el.updateComplete;
}

const meta = {
  title: 'Wizard',
  component: 'safeguarding-report-wizard',
  parameters: { layout: 'padded' },
  render: ({ at }) => createWizard({ at, lang: 'en' }),
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'], description: 'The language shown (set after the answers are given)' },
    at: { control: 'text', description: 'The fixed time the wizard works with (office hours)' },
  },
  args: { lang: 'en', at: first.at },
} satisfies Meta<Props>;
export default meta;

type Story = StoryObj<Props>;

export const FirstQuestion: Story = {
  play: async ({ canvasElement, args }) => {
    const el = wizardIn(canvasElement);
    await el.updateComplete;
    await expect(headingText(el)).toBe(first.steps[0]!.heading);
    await showIn(el, args.lang);
  },
};

export const FirstQuestionInWelsh: Story = {
  args: { lang: 'cy' },
  play: async ({ canvasElement, args }) => {
    const el = wizardIn(canvasElement);
    await showIn(el, args.lang);
    await expect(headingText(el)).toBe('Oes unrhyw un mewn perygl uniongyrchol, neu oes angen cymorth meddygol brys ar rywun?');
  },
};

/** Friday 20:00: the out-of-hours Emergency Duty Team. */
export const OutOfHoursContact: Story = {
  args: { at: outOfHours.at },
  play: async ({ canvasElement, args }) => {
    const el = wizardIn(canvasElement);
    await drive(el, outOfHours, outOfHours.steps.length - 1);
    await expect(headingText(el)).toBe('Who to contact now');
    await showIn(el, args.lang);
  },
};

export const CompletedSummary: Story = {
  play: async ({ canvasElement, args }) => {
    const el = wizardIn(canvasElement);
    await drive(el, first, first.steps.length + 1);
    await expect(headingText(el)).toBe(SUMMARY);
    await expect(el.report).toBeDefined();
    await showIn(el, args.lang);
  },
};

/** The Designated Safeguarding Person records who raised the concern. */
export const DspModeSummary: Story = {
  args: { at: dsp.at },
  play: async ({ canvasElement, args }) => {
    const el = wizardIn(canvasElement);
    await drive(el, dsp, dsp.steps.length + 1);
    await expect(headingText(el)).toBe(SUMMARY);
    await expect(text(el)).toContain('Sam Teacher');
    await showIn(el, args.lang);
  },
};

/**
 * The first question with the XState inspector attached (the story parameter `inspector`; the
 * toolbar's "Inspector" switch does the same for any story). The inspector is Stately's web page,
 * https://stately.ai/inspect, shown in a frame beside the wizard: it needs the internet.
 */
export const WithInspector: Story = {
  parameters: { inspector: true, a11y: { test: 'off' } },
};
