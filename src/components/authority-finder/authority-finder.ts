/**
 * <srw-authority-finder>: "which council covers this?" for someone who does not know. They type a
 * town, village or postcode and choose Find (or press Enter, which never submits a surrounding
 * form); the answer is announced in a polite status region, with a "Use <council>" button for each
 * Welsh council it could be. Choosing one fires `authority-chosen` (bubbles, composed) with
 * `detail: { id }`. The data loads on the first Find, from its own file, and everything stays on
 * the device. The OS / OGL attribution is always shown under it, as the data's licence requires.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { fill, type Translate, type Values } from '../../i18n/translate.js';
import { lookupMessages } from '../../i18n/lookup-messages.js';
import { ATTRIBUTION, LICENCE_URL } from '../../lookup/attribution.js';
import { findAuthority, normalise, type ChoiceOption, type LookupData, type LookupResult } from '../../lookup/find-authority.js';
import { loadLookupData } from '../../lookup/load-lookup-data.js';
import { finderStyles } from './authority-finder.styles.js';

export type FinderLang = 'en' | 'cy';

/** The authorities the wizard offers: a found council not among them gets no "Use" button. */
export interface FinderAuthority {
  id: string;
  name: { en: string; cy?: string };
}

export interface AuthorityChosenDetail {
  id: string;
}

type Phase = 'idle' | 'loading' | 'failed' | 'done';

export class AuthorityFinder extends LitElement {
  static override styles = finderStyles;

  /** Translates a message key (the wizard's translator; by default, the finder's own catalogue). */
  @property({ attribute: false }) t?: Translate;

  /** The language shown. */
  @property({ reflect: true }) override lang: FinderLang = 'en';

  /** The councils that can be chosen, with their names; empty means every Welsh council. */
  @property({ attribute: false }) authorities: readonly FinderAuthority[] = [];

  /** Offer "Use <council> (England)" for a place in England, chosen as `england:<council>`. */
  @property({ type: Boolean }) england = false;

  @state() private phase: Phase = 'idle';
  @state() private result?: LookupResult;
  @state() private chosen?: string;

  @query('#finder-query') private input!: HTMLInputElement;

  private data?: LookupData;

  private get language(): FinderLang {
    return String(this.lang).toLowerCase().startsWith('cy') ? 'cy' : 'en';
  }

  /** The wizard's translator first; a key it does not have yet (it echoes the key) comes from lookupMessages. */
  private tr(key: string, values?: Values): string {
    const given = this.t?.(key, values);
    if (given !== undefined && given !== key) return given;
    const catalogue: Record<string, string> = lookupMessages[this.language];
    return fill(catalogue[key] ?? (lookupMessages.en as Record<string, string>)[key] ?? key, values);
  }

  /** A council's name in the language shown: from `authorities`, else from the lookup data. */
  private councilName(id: string): string {
    if (id.startsWith('england:')) return id.slice('england:'.length);
    const listed = this.authorities.find((a) => a.id === id);
    if (listed) return (this.language === 'cy' ? listed.name.cy : undefined) ?? listed.name.en;
    const council = this.data?.councils.find((c) => c.country === 'wales' && c.id === id);
    return council?.country === 'wales' ? council[this.language] : id;
  }

  private isListed(id: string): boolean {
    return this.authorities.length === 0 || this.authorities.some((a) => a.id === id);
  }

  /** A search under way: `updateComplete` waits for it, so a page (or a test) can await the answer. */
  private finding?: Promise<void>;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.finding) return done;
    await this.finding;
    return super.getUpdateComplete();
  }

  /** Looks up what is in the box (loading the data the first time). */
  find(): Promise<void> {
    const finding = (this.finding = this.search().finally(() => {
      if (this.finding === finding) this.finding = undefined;
    }));
    return finding;
  }

  private async search(): Promise<void> {
    const text = this.input?.value ?? '';
    this.chosen = undefined;
    if (!normalise(text)) {
      this.result = { kind: 'empty' };
      this.phase = 'done';
      return;
    }
    if (!this.data) {
      this.phase = 'loading';
      try {
        this.data = await loadLookupData();
      } catch (error) {
        console.error('srw-authority-finder: the lookup data did not load.', error);
        this.phase = 'failed';
        return;
      }
    }
    this.result = findAuthority(text, this.data);
    this.phase = 'done';
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key !== 'Enter' || e.isComposing) return;
    // Enter finds; it must not submit the wizard's form.
    e.preventDefault();
    void this.find();
  }

  private choose(id: string) {
    this.chosen = id;
    this.dispatchEvent(new CustomEvent<AuthorityChosenDetail>('authority-chosen', { detail: { id }, bubbles: true, composed: true }));
  }

  /** The sentence the status region says. */
  private message(r: LookupResult): string {
    switch (r.kind) {
      case 'empty':
        return this.tr('lookup.empty');
      case 'none':
        if (r.reason === 'postcode') return this.tr('lookup.none.postcode');
        if (r.reason === 'too-many') return this.tr('lookup.none.tooMany', { query: this.input?.value.trim() ?? '' });
        return this.tr('lookup.none');
      case 'england':
        return r.runBy
          ? this.tr('lookup.england.runBy', { area: r.council, council: r.runBy })
          : this.tr('lookup.england', { council: r.council });
      case 'authority': {
        const council = this.councilName(r.id);
        const found =
          r.via === 'place'
            ? this.tr('lookup.found.place', { place: r.match, council })
            : r.via === 'council'
              ? this.tr('lookup.found.council', { council })
              : this.tr('lookup.found.postcode', { postcode: r.match, council });
        return this.isListed(r.id) ? found : `${found} ${this.tr('lookup.notListed', { council })}`;
      }
      case 'choice':
        if (r.via === 'place') return r.partial ? this.tr('lookup.choice.partial', { query: r.match }) : this.tr('lookup.choice.place', { place: r.match });
        if (r.options.every((o) => o.englishCouncil)) return this.tr('lookup.choice.england', { postcode: r.match });
        return this.tr(r.via === 'district' ? 'lookup.choice.district' : 'lookup.choice.postcode', { postcode: r.match });
    }
  }

  /** What one option is: the place that matched, or the council's share of the postcodes. */
  private explanation(o: ChoiceOption, match: string): string {
    if (o.placeName) return this.tr('lookup.option.place', { place: o.placeName, type: this.tr(`lookup.type.${o.placeType ?? 'settlement'}`) });
    if (o.share === undefined) return '';
    if (o.share >= 0.995) return this.tr('lookup.option.shareMost', { postcode: match });
    if (o.share < 0.005) return this.tr('lookup.option.shareFew', { postcode: match });
    return this.tr('lookup.option.share', { percent: Math.round(o.share * 100), postcode: match });
  }

  private status(): string {
    if (this.phase === 'loading') return this.tr('lookup.loading');
    if (this.phase === 'failed') return this.tr('lookup.loadFailed');
    if (this.phase === 'done' && this.result) {
      const said = this.message(this.result);
      return this.chosen ? `${said} ${this.tr('lookup.chosen', { council: this.councilName(this.chosen) })}` : said;
    }
    return '';
  }

  private useButton(id: string, describedBy?: string, pressed?: boolean): TemplateResult {
    return html`<button
      type="button"
      class="button"
      aria-describedby=${describedBy ?? nothing}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      @click=${() => this.choose(id)}
    >
      ${this.tr('lookup.use', { council: this.councilName(id) })}
    </button>`;
  }

  /**
   * "Use Gloucestershire (England)": a concern that arose in England goes to that council's
   * children's services (WSP c2-p6), and the wizard goes on without a Welsh council. Offered only
   * where the host lets the person choose a council in England (the wizard does).
   */
  private useEnglandButton(council: string): TemplateResult | typeof nothing {
    if (!this.england) return nothing;
    const id = `england:${council}`;
    return html`<button type="button" class="button" aria-pressed=${this.chosen === id ? 'true' : nothing} @click=${() => this.choose(id)}>
      ${this.tr('lookup.useEngland', { council })}
    </button>`;
  }

  private answer(): TemplateResult | typeof nothing {
    const r = this.result;
    if (this.phase !== 'done' || !r) return nothing;
    if (r.kind === 'authority') return this.isListed(r.id) ? html`<p>${this.useButton(r.id)}</p>` : nothing;
    if (r.kind === 'england') return this.england ? html`<p>${this.useEnglandButton(r.runBy ?? r.council)}</p>` : nothing;
    if (r.kind !== 'choice') return nothing;
    return html`<ul class="options">
      ${r.options.map((o, i) => {
        const hint = this.explanation(o, r.match);
        const hintId = `finder-option-${i}`;
        if (o.englishCouncil) {
          const england = o.runBy
            ? this.tr('lookup.option.england.runBy', { area: o.englishCouncil, council: o.runBy })
            : this.tr('lookup.option.england', { council: o.englishCouncil });
          return html`<li class="option option-england">
            ${england}${hint ? html` <span class="option-hint">(${hint})</span>` : nothing} ${this.useEnglandButton(o.runBy ?? o.englishCouncil)}
          </li>`;
        }
        if (!o.id) return nothing;
        if (!this.isListed(o.id)) {
          const name = this.councilName(o.id);
          return html`<li class="option">${hint ? `${hint}: ` : ''}${this.tr('lookup.notListed', { council: name })}</li>`;
        }
        return html`<li class="option">
          ${this.useButton(o.id, hint ? hintId : undefined, this.chosen === o.id)}
          ${hint ? html`<span class="option-hint" id=${hintId}>${hint}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private attribution(): TemplateResult {
    const [before, after] = this.tr('lookup.attribution.licence').split('{licence}');
    const link = html`<a href=${LICENCE_URL}>${this.tr('lookup.attribution.licenceName')}</a>`;
    return html`<p class="attribution" part="attribution">
      ${ATTRIBUTION.map((line) => html`<span lang="en">${line}</span><br />${' '}`)}
      ${after === undefined ? html`${before} ${link}` : html`${before}${link}${after}`}
    </p>`;
  }

  override render() {
    return html`<div class="finder" lang=${this.language}>
      <p class="title">${this.tr('lookup.title')}</p>
      <label class="label" for="finder-query">${this.tr('lookup.label')}</label>
      <div class="hint" id="finder-hint">${this.tr('lookup.hint')}</div>
      <div class="search">
        <input
          class="input"
          id="finder-query"
          type="text"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="finder-hint"
          @keydown=${this.onKeydown}
        />
        <button type="button" class="button" @click=${() => void this.find()}>${this.tr('lookup.find')}</button>
      </div>
      <div class="status" role="status" aria-live="polite" aria-atomic="true">${this.status()}</div>
      ${this.answer()} ${this.attribution()}
    </div>`;
  }
}

if (!customElements.get('srw-authority-finder')) {
  customElements.define('srw-authority-finder', AuthorityFinder);
}

declare global {
  interface HTMLElementTagNameMap {
    'srw-authority-finder': AuthorityFinder;
  }
  interface HTMLElementEventMap {
    'authority-chosen': CustomEvent<AuthorityChosenDetail>;
  }
}
