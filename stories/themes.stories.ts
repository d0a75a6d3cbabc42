/**
 * One story per theme in fixtures/themes.ts: the "Call 999 now" step with the theme's CSS
 * custom properties set on the element. Each story's play function checks the theme's AA contrast.
 *
 * The named exports are generated from THEMES (see .storybook/generated-stories.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { themeStory } from './drive.js';

const meta = {
  excludeStories: ['storyFor'],
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

export const storyFor = (index: number): StoryObj => themeStory(index);
