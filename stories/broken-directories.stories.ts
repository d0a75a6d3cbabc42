/**
 * One story per entry in fixtures/broken-directories.ts: the element's `directory` property
 * set to a broken directory. The wizard still works (on the shipped directory), and the problems
 * from the `directory-problem` event are listed under it; the play function checks that the
 * field the tests expect is named.
 *
 * The named exports are generated from BROKEN_DIRECTORIES (see .storybook/generated-stories.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { brokenDirectoryStory } from './drive.js';

const meta = {
  excludeStories: ['storyFor'],
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

export const storyFor = (index: number): StoryObj => brokenDirectoryStory(index);
