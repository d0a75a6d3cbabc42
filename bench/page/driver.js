/* global performance, requestAnimationFrame, requestIdleCallback, setTimeout, MessageChannel, Event, URLSearchParams */
// Walks the wizard as a person does, by the words on labels and buttons, with plain DOM on the
// element's shadow root (the same way test/helpers.ts finds things, without the test libraries).
// Used by the bench pages; the bundle under test is the built dist/ file.

export const FIXED_NOW = '2026-11-18T12:00:00Z';

/**
 * The bench route: a practitioner who saw something, no DSP, consent sought and given, Torfaen.
 * Each entry is one step: what is done there before Continue (nothing for optional steps).
 * The last step's button is the confirm button on "Check your answers".
 */
export const ROUTE = [
  [['choose', 'No']],
  [['choose', 'A member of staff or a volunteer']],
  [['choose', 'A child or young person under 18']],
  [['choose', 'No']], // Could a crime have been committed?
  [['choose', 'I saw or heard something myself']],
  [['choose', 'Physical abuse']],
  [['type', 'Statement 1', 'Bruises on both upper arms, like finger marks, seen in PE on Tuesday.']],
  [], // About the child (optional details)
  [], // Already known to social services? (optional)
  [['choose', 'No, or I do not know who it is']],
  [['choose', 'Yes, we will ask them, or have asked them']],
  [['choose', 'They agreed to the report']],
  [], // The child's wishes and views
  [], // What the council will ask (optional)
  [
    ['type', 'Your full name', 'Jo Example'],
    ['type', 'A phone number the council can call you back on', '01632 960123'],
  ],
  [['select', 'Council (local authority)', 'Torfaen']],
  [], // Who to contact now
];
export const CONFIRM = 'Confirm and see your report summary';

/**
 * The long-text route (issue 14): the bench route with 100,000 characters pasted into the
 * statement box instead of typed. `paste` actions are done before the step is timed (see
 * walkRoute), through `window.benchPaste`, which the bench exposes from Node: it presses
 * Control+V with Chromium's paste command, so the textarea gets one real, trusted input event.
 */
export const LONG_ROUTE = ROUTE.map((actions) =>
  actions.map((a) => (a[0] === 'type' && a[1] === 'Statement 1' ? ['paste', 'Statement 1'] : a)),
);
/** The index in LONG_ROUTE of the step the text is pasted on. */
export const PASTE_STEP = LONG_ROUTE.findIndex((actions) => actions.some((a) => a[0] === 'paste'));

/** The bare element's route: as many steps as the wizard's, each answered with one radio. */
export const BARE_ROUTE = ROUTE.map(() => [['choose', 'Yes']]);

/** What the bench pages load and create: the wizard (dist/), or the bare element (`?bare`). */
export const SUBJECT = new URLSearchParams(window.location.search).has('bare')
  ? { name: 'bare element', src: '/bench-built/bare-element.js', tag: 'bench-bare-element', route: BARE_ROUTE, confirm: null }
  : { name: 'wizard', src: '/safeguarding-report-wizard.js', tag: 'safeguarding-report-wizard', route: ROUTE, confirm: CONFIRM };

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el) => el.shadowRoot;

export const headingText = (el) => norm(root(el).querySelector('[data-heading]')?.textContent);

function byLabel(el, text) {
  const labels = Array.from(root(el).querySelectorAll('label'));
  const label =
    labels.find((l) => norm(l.textContent) === text) ?? labels.find((l) => norm(l.textContent).replace(/ \(optional\)$/, '') === text);
  if (!label) throw new Error(`On "${headingText(el)}": no label "${text}". Labels: ${labels.map((l) => `"${norm(l.textContent)}"`).join(', ')}`);
  const input = root(el).getElementById(label.htmlFor);
  if (!input) throw new Error(`Label "${text}" points at nothing`);
  return input;
}

function button(el, text) {
  const buttons = Array.from(root(el).querySelectorAll('button'));
  const found = buttons.find((b) => norm(b.textContent) === text) ?? buttons.find((b) => norm(b.textContent).startsWith(text));
  if (!found) throw new Error(`On "${headingText(el)}": no button "${text}". Buttons: ${buttons.map((b) => `"${norm(b.textContent)}"`).join(', ')}`);
  return found;
}

function act(el, [kind, label, value]) {
  const input = byLabel(el, label);
  if (kind === 'choose') input.click();
  else if (kind === 'type') {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (kind === 'select') {
    const option = Array.from(input.options).find((o) => norm(o.textContent) === value);
    if (!option) throw new Error(`No option "${value}" in "${label}"`);
    input.value = option.value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else throw new Error(`Unknown action ${kind}`);
}

/**
 * Pastes through `window.benchPaste` (Node presses Control+V in the focused box: the text the
 * bench put on the clipboard). Resolves once the input event has been handled and the result
 * painted, with the time from the V key's keydown (the browser inserts the text between the
 * keydown and the input event) to that paint, and what the input event was.
 */
async function paste(el, label) {
  const input = byLabel(el, label);
  if (input.tagName !== 'TEXTAREA') throw new Error(`"${label}" is a ${input.tagName}, not a textarea`);
  input.focus();
  input.value = '';
  let keydown;
  const onKey = (e) => {
    if (e.code === 'KeyV') keydown = e;
  };
  input.addEventListener('keydown', onKey);
  let event;
  const handled = new Promise((resolve) =>
    input.addEventListener(
      'input',
      (e) => {
        event = e;
        resolve();
      },
      { once: true },
    ),
  );
  await window.benchPaste();
  await handled;
  input.removeEventListener('keydown', onKey);
  await settled(el);
  await nextPaint();
  const now = performance.now();
  return {
    painted: now - (keydown ?? event).timeStamp,
    fromInputEvent: now - event.timeStamp,
    trusted: event.isTrusted,
    inputType: event.inputType,
    length: input.value.length,
    // The box's width as drawn (border box): the paste's floor is measured in a box as wide (how
    // long Chromium takes to wrap the text depends on it).
    width: input.offsetWidth,
  };
}

/** Waits until Lit has no update pending (an update may request another one). */
export async function settled(el) {
  while (!(await el.updateComplete));
}

/**
 * Resolves after the next frame has been rendered: a requestAnimationFrame callback runs just
 * before that frame's style, layout and paint; a message posted from it is handled after them.
 * (Two rAFs would also wait for the frame after, which in headless Chromium is tied to the
 * compositor's frame clock and adds 8 to 30 ms that are not the wizard's.)
 */
export const nextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    }),
  );

/**
 * A person reads each question before answering it (seconds), and the page may use that time for
 * work an answer would otherwise wait for. This pause is far shorter than reading: 100 ms, then
 * until the page is idle with a whole idle period free (at most 20 idle periods). It is not timed.
 */
export const readingPause = () =>
  new Promise((resolve) => {
    let rounds = 0;
    const wait = () =>
      requestIdleCallback(
        (deadline) => (deadline.timeRemaining() >= 45 || ++rounds >= 20 ? resolve() : wait()),
        { timeout: 1000 },
      );
    setTimeout(wait, 100);
  });

/** A new wizard (or bare element) with the fixed clock, attached to `parent`; resolves once its first question is painted. */
export async function createWizard(parent, tag = 'safeguarding-report-wizard') {
  const el = document.createElement(tag);
  el.clock = () => new Date(FIXED_NOW);
  parent.append(el);
  await settled(el);
  await nextPaint();
  return el;
}

/**
 * Walks `route` (ROUTE unless given) to the summary (`confirm` null: no summary, for the bare
 * element); with `read`, after a reading pause before each answer (see
 * readingPause), else answering as soon as each question is painted. A `paste` action is done
 * before the reading pause and is not part of the step's time (its own time is in `pasted`).
 * For each step, times from just before the first answer is given to
 * the next question painted (`painted`) and to Lit's render finished (`rendered`); the last entry
 * of `steps` is check answers. `summary` is Confirm to the summary painted. Marks
 * (`srw-step-<i>-start`/`-end`, `srw-summary-start`/`-end`) bound the same spans in a trace.
 */
export async function walkRoute(el, { read = false, route = ROUTE, confirm = CONFIRM } = {}) {
  const steps = [];
  let pasted;
  for (const [i, actions] of route.entries()) {
    for (const a of actions) if (a[0] === 'paste') pasted = await paste(el, a[1]);
    if (read) await readingPause();
    const from = headingText(el);
    performance.mark(`srw-step-${i}-start`);
    const t0 = performance.now();
    for (const a of actions) if (a[0] !== 'paste') act(el, a);
    button(el, 'Continue').click();
    await settled(el);
    const t1 = performance.now();
    await nextPaint();
    const t2 = performance.now();
    performance.mark(`srw-step-${i}-end`);
    const to = headingText(el);
    if (to === from || root(el).querySelector('[data-error-summary]')) {
      throw new Error(`Stuck on "${from}": ${norm(root(el).querySelector('[data-error-summary]')?.textContent) || 'the heading did not change'}`);
    }
    steps.push({ from, to, rendered: t1 - t0, painted: t2 - t0 });
  }
  if (confirm === null) return { steps, summary: null, pasted };
  if (read) await readingPause();
  const from = headingText(el);
  performance.mark('srw-summary-start');
  const t0 = performance.now();
  button(el, confirm).click();
  await settled(el);
  const t1 = performance.now();
  await nextPaint();
  const t2 = performance.now();
  performance.mark('srw-summary-end');
  const to = headingText(el);
  if (!root(el).querySelector('[part~="summary"]') && to === from) throw new Error(`Confirm on "${from}" did not show the summary`);
  return { steps, summary: { from, to, rendered: t1 - t0, painted: t2 - t0 }, pasted };
}
