/** Check your answers (GOV.UK pattern): every answer on the route, by part of the report, each with a Change link. */
import { html, type TemplateResult } from 'lit';
import type { StepId } from '../../machines/answers.js';
import type { Directory } from '../../machines/directory.schema.js';
import type { Answers } from '../../machines/answers.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { answerRows, type AnswerRow } from '../report/format.js';
import { bySection } from '../report/sections.js';

export function answerValue(row: Pick<AnswerRow, 'lines'>, t: Translate): TemplateResult {
  if (row.lines.length === 0) return html`<span class="not-provided">${t('notProvided')}</span>`;
  if (row.lines.length === 1) return html`<span class="answer-text">${row.lines[0]}</span>`;
  return html`<ul class="list">${row.lines.map((l) => html`<li class="answer-text">${l}</li>`)}</ul>`;
}

export function checkAnswersView(
  answers: Answers,
  route: readonly StepId[],
  t: Translate,
  directory: Directory,
  lang: Lang,
  onChange: (step: StepId) => void,
): TemplateResult {
  const rows = answerRows(answers, route, t, directory, lang);
  return html`
    <p>${t('check.intro')}</p>
    <div data-answers>
      ${bySection(rows).map(
        (group) => html`
          <h3>${t(`section.${group.section}`)}</h3>
          <dl class="summary-list" part="summary-list">
            ${group.rows.map(
              (row) => html`
                <div class="summary-row">
                  <dt class="summary-key">${row.label}</dt>
                  <dd class="summary-value">${answerValue(row, t)}</dd>
                  <dd class="summary-actions">
                    <button type="button" class="link-button" @click=${() => onChange(row.step)}>
                      ${t('nav.change')}<span class="visually-hidden"> ${t('check.changeHidden', { question: row.label })}</span>
                    </button>
                  </dd>
                </div>
              `,
            )}
          </dl>
        `,
      )}
    </div>
  `;
}
