/**
 * The same routes in Welsh (`lang="cy"`): every step of the first route and of the DSP mode
 * route, with their check answers pages and summaries. Each story is driven in English with the
 * tests' own answers, then the element's `lang` is set to `cy`, and the Welsh heading (looked up in
 * src/i18n/cy.ts when the stories are indexed) is checked.
 *
 * The named exports are generated (see routes.stories.ts and .storybook/generated-stories.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { routeStepStory, type RouteStepKey } from './drive.js';

const meta = {
  excludeStories: ['storyFor'],
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

export const storyFor = (key: RouteStepKey): StoryObj => routeStepStory(key);
