/**
 * Storybook's preview: the element, the story order, accessibility checks (axe, from
 * @storybook/addon-a11y, runs after each story's play function, so on the step it shows), and the
 * "Inspector" switch.
 *
 * The switch: the toolbar's "Inspector" menu (or `?globals=inspector:on` in the address, or the
 * story parameter `inspector: true`) opens the XState inspector (@statelyai/inspect) in a frame
 * beside the wizard, showing the live statechart as the story's play function drives it. The
 * inspector is loaded only then, by a dynamic import of demo/inspector.ts.
 */
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import '../src/index.js';
import type { InspectHandler } from '../demo/inspector.js';
import type { SafeguardingReportWizard } from '../src/index.js';

interface InspectorLoaded {
  inspector?: { handler: InspectHandler; frame: HTMLIFrameElement };
}

/** Before the story renders: start the inspector, so it sees the wizard's actor from its start. */
const inspectorLoader: Loader = async ({ globals, parameters }): Promise<InspectorLoaded> => {
  if (globals.inspector !== 'on' && parameters.inspector !== true) return {};
  const frame = document.createElement('iframe');
  frame.title = 'XState inspector: the wizard statechart';
  frame.style.cssText = 'width:100%;height:85vh;border:1px solid #b1b4b6';
  const { createInspectHandler } = await import('../demo/inspector.js');
  return { inspector: { handler: await createInspectHandler({ iframe: frame }), frame } };
};

/** Sets the wizard's `inspector` before Storybook connects it, and puts the frame beside it. */
const withInspector: Decorator = (story, context) => {
  const result = story();
  const loaded = (context.loaded as InspectorLoaded).inspector;
  if (!loaded || !(result instanceof HTMLElement)) return result;
  const wizard = (result.matches('safeguarding-report-wizard') ? result : result.querySelector('safeguarding-report-wizard')) as SafeguardingReportWizard | null;
  if (wizard) wizard.inspector = loaded.handler;
  const layout = document.createElement('div');
  layout.style.cssText = 'display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;align-items:start';
  layout.append(result, loaded.frame);
  return layout;
};

const preview = {
  globalTypes: {
    inspector: {
      description: 'XState inspector: the live statechart (needs the internet: stately.ai/inspect)',
      toolbar: {
        title: 'Inspector',
        icon: 'eye',
        items: [
          { value: 'off', title: 'Inspector off' },
          { value: 'on', title: 'Inspector on (live statechart)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { inspector: 'off' },
  loaders: [inspectorLoader],
  decorators: [withInspector],
  parameters: {
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Wizard', 'Routes', 'Routes in Welsh (Cymraeg)', 'Themes', 'Broken directories'] },
    },
  },
} satisfies Preview;

export default preview;
