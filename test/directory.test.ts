/**
 * The service directory: every authority at every kind of hour, a board's own directory in each
 * of the three ways it can be given, and what a broken one tells the page author.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { contactNow } from '../machines/contact-now.js';
import { directorySchema, holidaysSchema } from '../machines/directory.schema.js';
import { readDirectory, type DirectoryProblem } from '../src/directory/read-directory.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { BROKEN_DIRECTORIES, olderFormat } from '../fixtures/broken-directories.js';
import { ENGLAND_DIRECTORY } from '../fixtures/england-directory.js';
import { byLabel, choose, expectHeading, next, press, root, selectOption, text, type, wizardAt, TIMES, type Wizard } from './helpers.js';
import { ROUTES } from '../fixtures/routes.js';

const options = { holidays: shippedHolidays, defaultOfficeHours: shippedDirectory.defaultOfficeHours?.hours };

describe('Every local authority in Wales', () => {
  it('ships a directory and bank holidays that pass their schemas as they are (the page trusts them without parsing again)', () => {
    const directory = directorySchema.safeParse(shippedDirectory);
    expect(directory.success, JSON.stringify(directory.error?.issues.slice(0, 3))).to.equal(true);
    expect(directory.data).to.deep.equal(shippedDirectory);
    const holidays = holidaysSchema.safeParse(shippedHolidays);
    expect(holidays.success, JSON.stringify(holidays.error?.issues.slice(0, 3))).to.equal(true);
    expect(holidays.data).to.deep.equal(shippedHolidays);
  });

  it('lists all 22, in the six regional boards', () => {
    expect(shippedDirectory.authorities).to.have.length(22);
    expect(shippedDirectory.regions.map((r) => r.id)).to.have.members([
      'cardiff-and-vale', 'cwm-taf-morgannwg', 'gwent', 'mid-and-west-wales', 'north-wales', 'west-glamorgan',
    ]);
    for (const a of shippedDirectory.authorities) expect(shippedDirectory.regions.some((r: { id: string }) => r.id === a.region), a.id).to.equal(true);
  });

  it('resolves every authority at a weekday noon, a weekday 20:00, a Saturday and a bank holiday; a checked out-of-hours team never falls back to "not known"', () => {
    for (const authority of shippedDirectory.authorities) {
      for (const at of [TIMES.weekdayNoon, TIMES.fridayEvening, TIMES.saturday, TIMES.easterMonday]) {
        const now = contactNow(authority, 'children', new Date(at), options);
        expect(['daytime', 'outOfHours', 'notKnown'], `${authority.id} ${at}`).to.include(now.which);
        if (at !== TIMES.weekdayNoon && authority.outOfHours?.phone) {
          expect(now.which, `${authority.id} at ${at} has an out-of-hours team`).to.equal('outOfHours');
        }
        if (authority.outOfHours?.sources.phone?.confidence === 'official-dated') expect(now.which, `${authority.id} ${at}`).to.not.equal('notKnown');
        if (at === TIMES.weekdayNoon && authority.children) expect(now.which, `${authority.id} at noon`).to.equal('daytime');
      }
    }
  });

  it('the five Gwent authorities carry seed 001\'s daytime numbers and the South East Wales Emergency Duty Team', () => {
    const gwent = shippedDirectory.authorities.filter((a) => a.region === 'gwent');
    expect(gwent.map((a) => a.id)).to.have.members(['blaenau-gwent', 'caerphilly', 'monmouthshire', 'newport', 'torfaen']);
    for (const a of gwent) {
      expect(a.children?.phone, a.id).to.be.a('string');
      expect(a.outOfHours?.phone, a.id).to.equal('0800 328 4432');
    }
  });
});

describe('The README\'s example directory', () => {
  it('is a complete, valid directory file, with no problems', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /A complete example file, for one council:\s*```json\n([\s\S]*?)```/.exec(readme);
    expect(block, 'the example in the README').to.exist;
    const { directory, problems } = readDirectory(JSON.parse(block![1]!), shippedDirectory);
    expect(problems).to.deep.equal([]);
    expect(directory.authorities.find((a) => a.id === 'torfaen')?.children?.phone).to.equal('01495 762200');
  });
});

describe('A broken directory (at least 25 kinds), each with a message that names the field and says what to do', () => {
  expect(BROKEN_DIRECTORIES.length).to.be.at.least(25);
  for (const broken of BROKEN_DIRECTORIES) {
    it(`${broken.name}: names ${broken.field}`, () => {
      const { directory, problems } = readDirectory(broken.directory, shippedDirectory);
      const problem = problems.find((p) => p.path === broken.field);
      expect(problem, `a problem at ${broken.field}; got ${JSON.stringify(problems)}`).to.exist;
      expect(problem!.message).to.contain(broken.says);
      // The person still sees every authority and 999.
      expect(directory.authorities.length).to.be.at.least(22);
      expect(directory.national.emergency.phone).to.equal('999');
    });
  }
});

/** Where a heading sits on route 2, so a step added to the route does not shift these tests. */
const at = (heading: string) => ROUTES[2]!.steps.findIndex((s) => s.heading === heading);
/** The shipped directory with Torfaen as the board's only authority, changed by `change`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function boardWithTorfaen(change: (a: any, d: any) => void): unknown {
  const d = JSON.parse(JSON.stringify(shippedDirectory));
  d.authorities = [d.authorities.find((a: { id: string }) => a.id === 'torfaen')];
  change(d.authorities[0], d);
  return d;
}
const shippedTorfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;
const torfaenIn = (d: { authorities: { id: string }[] }) => d.authorities.find((a) => a.id === 'torfaen') as typeof shippedTorfaen;

describe('A board\'s directory: a broken part costs only that part', () => {
  it('a broken contact inside a valid authority: the built-in contact of that kind is used, the board\'s other changes are kept', () => {
    const { directory, problems } = readDirectory(
      boardWithTorfaen((a) => {
        a.name = { en: 'Torfaen (board copy)' };
        a.children.callerAdvice = { en: 'Board advice' };
        a.outOfHours.phone = 'call the council';
      }),
      shippedDirectory,
    );
    const torfaen = torfaenIn(directory);
    expect(torfaen.name.en).to.equal('Torfaen (board copy)');
    expect(torfaen.children?.callerAdvice?.en).to.equal('Board advice');
    expect(torfaen.outOfHours).to.deep.equal(shippedTorfaen.outOfHours);
    expect(problems.map((p) => p.path)).to.include.members(['authorities[0].outOfHours.phone', 'authorities[0].outOfHours']);
    expect(problems.find((p) => p.path === 'authorities[0].outOfHours' && p.message.includes('built-in contact'))).to.exist;
  });

  it('a broken contact with no built-in one of its kind is left out, and the rest of the authority is used', () => {
    const { directory, problems } = readDirectory(
      boardWithTorfaen((a) => {
        a.name = { en: 'Torfaen (board copy)' };
        a.adults = { phone: '0800 CALL NOW', sources: {} };
      }),
      shippedDirectory,
    );
    expect(shippedTorfaen.adults).to.equal(undefined);
    expect(torfaenIn(directory).name.en).to.equal('Torfaen (board copy)');
    expect(torfaenIn(directory).adults).to.equal(undefined);
    expect(problems.find((p) => p.path === 'authorities[0].adults' && p.message.includes('left out'))).to.exist;
  });

  it('one broken contact in moreOutOfHours is left out; the others stay', () => {
    const team = (phone: string) => ({ phone, outsideOfficeHours: true, sources: { phone: shippedTorfaen.outOfHours!.sources.phone, hours: shippedTorfaen.outOfHours!.sources.phone } });
    const { directory, problems } = readDirectory(
      boardWithTorfaen((a) => (a.moreOutOfHours = [team('01632 960001'), team('not a number'), team('01632 960002')])),
      shippedDirectory,
    );
    expect(torfaenIn(directory).moreOutOfHours?.map((c) => c.phone)).to.deep.equal(['01632 960001', '01632 960002']);
    expect(problems.map((p) => p.path)).to.include('authorities[0].moreOutOfHours[1].phone');
  });

  it('a broken national contact: the built-in one is used, and the board\'s other national contacts are kept', () => {
    const { directory, problems } = readDirectory(
      boardWithTorfaen((_, d) => {
        d.national.emergency = { web: 'https://www.police.uk/', sources: {} };
        d.national.nspcc.name = { en: 'NSPCC (board copy)' };
      }),
      shippedDirectory,
    );
    expect(directory.national.emergency).to.deep.equal(shippedDirectory.national.emergency);
    expect(directory.national.nspcc?.name?.en).to.equal('NSPCC (board copy)');
    expect(problems.map((p) => p.path)).to.include('national.emergency.phone');
  });

  it('an unknown field at the top is named with the nearest known one, and everything else is used', () => {
    const { directory, problems } = readDirectory({ ...JSON.parse(JSON.stringify(shippedDirectory)), juristiction: 'wales' }, shippedDirectory);
    expect(problems).to.deep.equal([{ path: 'juristiction', message: '"juristiction" is not a field here. Did you mean "jurisdiction"?' }]);
    expect(directory.authorities).to.deep.equal(shippedDirectory.authorities);
  });

  it('a directory in the older format (status, checked) is read and used, with one message saying how to convert it', () => {
    const { directory, problems } = readDirectory(
      boardWithTorfaen((a) => {
        a.children = olderFormat();
        a.outOfHours = olderFormat({ name: { en: 'Out of hours (older format)' }, phone: '01632 960009', allHours: true, status: 'unchecked', sourceDate: null });
      }),
      shippedDirectory,
    );
    const torfaen = torfaenIn(directory);
    expect(torfaen.children?.phone).to.equal('01632 960000');
    // "checked" with a date the page shows: official-dated; "unchecked": unofficial, so it keeps its warning.
    expect(torfaen.children?.sources.phone).to.deep.equal({ url: 'https://www.example.gov.uk/child-protection', date: '2024-06-06', confidence: 'official-dated', compared: '2026-11-22', comparedWith: 'stored-copy' });
    expect(torfaen.outOfHours?.sources.phone?.confidence).to.equal('unofficial');
    // allHours on an out-of-hours team meant "whenever the office is closed".
    expect(torfaen.outOfHours?.outsideOfficeHours).to.equal(true);
    expect(torfaen.outOfHours?.allHours).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('(the whole directory)');
    expect(problems[0]!.message).to.contain('older contact format').and.contain('"sources"').and.contain('authorities[0].children, authorities[0].outOfHours');
  });
});

async function walkTo(el: Wizard, headings: number) {
  for (const step of ROUTES[2]!.steps.slice(0, headings)) {
    await step.act?.(el);
    await next(el);
  }
}

describe('A board\'s own directory in the wizard', () => {
  it('a broken directory given mid-way: the page author is told, the person keeps every answer, 999 and every valid council', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await walkTo(el, at('What happened?'));
    await expectHeading(el, 'What happened?');
    await type(el, 'Statement 1', 'Typed before the directory broke');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const event = oneEvent(el, 'directory-problem');
      el.directory = BROKEN_DIRECTORIES.find((b) => b.name === 'a phone number that is words')!.directory;
      const { detail } = (await event) as CustomEvent<DirectoryProblem[]>;
      expect(detail[0]!.path).to.equal('authorities[0].children.phone');
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain('authorities[0].children.phone');
    await el.updateComplete;
    expect((byLabel(el, 'Statement 1') as HTMLTextAreaElement).value).to.equal('Typed before the directory broke');
    expect(text(el)).to.contain('In an emergency, call 999');
    await walkTo(el, 0);
    for (const step of ROUTES[2]!.steps.slice(at('What happened?'), -2)) {
      await step.act?.(el);
      await next(el);
    }
    const select = byLabel(el, 'Council (local authority)') as HTMLSelectElement;
    expect(select.querySelectorAll('option[value]:not([value=""])')).to.have.length(22);
  });

  it('directory-src: a same-origin JSON file is read and its councils used', async () => {
    // A .txt name, because the test server turns every .json file into a JavaScript module.
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard directory-src="/test/fixtures/gwent-only-directory.txt" region="gwent"></safeguarding-report-wizard>`);
    // updateComplete waits for the file to be read, however long that takes.
    await el.updateComplete;
    await walkTo(el, ROUTES[2]!.steps.length - 2);
    await expectHeading(el, 'Where did this happen?');
    const select = byLabel(el, 'Council (local authority)') as HTMLSelectElement;
    const names = Array.from(select.querySelectorAll('option')).map((o) => o.textContent?.trim());
    expect(names).to.include('Torfaen (board copy)');
  });

  it('directory-src on another site is refused with a message saying it must be on the same site', async () => {
    const event = new Promise<DirectoryProblem[]>((resolve) =>
      document.addEventListener('directory-problem', (e) => resolve(e.detail), { once: true }),
    );
    const original = console.error;
    console.error = () => undefined;
    try {
      await fixture(html`<safeguarding-report-wizard directory-src="https://example.org/directory.json"></safeguarding-report-wizard>`);
      const problems = await event;
      expect(problems[0]!.path).to.equal('directory-src');
      expect(problems[0]!.message).to.contain('same site');
    } finally {
      console.error = original;
    }
  });

  it('directory-src that is missing says the file could not be loaded, and the wizard still works', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      // Listen before the element exists: the fixture waits for the file, so the problem is told before it returns.
      const told = new Promise<DirectoryProblem[]>((resolve) =>
        document.addEventListener('directory-problem', (e) => resolve(e.detail), { once: true }),
      );
      const el = await fixture<Wizard>(html`<safeguarding-report-wizard directory-src="/test/fixtures/no-such-file.json"></safeguarding-report-wizard>`);
      const detail = await told;
      expect(detail[0]!.message).to.match(/HTTP 404|could not be loaded/);
      await choose(el, 'No');
      await next(el);
      await expectHeading(el, 'Who are you?');
    } finally {
      console.error = original;
    }
  });

  it('a <script type="application/json"> inside the element gives the directory', async () => {
    const board = JSON.parse(JSON.stringify(shippedDirectory));
    board.authorities = [{ ...board.authorities.find((a: { id: string }) => a.id === 'newport'), name: { en: 'Newport (inline copy)' } }];
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard region="gwent"
      ><script type="application/json">${JSON.stringify(board)}</script></safeguarding-report-wizard
    >`);
    await walkTo(el, ROUTES[2]!.steps.length - 2);
    const select = byLabel(el, 'Council (local authority)') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).to.include('Newport (inline copy)');
  });

  it('region="gwent" limits the list to the five Gwent councils', async () => {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard region="gwent"></safeguarding-report-wizard>`);
    await walkTo(el, ROUTES[2]!.steps.length - 2);
    const select = byLabel(el, 'Council (local authority)') as HTMLSelectElement;
    expect(Array.from(select.options).filter((o) => o.value).map((o) => o.value)).to.have.members([
      'blaenau-gwent', 'caerphilly', 'monmouthshire', 'newport', 'torfaen',
    ]);

    // The town and postcode finder offers only Gwent's councils too: a Gwent town gets its "Use"
    // button; a town elsewhere is named, said not to be in the list, and gets none.
    const finder = root(el).querySelector('srw-authority-finder') as HTMLElement & { updateComplete: Promise<boolean> };
    const ask = async (place: string) => {
      const box = finder.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      box.value = place;
      (Array.from(finder.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Find') as HTMLButtonElement).click();
      await finder.updateComplete;
      return {
        said: finder.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim(),
        offered: Array.from(finder.shadowRoot!.querySelectorAll('button'), (b) => b.textContent!.replace(/\s+/g, ' ').trim()).filter((t) => t !== 'Find'),
      };
    };
    expect(await ask('Cwmbran')).to.deep.equal({ said: 'Cwmbrân is in Torfaen.', offered: ['Use Torfaen'] });
    const elsewhere = await ask('Aberystwyth');
    expect(elsewhere.said).to.contain('Ceredigion is not in the list here');
    expect(elsewhere.offered).to.deep.equal([]);
  });

  it('England: the same engine, with a front door, a Designated Safeguarding Lead and the LADO', async () => {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard .directory=${ENGLAND_DIRECTORY} .clock=${() => new Date(TIMES.weekdayNoon)}></safeguarding-report-wizard>`);
    const steps = ROUTES[2]!.steps;
    const dsp = at('Does your organisation have a Designated Safeguarding Person?');
    for (const step of steps.slice(0, dsp)) {
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Does your organisation have a Designated Safeguarding Lead?');
    await choose(el, 'No, or I do not know who it is');
    await next(el);
    for (const step of steps.slice(dsp + 1, -2)) {
      await step.act?.(el);
      await next(el);
    }
    await selectOption(el, 'Council (local authority)', 'Cheshire East (example)');
    await next(el);
    expect(text(el)).to.contain('Cheshire East Consultation Service (ChECS) (example)').and.contain('01632 960001');
    expect(text(el)).to.not.contain('Designated Safeguarding Person');
    expect(text(el)).to.not.contain('Emergency Duty Team');
  });

  it('tells the person when the contact has changed since they started (the office closed while they typed)', async () => {
    let now = '2026-11-20T16:20:00Z'; // Friday 16:20: Caerphilly's daytime service is open until 16:30
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard .clock=${() => new Date(now)}></safeguarding-report-wizard>`);
    for (const step of ROUTES[2]!.steps.slice(0, -2)) {
      await step.act?.(el);
      await next(el);
    }
    await selectOption(el, 'Council (local authority)', 'Caerphilly');
    await next(el);
    await expectHeading(el, 'Who to contact now');
    expect(text(el)).to.contain('The daytime service is open until 16:30');
    await next(el);
    now = '2026-11-20T16:40:00Z';
    await press(el, 'Confirm and see your report summary');
    expect(text(el)).to.contain('The contact has changed since you started');
    expect(text(el)).to.contain('daytime service closed at 16:30');
    expect(root(el).querySelector('.contact-phone')?.textContent).to.equal('0800 328 4432');
  });
});
