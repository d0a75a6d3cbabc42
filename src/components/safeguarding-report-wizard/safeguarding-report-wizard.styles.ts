import { css } from 'lit';
import { hostReset, themeTokens } from '../../styles/theme.js';
import { reportStyles } from '../../styles/report-styles.js';

/**
 * Styles in the shape of the GOV.UK Design System, without its brand (peers-and-ux.md 1.2: services
 * outside GOV.UK must not use its brand). Every colour is a custom property whose default passes
 * WCAG AA contrast on white. Inherited properties are reset on :host so the host page's CSS cannot
 * break the layout, except the font, which is inherited unless --srw-font-family says otherwise.
 */
export const wizardStyles = [
  themeTokens,
  hostReset,
  css`
  /* The rest of what a host page could change in inherited text properties. */
  :host {
    max-width: 100%;
    background: var(--_background);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }
  .wizard {
    max-width: 40em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 var(--_space);
  }
  .heading {
    font-size: 1.75em;
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .heading:focus {
    outline: none;
  }
  h3 {
    font-size: 1.25em;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .lead {
    font-size: 1.1em;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  .link-button:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  /* Quick exit stays in view while scrolling, one press away, in a bar of its own across the top:
     the page scrolls under the bar, never beside the button, so the button never covers a label,
     a field or a panel (issue 12.7; WCAG 2.4.11). */
  .exit-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    background: var(--_background);
    border-bottom: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  /* When focus scrolls a control into view, it stops below the exit bar (WCAG 2.4.11). */
  a,
  button,
  input,
  select,
  textarea,
  summary,
  [tabindex] {
    scroll-margin-top: calc(5rem + 1em);
  }
  .exit-bar .exit-button {
    margin: 0;
  }
  .progress {
    color: var(--_secondary);
    margin-bottom: calc(var(--_space) / 2);
  }
  .topbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    justify-content: space-between;
    align-items: baseline;
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .emergency-line {
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .emergency-line a {
    color: var(--_emergency);
  }
  .link-button {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0.125em 0;
    min-height: 24px;
    min-width: 24px;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .back-link {
    margin-bottom: var(--_space);
    font-size: 0.9em;
  }
  .back-link::before {
    content: '‹ ';
  }
  .form-group {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .form-group-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    max-width: 100%;
    white-space: normal;
  }
  .legend-heading {
    font-weight: inherit;
  }
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 4);
  }
  .label-heading {
    font-weight: inherit;
    margin: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--_secondary);
    margin-bottom: calc(var(--_space) / 2);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) / 2);
    align-items: start;
  }
  /* 40 by 40 px, as the GOV.UK Design System's radios and checkboxes; the label lines up with the middle. */
  .choice-input {
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_text);
  }
  .choice-label {
    cursor: pointer;
    padding: max(0px, calc((40px - 1.5em) / 2)) 0;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
  }
  .input,
  .textarea,
  .select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    width: 100%;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }
  .textarea {
    resize: vertical;
  }
  /* A date and time box keeps its parts on one line: at 320 px it must shrink, not push sideways. */
  .input[type='datetime-local'] {
    min-width: 0;
    overflow: hidden;
  }
  .input-error {
    border-color: var(--_error);
  }
  .choice-input:focus-visible,
  .input:focus,
  .textarea:focus,
  .select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .button {
    display: inline-block;
    font: inherit;
    font-weight: 700;
    color: var(--_button-text);
    background: var(--_button);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 #002d18;
    padding: 0.4em 0.8em;
    min-height: 44px;
    margin: 0 var(--_space) var(--_space) 0;
    cursor: pointer;
    text-decoration: none;
    text-align: center;
  }
  .button-secondary {
    color: var(--_text);
    background: var(--_panel);
    box-shadow: 0 2px 0 #929191;
  }
  .button-warning {
    background: var(--_emergency);
    color: #ffffff;
    box-shadow: 0 2px 0 #55150b;
  }
  .button-large {
    font-size: 1.25em;
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary-title {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
  .error-summary-list a {
    color: var(--_error);
    font-weight: 700;
  }
  .emergency-panel {
    border: 5px solid var(--_emergency);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .emergency-panel .heading {
    color: var(--_emergency);
    font-size: 2.25em;
  }
  .panel,
  .notice,
  .contact-card {
    background: var(--_panel);
    border: 1px solid transparent;
    padding: var(--_space);
    margin-bottom: var(--_space);
    border-radius: var(--_radius);
  }
  .panel-outcome {
    border-inline-start: 5px solid var(--_button);
  }
  .inset {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .warning-text {
    font-weight: 700;
  }
  .contact-name {
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 4);
  }
  .contact-line {
    margin-bottom: calc(var(--_space) / 4);
  }
  .contact-phone {
    font-size: 1.25em;
    font-weight: 700;
  }
  .contact-title {
    margin-top: 0;
  }
  .source {
    color: var(--_secondary);
    font-size: 0.85em;
    margin: 0;
  }
  .list {
    padding-inline-start: 1.25em;
  }
  .list-number {
    list-style: decimal;
  }
  .statement {
    border-inline-start: 3px solid var(--_panel);
    padding-inline-start: var(--_space);
    margin-bottom: var(--_space);
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .summary-row {
    border-bottom: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) 0;
  }
  .summary-key {
    font-weight: 700;
  }
  .summary-value,
  .summary-actions {
    margin: 0;
  }
  /* What the person typed, line breaks and spaces kept. break-spaces rather than pre-wrap: the same
     text on screen, but Chromium lays out 100,000 characters of it about ten times faster. */
  .answer-text {
    white-space: break-spaces;
  }
  .not-provided {
    color: var(--_secondary);
  }
  .status:empty {
    display: none;
  }
  @media (min-width: 40em) {
    .summary-row {
      display: grid;
      grid-template-columns: 35% 1fr auto;
      gap: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .button,
    .error-summary,
    .emergency-panel,
    .panel,
    .notice,
    .contact-card {
      border: 2px solid CanvasText;
    }
    .choice-input {
      accent-color: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .no-print,
    .back-link {
      display: none !important;
    }
    a {
      color: #000;
    }
  }
`,
  reportStyles,
];
