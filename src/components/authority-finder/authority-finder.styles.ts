import { css } from 'lit';
import { hostReset, themeTokens } from '../../styles/theme.js';

/** The finder's own styles, on the wizard's theme tokens (so a board's theme reaches it too). */
export const finderStyles = [
  themeTokens,
  hostReset,
  css`
  :host {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .finder {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  p {
    margin: 0 0 var(--_space);
  }
  .title {
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  .label {
    display: block;
    margin-bottom: calc(var(--_space) / 4);
  }
  .hint,
  .option-hint {
    color: var(--_secondary);
  }
  .hint {
    margin-bottom: calc(var(--_space) / 2);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: flex-start;
    margin-bottom: var(--_space);
  }
  .input {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    flex: 1 1 12em;
    max-width: 20em;
    min-height: 2.5em;
    padding: 0.3em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }
  .input:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .button {
    font: inherit;
    font-weight: 700;
    color: var(--_text);
    background: var(--_panel);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 #929191;
    padding: 0.3em 0.8em;
    min-height: 44px;
    min-width: 24px;
    cursor: pointer;
    text-align: center;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_text);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-bottom: var(--_space);
  }
  .options {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 4) calc(var(--_space) / 2);
  }
  .option-england {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .attribution {
    color: var(--_secondary);
    font-size: 0.8em;
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
    }
  }
  `,
];
