/**
 * Form fields in the GOV.UK Design System's shape: a legend or label that can be the step's
 * heading, a hint, the field's own error message, all joined by aria-describedby.
 * Templates only: what is valid is decided by the statechart.
 *
 * Values are bound as plain properties, not with live(): Lit then writes a field only when the
 * stored answer changes, so a re-render for any other reason (a language switch, a directory
 * arriving) never overwrites what the person has typed but not yet submitted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldError } from '../../machines/answers.js';
import { FIELDS, optionKey, optionsFor, type AnswerField, type Answers } from '../../machines/fields.js';
import { wordedFor, type Translate } from '../i18n/translate.js';

export interface FieldContext {
  t: Translate;
  answers: Answers;
  errors: FieldError[];
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export const fieldId = (field: string) => `f-${field}`;

const errorOf = (ctx: FieldContext, field: string) => ctx.errors.find((e) => e.field === field);

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function hintEl(id: string, hint: string | TemplateResult | undefined) {
  return hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing;
}

function errorEl(ctx: FieldContext, id: string, error: FieldError | undefined) {
  return error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${ctx.t('error.prefix')}</span> ${wordedFor(ctx.t, ctx.answers.subject)(error.message)}</p>`
    : nothing;
}

/** The step heading: focused on every step change (tabindex -1 makes it focusable, not tabbable). */
export const heading = (text: string) => html`<h2 class="heading" tabindex="-1" data-heading part="heading">${text}</h2>`;

function legendEl(legend: string, asHeading: boolean) {
  return asHeading
    ? html`<legend class="legend legend-heading">${heading(legend)}</legend>`
    : html`<legend class="legend">${legend}</legend>`;
}

export interface ChoiceSpec {
  field: AnswerField;
  legend: string;
  asHeading?: boolean;
  hint?: string | TemplateResult;
  /** The options; by default the field's own (FIELDS), worded from the catalogue. */
  options?: Option[];
  /** Extra content inside the fieldset, after the options (such as a text box for "another reason"). */
  after?: TemplateResult;
  /** Options that come after an "or" (GOV.UK Design System: "I am not sure" set apart from the answers). */
  divider?: (value: string) => boolean;
}

export function radios(ctx: FieldContext, spec: ChoiceSpec): TemplateResult {
  return choices(ctx, spec, 'radio');
}

export function checkboxes(ctx: FieldContext, spec: ChoiceSpec): TemplateResult {
  return choices(ctx, spec, 'checkbox');
}

/**
 * A choice field's options as the statechart's module offers them for the answers so far
 * (machines/fields.ts, optionsFor), each with its words and, where it has one, its hint, worded
 * for who the concern is about (wordedFor).
 */
export function optionsOf(ctx: FieldContext, field: AnswerField): Option[] {
  const def = FIELDS[field];
  if (!('label' in def)) return [];
  const hints: readonly string[] = def.hints;
  const t = wordedFor(ctx.t, ctx.answers.subject);
  return optionsFor(field, ctx.answers).map((value: string) => ({
    value,
    label: t(optionKey(field, value)),
    hint: hints.includes(value) ? t(`${optionKey(field, value)}.hint`) : undefined,
  }));
}

function choices(ctx: FieldContext, spec: ChoiceSpec, type: 'radio' | 'checkbox'): TemplateResult {
  const id = fieldId(spec.field);
  const options = spec.options ?? optionsOf(ctx, spec.field);
  const error = errorOf(ctx, spec.field);
  const value = ctx.answers[spec.field];
  const isChecked = (v: string) => (Array.isArray(value) ? (value as string[]).includes(v) : value === v);
  return html`
    <div class="form-group ${error ? 'form-group-error' : ''}">
      <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(id, spec.hint, error))}>
        ${legendEl(spec.legend, spec.asHeading ?? false)} ${hintEl(id, spec.hint)} ${errorEl(ctx, id, error)}
        <div class="choices">
          ${options.map(
            (o, i) => html`
              ${i > 0 && spec.divider?.(o.value) && !spec.divider(options[i - 1]!.value)
                ? html`<div class="choices-divider">${ctx.t('or')}</div>`
                : nothing}
              <div class="choice">
                <input
                  class="choice-input"
                  type=${type}
                  id=${i === 0 ? id : `${id}-${o.value}`}
                  name=${spec.field}
                  value=${o.value}
                  .checked=${isChecked(o.value)}
                  aria-describedby=${ifDefined(o.hint ? `${id}-${o.value}-hint` : undefined)}
                />
                <label class="choice-label" for=${i === 0 ? id : `${id}-${o.value}`}>${o.label}</label>
                ${o.hint ? html`<div class="hint choice-hint" id="${id}-${o.value}-hint">${o.hint}</div>` : nothing}
              </div>
            `,
          )}
        </div>
        ${spec.after ?? nothing}
      </fieldset>
    </div>
  `;
}

export interface TextSpec {
  field: AnswerField;
  label: string;
  hint?: string;
  optional?: boolean;
  asHeading?: boolean;
  multiline?: boolean;
  autocomplete?: string;
  /** The kind of one-line box: a phone number brings the phone keyboard. */
  type?: 'text' | 'tel' | 'datetime-local';
  /** The keyboard for a box kept as typed (an email box would trim and drop what it thinks invalid). */
  inputmode?: 'email';
  /** Input name and id when they differ from the field (statements). */
  name?: string;
  id?: string;
  value?: string;
}

export function textField(ctx: FieldContext, spec: TextSpec): TemplateResult {
  const name = spec.name ?? spec.field;
  const id = spec.id ?? fieldId(name);
  const error = spec.name ? undefined : errorOf(ctx, spec.field);
  const value = spec.value ?? (ctx.answers[spec.field] as string | undefined) ?? '';
  const label = html`<label class="label ${spec.asHeading ? 'label-heading' : ''}" for=${id}
    >${spec.label}${spec.optional ? html` <span class="optional">${ctx.t('optional')}</span>` : nothing}</label
  >`;
  const describe = describedBy(id, spec.hint, error);
  return html`
    <div class="form-group ${error ? 'form-group-error' : ''}">
      ${spec.asHeading ? html`<h2 class="heading" tabindex="-1" data-heading part="heading">${label}</h2>` : label}
      ${hintEl(id, spec.hint)} ${errorEl(ctx, id, error)}
      ${spec.multiline
        ? html`<textarea
            class="textarea ${error ? 'input-error' : ''}"
            id=${id}
            name=${name}
            rows="5"
            spellcheck="true"
            aria-describedby=${ifDefined(describe)}
            .value=${value}
          ></textarea>`
        : html`<input
            class="input ${error ? 'input-error' : ''}"
            id=${id}
            name=${name}
            type=${spec.type ?? 'text'}
            inputmode=${ifDefined(spec.inputmode)}
            autocomplete=${spec.autocomplete ?? 'off'}
            spellcheck="false"
            aria-describedby=${ifDefined(describe)}
            .value=${value}
          />`}
    </div>
  `;
}

export interface SelectSpec {
  field: AnswerField;
  label: string;
  hint?: string;
  placeholder: string;
  groups: { label: string; options: Option[] }[];
}

export function select(ctx: FieldContext, spec: SelectSpec): TemplateResult {
  const id = fieldId(spec.field);
  const error = errorOf(ctx, spec.field);
  const value = (ctx.answers[spec.field] as string | undefined) ?? '';
  return html`
    <div class="form-group ${error ? 'form-group-error' : ''}">
      <label class="label" for=${id}>${spec.label}</label>
      ${hintEl(id, spec.hint)} ${errorEl(ctx, id, error)}
      <select class="select ${error ? 'input-error' : ''}" id=${id} name=${spec.field} aria-describedby=${ifDefined(describedBy(id, spec.hint, error))}>
        <option value="" ?selected=${value === ''}>${spec.placeholder}</option>
        ${spec.groups.map(
          (g) => html`<optgroup label=${g.label}>
            ${g.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
          </optgroup>`,
        )}
      </select>
    </div>
  `;
}
