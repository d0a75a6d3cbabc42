import { css } from 'lit';

/**
 * The summary, "what to say on the phone" and the written report (issue 12): the number to call
 * large, the read-out set apart, the long lower sections drawn only when scrolled to, and the
 * written report laid out for A4 when printed.
 */
export const reportStyles = css`
  .call-now {
    background: var(--_panel);
    border-inline-start: 5px solid var(--_button);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-bottom: var(--_space);
  }
  .call-now-number {
    margin: 0;
    font-weight: 700;
  }
  .call-now-phone {
    display: inline-block;
    font-size: 1.5em;
    line-height: 1.3;
    min-height: 44px;
    padding: 0.1em 0;
    white-space: nowrap;
  }
  .read-out {
    border: 3px solid var(--_text);
    padding: 0 var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .read-out-title {
    font-size: 1.05em;
    margin: var(--_space) 0 calc(var(--_space) / 4);
  }
  .read-out-prompt {
    font-style: italic;
  }
  .read-out-list {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .read-out-row {
    margin-bottom: calc(var(--_space) / 2);
  }
  .read-out-row dt {
    font-weight: 700;
  }
  .read-out-row dd {
    margin: 0;
  }
  .read-out-row-inline dt,
  .read-out-row-inline dd {
    display: inline;
  }
  /* The top set of buttons is smaller, so what to say on the phone starts on the screen after the number. */
  .actions-compact .button {
    font-size: 0.875em;
    padding: 0.3em 0.6em;
    margin: 0 calc(var(--_space) / 2) calc(var(--_space) / 2) 0;
  }
  .keep-safe-short {
    font-size: 0.875em;
  }
  /* The contact step's "What to say on the phone": a disclosure, as GOV.UK's details component. */
  .details.read-out {
    border: 0;
    padding: 0;
  }
  .details-summary {
    display: inline-block;
    position: relative;
    padding-inline-start: 1.5em;
    min-height: 24px;
    color: var(--_link);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    list-style: none;
  }
  .details-summary::-webkit-details-marker {
    display: none;
  }
  .details-summary::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.35em;
    border-style: solid;
    border-color: transparent;
    border-width: 0.45em 0 0.45em 0.75em;
    border-inline-start-color: currentColor;
  }
  details[open] > .details-summary::before {
    border-width: 0.75em 0.45em 0 0.45em;
    border-color: transparent;
    border-top-color: currentColor;
  }
  .details-summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .details-text {
    border-inline-start: 5px solid var(--_border);
    padding: 0 var(--_space);
    margin-top: calc(var(--_space) / 2);
  }
  .keep-safe {
    border: 2px solid var(--_text);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .own-form {
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 4);
  }
  .to-fill {
    color: var(--_secondary);
    font-style: italic;
  }
  .referral .summary-value p {
    margin: 0 0 calc(var(--_space) / 4);
  }
  .written-referral {
    margin-bottom: var(--_space);
  }
  @media print {
    .referral-section h3,
    .read-out-title {
      break-after: avoid;
    }
    .summary-row,
    .read-out-row {
      break-inside: avoid;
    }
    .call-now-phone {
      font-size: 1.25em;
    }
  }
  @media (forced-colors: active) {
    .call-now,
    .read-out,
    .keep-safe {
      border: 2px solid CanvasText;
    }
  }
`;
