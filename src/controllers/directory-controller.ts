/**
 * The directory in use: the shipped one, with a board's own merged over it (from the `directory`
 * property, a `<script type="application/json">` child or `directory-src`), limited to `region`.
 * Problems are told to the page author after the update that found them (a console message and
 * a `directory-problem` event), never while rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Directory } from '../../machines/directory.schema.js';
import { fetchDirectory, limitToRegion, parseInlineDirectory } from '../directory/directory-input.js';
import type { DirectoryProblem, readDirectory } from '../directory/read-directory.js';
import { shippedDirectory } from '../directory/shipped.js';

type Read = typeof readDirectory;
/**
 * The reader of a board's own directory (with its schema, and zod) is loaded only when a board
 * gives one (issue 14); `null` once it could not be loaded.
 */
let reader: Read | null | undefined;
let loadingReader: Promise<void> | undefined;
function loadReader(): Promise<void> {
  return (loadingReader ??= import('../directory/read-directory.js').then(
    (m) => void (reader = m.readDirectory),
    (error: unknown) => {
      reader = null;
      console.error('safeguarding-report-wizard: the directory reader could not be loaded, so the built-in directory is used.', error);
    },
  ));
}

export interface DirectoryHost extends ReactiveControllerHost, HTMLElement {
  /** A board's directory, given as a property. */
  directory?: unknown;
  /** The address of a board's directory on the same site. */
  directorySrc?: string;
  region?: string;
}

export class DirectoryController implements ReactiveController {
  /** A directory read from `directory-src` or an inline script. */
  private loaded?: unknown;
  private src?: string;
  private resolved?: { input: unknown; region?: string; directory: Directory };
  private untold: DirectoryProblem[] = [];
  /** A file being read from `directory-src`. */
  private fetching?: Promise<void>;
  /** The reader of a board's directory, while it loads. */
  private reading?: Promise<void>;

  /** A board's directory being fetched or read: the directory in use changes when it settles. */
  get pending(): Promise<void> | undefined {
    return this.fetching ?? this.reading;
  }

  constructor(
    private readonly host: DirectoryHost,
    /** Called when the directory in use changes, so the statechart can be told. */
    private readonly onChange: (directory: Directory) => void,
  ) {
    host.addController(this);
  }

  /** The directory in use, worked out again only when its inputs change. */
  get directory(): Directory {
    const given = this.host.directory ?? this.loaded;
    const region = this.host.region;
    // A board's directory waits for its reader; the shipped one is used until it is here.
    const waiting = given !== undefined && given !== null && reader === undefined;
    if (waiting) this.loadReader();
    const input = waiting ? undefined : given;
    if (!this.resolved || this.resolved.input !== input || this.resolved.region !== region) {
      const read = input === undefined || input === null || !reader ? { directory: shippedDirectory, problems: [] } : reader(input, shippedDirectory);
      const limited = limitToRegion(read.directory, region);
      this.resolved = { input, region, directory: limited.directory };
      if (!waiting) this.untold.push(...read.problems, ...limited.problems);
    }
    return this.resolved.directory;
  }

  hostConnected(): void {
    const inline = this.host.querySelector('script[type="application/json"]');
    if (inline && this.loaded === undefined) {
      const { json, problem } = parseInlineDirectory(inline.textContent ?? '');
      if (problem) this.untold.push(problem);
      else this.loaded = json;
    }
  }

  hostUpdate(): void {
    const src = this.host.directorySrc;
    if (src !== this.src) {
      this.src = src;
      if (src) this.load(src);
    }
    const before = this.resolved?.directory;
    const now = this.directory;
    if (before && before !== now) this.onChange(now);
  }

  hostUpdated(): void {
    if (!this.untold.length) return;
    const problems = this.untold;
    this.untold = [];
    for (const p of problems) console.error(`safeguarding-report-wizard: directory problem at ${p.path}: ${p.message}`);
    this.host.dispatchEvent(new CustomEvent('directory-problem', { detail: problems, bubbles: true, composed: true }));
  }

  private loadReader(): void {
    if (this.reading) return;
    const loading = (this.reading = loadReader().finally(() => {
      if (this.reading === loading) this.reading = undefined;
      this.host.requestUpdate();
    }));
  }

  private load(src: string): void {
    const loading = (this.fetching = fetchDirectory(src, document.baseURI)
      .then(({ json, problem }) => {
        if (src !== this.src) return;
        if (problem) this.untold.push(problem);
        else this.loaded = json;
        this.host.requestUpdate();
      })
      .finally(() => {
        if (this.fetching === loading) this.fetching = undefined;
      }));
  }
}
