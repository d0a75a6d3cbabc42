/**
 * Storybook for <safeguarding-report-wizard> (Storybook 10.6.0, web components with Vite; see
 * ../shared/TOOLCHAIN.md). `npm run storybook` serves it on http://127.0.0.1:6006;
 * `npm run build-storybook` writes storybook-static/.
 *
 * Never run `storybook init` here: it runs `playwright install --with-deps`, which downloads
 * browsers.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { generatedStoriesIndexer, generatedStoriesPlugin } from './generated-stories.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Routes, themes and broken directories: one story per item of the tests' data.
  experimental_indexers: async (existing) => [generatedStoriesIndexer, ...(existing ?? [])],
  async viteFinal(vite) {
    // The project's vite.config.ts builds the library (build.lib with src/index.ts as entry);
    // Storybook builds an app, so the library settings are dropped here.
    if (vite.build) delete vite.build.lib;
    vite.plugins = [
      ...(vite.plugins ?? []),
      generatedStoriesPlugin(),
    ];
    return vite;
  },
};

export default config;
