/**
 * Development only: shows the wizard's live statechart in the XState inspector
 * (`@statelyai/inspect`, Stately's inspector at https://stately.ai/inspect, which needs the
 * internet).
 *
 * Only the demo page (with `?inspect`) and Storybook (the "Inspector" toolbar switch) import this
 * file, and they load `@statelyai/inspect` with a dynamic import, so neither this file nor the
 * inspector ever enters the library bundle (src/ does not import demo/).
 */
import type { InspectionEvent } from 'xstate';
import type { SafeguardingReportWizard } from '../src/index.js';

/** What the element's `inspector` property takes: called with each XState inspection event. */
export type InspectHandler = (event: unknown) => void;

export interface InspectorOptions {
  /**
   * Show the inspector in this frame rather than in a new window. A new window is opened by
   * `window.open`, which a browser's popup blocker may stop when it is not in answer to a click;
   * a frame is never blocked.
   */
  iframe?: HTMLIFrameElement;
}

/**
 * Starts Stately's browser inspector and returns a handler for the element's `inspector`
 * property. `createBrowserInspector().inspect` is an XState observer object (`{ next(event) }`),
 * not a function, so it is wrapped here to fit the element's `(event) => void` property.
 * Events are held until the inspector page says it is ready, then replayed (up to 200).
 */
export async function createInspectHandler(options: InspectorOptions = {}): Promise<InspectHandler> {
  const { createBrowserInspector } = await import('@statelyai/inspect');
  const inspector = createBrowserInspector(options.iframe ? { iframe: options.iframe } : {});
  return (event) => inspector.inspect.next?.(event as InspectionEvent);
}

/**
 * Attaches the inspector to a wizard. If the element is already on the page, its actor started
 * before the inspector existed, so the inspector missed the actor's first event (which carries the
 * machine's definition that it draws). The element is then taken off the page and put back in the
 * same place: it starts again from the first question (answers are cleared), with the inspector
 * watching from the beginning. So call this before anyone answers, as the demo page does on load.
 */
export async function attachInspector(el: SafeguardingReportWizard, options: InspectorOptions = {}): Promise<void> {
  el.inspector = await createInspectHandler(options);
  const parent = el.parentNode;
  if (el.isConnected && parent) {
    const next = el.nextSibling;
    el.remove();
    parent.insertBefore(el, next);
  }
}
