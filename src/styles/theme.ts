import { css } from 'lit';

/**
 * The theme's custom properties and their defaults (WCAG AA on white), shared by the wizard and
 * the town and postcode finder inside it, so a board's theme reaches both the same way.
 */
export const themeTokens = css`
  :host {
    --_text: var(--srw-color-text, #0b0c0c);
    --_secondary: var(--srw-color-secondary-text, #484949);
    --_link: var(--srw-color-link, #1d70b8);
    --_focus: var(--srw-color-focus, #ffdd00);
    --_focus-text: var(--srw-color-focus-text, #0b0c0c);
    --_button: var(--srw-color-button, #00703c);
    --_button-text: var(--srw-color-button-text, #ffffff);
    --_emergency: var(--srw-color-emergency, #c0281a);
    --_error: var(--srw-color-error, #c0281a);
    --_border: var(--srw-color-border, #505a5f);
    --_panel: var(--srw-color-panel, #f3f2f1);
    --_background: var(--srw-color-background, #ffffff);
    --_space: var(--srw-space, 1rem);
    --_radius: var(--srw-radius, 0);
  }
`;
