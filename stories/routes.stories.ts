/**
 * Every step of every route in fixtures/routes.ts, in English, then each route's check answers page
 * and its completed summary (the DSP mode route among them).
 *
 * The named story exports are generated from ROUTES when Storybook indexes and loads this file
 * (.storybook/generated-stories.ts: an indexer and a Vite plugin that appends
 * `export const r01_s03 = storyFor({ route: 0, step: 2, lang: 'en' })`, and so on), so a route
 * added to the tests gets its stories with no change here.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { routeStepStory, type RouteStepKey } from './drive.js';

const meta = {
  excludeStories: ['storyFor'],
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

export const storyFor = (key: RouteStepKey): StoryObj => routeStepStory(key);
