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

/**
 * What every element of the package resets on its host, so the host page's CSS cannot break the
 * layout: block display, border-box sizing, the theme's text colour and size, and long words wrapped.
 * The font is inherited unless --srw-font-family says otherwise.
 */
export const hostReset = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--srw-font-family, inherit);
    font-size: var(--srw-font-size, 1.1875rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
