/**
 * "What to say on the phone", drawn from one model (src/report/read-out.ts): as a section of the
 * summary, and on the contact step inside a disclosure, so the words to read out are a press away
 * while the person is on the phone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/translate.js';
import { reportReadOut, type ReadOutGroup } from '../report/read-out.js';
import type { StepView } from './steps.js';

function groupsView(t: Translate, groups: ReadOutGroup[], level: 3 | 4): TemplateResult {
  return html`${groups.map(
    (g) => html`
      ${level === 3 ? html`<h3 class="read-out-title">${g.title}</h3>` : html`<h4 class="read-out-title">${g.title}</h4>`}
      ${g.prompt ? html`<p class="read-out-prompt">${g.prompt}</p>` : nothing}
      ${!g.prompt && g.rows.length === 0 ? html`<p class="not-provided">${t('readOut.nothing')}</p>` : nothing}
      ${g.rows.length
        ? html`<dl class="read-out-list">
            ${g.rows.map((row) =>
              // The wizard's own words fit on the label's line; what the person typed goes below it, as typed.
              row.typed
                ? html`<div class="read-out-row">
                    <dt>${row.label}</dt>
                    ${row.lines.map((line) => html`<dd class="answer-text">${line}</dd>`)}
                  </div>`
                : html`<div class="read-out-row read-out-row-inline">
                    <dt>${row.label}:</dt>
                    <dd>${row.lines.join('; ')}</dd>
                  </div>`,
            )}
          </dl>`
        : nothing}
    `,
  )}`;
}

/** The summary's read-out section. */
export function readOutSection(t: Translate, groups: ReadOutGroup[]): TemplateResult {
  return html`
    <section class="read-out" data-read-out aria-labelledby="read-out-heading">
      <h3 id="read-out-heading">${t('readOut.title')}</h3>
      <p class="hint">${t('readOut.hint')}</p>
      ${groupsView(t, groups, 4)}
    </section>
  `;
}

/** On the contact step: call now and come back, with the read-out from the report so far a press away. */
export function onThePhone(v: StepView): TemplateResult {
  const groups = v.soFar ? reportReadOut(v.soFar, v.t, v.directory, v.lang) : undefined;
  return html`
    <p class="inset lead call-then-come-back">${v.t('readOut.callThenComeBack')}</p>
    ${groups ? readOutDetails(v, groups) : nothing}
  `;
}

function readOutDetails(v: StepView, groups: ReadOutGroup[]): TemplateResult {
  return html`
    <details class="details read-out" data-read-out>
      <summary class="details-summary"><span class="details-summary-text">${v.t('readOut.title')}</span></summary>
      <div class="details-text">
        <p class="hint">${v.t('readOut.hint')}</p>
        ${groupsView(v.t, groups, 3)}
      </div>
    </details>
  `;
}
