import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Directory } from '../../machines/directory.schema.js';
import { shippedDirectory } from '../directory/shipped.js';
import type { DirectoryProblem } from '../directory/read-directory.js';
import { DirectoryController } from './directory-controller.js';

/** A host with the wizard's three directory properties, which records when it renders. */
class DirectoryHost extends LitElement {
  @property({ attribute: false }) directory?: unknown;
  @property({ attribute: 'directory-src' }) directorySrc?: string;
  @property() region?: string;
  changes: Directory[] = [];
  rendering = false;
  readonly directories = new DirectoryController(this, (d) => this.changes.push(d));
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.directories.pending) return done;
    await this.directories.pending;
    return super.getUpdateComplete();
  }
  override render() {
    this.rendering = true;
    const ids = this.directories.directory.authorities.map((a) => a.id).join(' ');
    this.rendering = false;
    return html`${ids}`;
  }
}
customElements.define('test-directory-host', DirectoryHost);

const torfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;

describe('DirectoryController', () => {
  it('uses the shipped directory when the host gives none, and tells nothing', async () => {
    const told: unknown[] = [];
    document.addEventListener('directory-problem', (e) => told.push(e), { once: true });
    const el = await fixture<DirectoryHost>(html`<test-directory-host></test-directory-host>`);
    expect(el.directories.directory).to.equal(shippedDirectory);
    expect(told).to.deep.equal([]);
  });

  it('limits the councils to a region', async () => {
    const el = await fixture<DirectoryHost>(html`<test-directory-host region="gwent"></test-directory-host>`);
    expect(el.directories.directory.authorities.map((a) => a.id)).to.have.members(['blaenau-gwent', 'caerphilly', 'monmouthshire', 'newport', 'torfaen']);
  });

  it('tells the page author of a problem after the update, never while rendering, and keeps the valid parts', async () => {
    const el = await fixture<DirectoryHost>(html`<test-directory-host></test-directory-host>`);
    const told: { problems: DirectoryProblem[]; whileRendering: boolean }[] = [];
    el.addEventListener('directory-problem', (e) => told.push({ problems: (e as CustomEvent<DirectoryProblem[]>).detail, whileRendering: el.rendering }));
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      el.directory = { ...shippedDirectory, authorities: [{ ...torfaen, name: { en: 'Torfaen (board copy)' } }, { id: 'newport', region: 'gwent' }] };
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(told).to.have.length(1);
    expect(told[0]!.whileRendering).to.equal(false);
    expect(told[0]!.problems[0]!.path).to.match(/^authorities\[1\]/);
    expect(errors.join('\n')).to.contain('directory problem at authorities[1]');
    expect(el.directories.directory.authorities.find((a) => a.id === 'torfaen')!.name.en).to.equal('Torfaen (board copy)');
    expect(el.changes, 'the statechart is told of the new directory').to.have.length(1);
  });

  it('reads directory-src, and the host can wait for it with updateComplete', async () => {
    const el = await fixture<DirectoryHost>(html`<test-directory-host directory-src="/test/fixtures/gwent-only-directory.txt"></test-directory-host>`);
    expect(el.directories.directory.authorities.find((a) => a.id === 'torfaen')!.name.en).to.equal('Torfaen (board copy)');
  });
});
