/**
 * The language shown: the one chosen in the wizard, else the element's or the page's `lang`
 * (followed live, so a page that switches language switches the wizard too).
 *
 * Only English ships in the entry module; another language is loaded when it is wanted (issue 14).
 * While it loads, the language shown stays the one before, so a person who switches keeps the
 * form they are typing in until the new words arrive; the host is told just before another
 * language is shown (`beforeChange`, in the update that shows it), so it can keep what was typed,
 * in the meantime too. A page that starts in
 * Welsh shows nothing of its own until Welsh arrives (`ready` is false): the host shows its
 * fallback content instead, never a page in the wrong language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasCatalogue, loadCatalogue } from '../i18n/catalogues.js';
import type { Lang } from '../i18n/translate.js';

export interface LanguageOptions {
  /** Called in the update that shows another language, before it renders (the form on screen is still the one before). */
  beforeChange?: () => void;
  /** Whether a language's words are loaded (tests give their own). */
  has?: (lang: Lang) => boolean;
  /** Loads a language's words (tests give their own). */
  load?: (lang: Lang) => Promise<unknown>;
}

export class LanguageController implements ReactiveController {
  private chosen?: Lang;
  /** The language last shown, kept while another loads. */
  private shown?: Lang;
  /** Languages that could not be loaded this time: English is shown instead. */
  private failed = new Set<Lang>();
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());
  private readonly has: (lang: Lang) => boolean;
  private readonly load: (lang: Lang) => Promise<unknown>;
  /** A language being loaded; settles once it is shown (or has failed). */
  pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LanguageOptions = {},
  ) {
    this.has = options.has ?? hasCatalogue;
    this.load = options.load ?? loadCatalogue;
    host.addController(this);
  }

  /** The language asked for: the person's choice, else the nearest `lang`. */
  get wanted(): Lang {
    if (this.chosen) return this.chosen;
    const lang = (this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').toLowerCase();
    return lang.startsWith('cy') ? 'cy' : 'en';
  }

  /** The language shown now: the one wanted once its words are loaded, else the one before. */
  get lang(): Lang {
    const wanted = this.wanted;
    if (this.has(wanted)) return wanted;
    return this.shown ?? 'en';
  }

  /** False only before the first language can be shown (a page that starts in Welsh, while Welsh loads). */
  get ready(): boolean {
    const wanted = this.wanted;
    return this.shown !== undefined || this.has(wanted) || this.failed.has(wanted);
  }

  /** Welsh to English or English to Welsh, by the person's choice. */
  switch(): void {
    this.chosen = this.lang === 'cy' ? 'en' : 'cy';
    // A language that failed to load before is tried again.
    this.failed.delete(this.chosen);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Before each render: start loading the language wanted if its words are not here yet. */
  hostUpdate(): void {
    const wanted = this.wanted;
    if (this.has(wanted)) {
      // The form on screen is still in the language before: the host keeps what it holds first.
      if (this.shown !== undefined && this.shown !== wanted) this.options.beforeChange?.();
      this.shown = wanted;
      return;
    }
    if (this.pending || this.failed.has(wanted)) return;
    const loading = (this.pending = this.load(wanted)
      .then(
        () => {
          this.failed.delete(wanted);
        },
        (error: unknown) => {
          console.error(`safeguarding-report-wizard: the ${wanted === 'cy' ? 'Welsh' : wanted} words could not be loaded, so English is shown.`, error);
          this.failed.add(wanted);
        },
      )
      .finally(() => {
        if (this.pending === loading) this.pending = undefined;
        this.host.requestUpdate();
      }));
  }
}
