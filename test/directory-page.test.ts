/**
 * The directory page for a board's web team (demo/directory.html), as the team uses it, in a
 * frame: a broken directory and a good one are pasted into the box found by its label, the
 * problems are listed with their paths and what to do, the error summary links to each, axe finds
 * nothing, no request is made, and the wizard beside uses the directory that was pasted.
 */
import { expect } from '@open-wc/testing';
import type { Directory } from '../machines/directory.schema.js';
import { shippedDirectory } from '../src/directory/shipped.js';
import { ROUTES } from '../fixtures/routes.js';
import { next, selectOption, text, type Wizard } from '../fixtures/drive.js';

type FrameWindow = Window & typeof globalThis & { axe?: { run: (context: Node) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } };

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The page, driven by the words a person sees. */
/** Resolves once `ready()` holds, looking again after each change to the page. */
function whenPage(doc: Document, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(look);
    observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
    look();
  });
}

function page(frame: HTMLIFrameElement) {
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const byLabel = <T extends HTMLElement>(words: string): T => {
    const label = Array.from(doc.querySelectorAll('label')).find((l) => norm(l.textContent) === words);
    if (!label) throw new Error(`No label "${words}"`);
    return doc.getElementById(label.htmlFor) as T;
  };
  const press = (words: string) => {
    const button = Array.from(doc.querySelectorAll('button')).find((b) => norm(b.textContent) === words);
    if (!button) throw new Error(`No button "${words}"`);
    button.click();
  };
  return {
    win,
    doc,
    byLabel,
    async paste(json: string) {
      const box = byLabel<HTMLTextAreaElement>('Directory file (JSON)');
      box.focus();
      box.value = json;
      box.dispatchEvent(new win.Event('input', { bubbles: true }));
      press('Check the directory');
      await this.wizard().updateComplete;
    },
    wizard: () => doc.querySelector('safeguarding-report-wizard') as Wizard,
    /** Each listed problem: its path (as written on the page) and what to do. */
    problems: () =>
      Array.from(doc.querySelectorAll('.problem')).map((li) => ({
        id: li.id,
        path: norm(li.querySelector('.problem-path code')?.textContent ?? li.querySelector('.problem-path')?.textContent),
        message: norm(li.querySelector('.problem-message')?.textContent),
      })),
    summaryLinks: () => Array.from(doc.querySelectorAll<HTMLAnchorElement>('#error-summary a')),
    async axe() {
      if (!win.axe) {
        const script = doc.createElement('script');
        const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
        script.src = '/node_modules/axe-core/axe.min.js';
        doc.head.append(script);
        await ready;
      }
      const { violations } = await win.axe!.run(doc);
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`).join('\n'), 'axe').to.equal('');
    },
  };
}

/** Counts every way the page could send something out: fetch, XMLHttpRequest and beacons. */
function watchRequests(win: FrameWindow): string[] {
  const sent: string[] = [];
  const fetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(`fetch ${String(input)}`);
    return fetch(input, init);
  };
  const open = win.XMLHttpRequest.prototype.open;
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    sent.push(`xhr ${String(url)}`);
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as XMLHttpRequest['open'];
  const beacon = win.navigator.sendBeacon?.bind(win.navigator);
  win.navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    sent.push(`beacon ${String(url)}`);
    return beacon ? beacon(url, data) : false;
  };
  return sent;
}

const copy = (): Directory & Record<string, unknown> => JSON.parse(JSON.stringify(shippedDirectory)) as Directory & Record<string, unknown>;
const torfaen = shippedDirectory.authorities.findIndex((a) => a.id === 'torfaen');

/** A directory with a misspelt field, a region name that is a number, and a field the schema does not have at the top. */
function brokenDirectory(): string {
  const d = copy();
  (d.authorities[torfaen]!.children as unknown as Record<string, unknown>).phnoe = 'a misspelt field';
  (d.regions[0] as unknown as Record<string, unknown>).name = 42;
  d.jurisdction = 'wales';
  return JSON.stringify(d, null, 2);
}

const TEAM = 'Torfaen test duty team, from the pasted file';

/** A good directory: the shipped one, with Torfaen's children's team renamed, so the wizard beside can be seen to use it. */
function goodDirectory(): string {
  const d = copy();
  d.authorities[torfaen]!.children!.name = { en: TEAM, cy: 'Tîm dyletswydd prawf Torfaen' };
  return JSON.stringify(d, null, 2);
}

describe('The directory page for a board\'s web team', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('lists every problem of a broken directory with its path and what to do, the summary links to each, and a good one is used by the wizard beside', async () => {
    frame = await loadFrame('/demo/directory.html');
    const p = page(frame);
    await p.win.customElements.whenDefined('safeguarding-report-wizard');
    const sent = watchRequests(p.win);
    p.wizard().clock = () => new Date('2026-11-18T12:00:00Z');
    await p.axe();

    // Not JSON at all: one problem, for the whole file, and the wizard keeps the built-in directory.
    await p.paste('{ "jurisdiction": "wales", ');
    expect(p.problems()).to.have.length(1);
    expect(p.problems()[0]!.message).to.contain('This is not valid JSON');
    expect(p.wizard().directory).to.equal(undefined);

    // Broken: each problem with its path, and what to do.
    await p.paste(brokenDirectory());
    const problems = p.problems();
    const at = (path: string) => problems.find((x) => x.path === path);
    expect(at(`authorities[${torfaen}].children.phnoe`)?.message, 'a misspelt field').to.contain('Did you mean "phone"?');
    expect(at('regions[0].name')?.message, 'a wrong type').to.contain('should be an object, not a number');
    expect(at('jurisdction')?.message, 'an unknown field at the top').to.contain('Did you mean "jurisdiction"?');
    // The same problems the element itself reports, not a second reading of the schema.
    const { readDirectory } = await import('../src/directory/read-directory.js');
    expect(problems.map((x) => x.path)).to.deep.equal(readDirectory(JSON.parse(brokenDirectory()), shippedDirectory).problems.map((x) => x.path));

    // The error summary takes focus, counts the problems, and links to each; a link moves focus to it.
    const summary = p.doc.getElementById('error-summary')!;
    expect(summary.hidden).to.equal(false);
    expect(p.doc.activeElement).to.equal(summary);
    expect(norm(summary.querySelector('h2')?.textContent)).to.equal(`There are ${problems.length} problems with this directory`);
    const links = p.summaryLinks();
    expect(links.map((a) => norm(a.textContent))).to.deep.equal(problems.map((x) => x.path));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(problems.map((x) => `#${x.id}`));
    links[1]!.click();
    expect(p.doc.activeElement?.id).to.equal(problems[1]!.id);
    await p.axe();

    // Good: no problems, and the wizard beside is walked to the contact step with it.
    await p.paste(goodDirectory());
    expect(p.problems()).to.deep.equal([]);
    expect(summary.hidden).to.equal(true);
    expect(norm(p.doc.getElementById('results')?.textContent)).to.contain('No problems found.').and.contain('The wizard beside uses your directory.');
    await p.axe();

    const el = p.wizard();
    for (const step of ROUTES.find((r) => r.name.startsWith('consent refused'))!.steps.slice(0, -2)) {
      await step.act?.(el);
      await next(el);
    }
    await selectOption(el, 'Council (local authority)', 'Torfaen');
    await next(el);
    expect(text(el)).to.contain('Who to contact now').and.contain(TEAM);

    expect(sent, 'nothing leaves the browser').to.deep.equal([]);
  });

  it('opens a directory file from the computer, by its label, and checks it', async () => {
    frame = await loadFrame('/demo/directory.html');
    const p = page(frame);
    await p.win.customElements.whenDefined('safeguarding-report-wizard');
    const input = p.byLabel<HTMLInputElement>('Or open a directory file');
    const files = new p.win.DataTransfer();
    files.items.add(new p.win.File([brokenDirectory()], 'directory.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new p.win.Event('change', { bubbles: true }));
    // The file is read in the browser: wait for the list to change, not for frames (a test page in
    // the background gets none) and not for a time.
    await whenPage(p.doc, () => p.problems().length > 0);
    expect(p.problems().map((x) => x.path)).to.include(`authorities[${torfaen}].children.phnoe`);
    expect(p.byLabel<HTMLTextAreaElement>('Directory file (JSON)').value, 'the file is shown in the box').to.equal(brokenDirectory());
  });
});
