/**
 * The language shown: the one chosen in the wizard, else the element's or the page's `lang`
 * (followed live, so a page that switches language switches the wizard too).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../i18n/translate.js';

export class LanguageController implements ReactiveController {
  private chosen?: Lang;
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get lang(): Lang {
    if (this.chosen) return this.chosen;
    const lang = (this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').toLowerCase();
    return lang.startsWith('cy') ? 'cy' : 'en';
  }

  /** Welsh to English or English to Welsh, by the person's choice. */
  switch(): void {
    this.chosen = this.lang === 'cy' ? 'en' : 'cy';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
