/**
 * The contact step and the summary on screen, for the councils whose data needs it (issue 11):
 * what the person sees when they are about to call. The chain's rules are tested as pure calls in
 * contact-plan.test.ts; here, what reaches the screen.
 */
import { expect } from '@open-wc/testing';
import { choose, confirmAndGetReport, expectHeading, next, root, selectOption, setWalkLanguage, wizardAt, type Wizard } from './helpers.js';
import { REPORTER, ROUTES } from '../fixtures/routes.js';
import { shippedDirectory } from '../src/directory/shipped.js';

const WEDNESDAY_NOON = '2026-11-18T12:00:00Z';

/** The first route, with `council` chosen, to "Who to contact now". */
async function toContactStep(council: string, at = WEDNESDAY_NOON, lang: 'en' | 'cy' = 'en'): Promise<Wizard> {
  setWalkLanguage(lang);
  const el = await wizardAt(at, lang);
  for (const step of ROUTES[0]!.steps) {
    await expectHeading(el, step.heading);
    if (step.heading === 'Who to contact now') return el;
    if (step.heading === 'Where did this happen?') await selectOption(el, 'Council (local authority)', council);
    else await step.act?.(el);
    await next(el);
  }
  throw new Error('The route has no contact step');
}

/** From the contact step to the report summary. */
async function toSummary(el: Wizard): Promise<void> {
  await next(el);
  await expectHeading(el, 'Check your answers');
  await confirmAndGetReport(el);
}

const words = (n: ParentNode | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const callNowBlock = (el: Wizard) => root(el).querySelector('.call-now');

describe('A number from an unofficial copy, at the moment of calling', () => {
  afterEach(() => setWalkLanguage('en'));

  it('Cardiff in office hours: the number at the top carries the unofficial-source warning, in words, on the contact step and the summary', async () => {
    const el = await toContactStep('Cardiff');
    for (const where of ['contact step', 'summary']) {
      const block = callNowBlock(el);
      expect(words(block), where).to.contain('029 2053 6490');
      expect(words(block?.querySelector('.warning-text')), where).to.match(/^Unofficial source: Whitchurch High School's child protection policy.* is not the council's own published page\./);
      // Never a catalogue key in place of words.
      expect(words(root(el)), where).to.not.match(/\bcontactNow\.\w+/);
      if (where === 'contact step') await toSummary(el);
    }
  });

  it('Torfaen (an official, dated page): no warning with the number', async () => {
    const el = await toContactStep('Torfaen');
    expect(words(callNowBlock(el))).to.contain('01495 762200');
    expect(root(el).querySelectorAll('.warning-text')).to.have.length(0);
  });
});

describe('Advice for the caller reaches the caller; the notes for the board\'s web team do not', () => {
  afterEach(() => setWalkLanguage('en'));
  const pembrokeshire = shippedDirectory.authorities.find((a) => a.id === 'pembrokeshire')!;

  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: Pembrokeshire's "Ask for the Child Care Assessment Team" is with its number on the contact step and the summary; its note is not`, async () => {
      const advice = pembrokeshire.children!.callerAdvice![lang]!;
      const note = pembrokeshire.children!.note![lang]!;
      expect(advice, 'the data holds the advice in this language').to.be.a('string').and.not.equal('');
      const el = await toContactStep('Pembrokeshire', WEDNESDAY_NOON, lang);
      for (const where of ['contact step', 'summary']) {
        const cards = Array.from(root(el).querySelectorAll('.contact-card')).filter((c) => words(c).includes('01437 764551'));
        expect(cards.map((c) => words(c.querySelector('.contact-advice'))), where).to.include(advice);
        expect(words(root(el)), where).to.not.contain(note);
        if (where === 'contact step') await toSummary(el);
      }
    });
  }
});

describe('A concern about an adult: never the council\'s page on reporting a child', () => {
  /** An adult at risk, in `council`, to "Who to contact now". */
  async function adultContactStep(council: string): Promise<Wizard> {
    const el = await wizardAt(WEDNESDAY_NOON);
    const steps: [string, (() => Promise<void>) | undefined][] = [
      ['Is anyone in immediate danger, or in need of urgent medical help?', () => choose(el, 'No')],
      ['Who are you?', () => choose(el, 'A member of staff or a volunteer')],
      ['Who are you worried about?', () => choose(el, 'An adult (18 or over) who may be at risk')],
      ['Could a crime have been committed against the adult?', () => choose(el, 'No')],
      ['Reporting an adult at risk', undefined],
      [REPORTER.heading, async () => REPORTER.act?.(el)],
      ['Where did this happen?', () => selectOption(el, 'Council (local authority)', council)],
    ];
    for (const [heading, act] of steps) {
      await expectHeading(el, heading);
      await act?.();
      await next(el);
    }
    await expectHeading(el, 'Who to contact now');
    return el;
  }
  const links = (el: Wizard) => Array.from(root(el).querySelectorAll('a'), (a) => a.getAttribute('href'));

  // Carmarthenshire has a 24-hour adult line (the number at the top); Cardiff has no adult line (the whole chain).
  for (const council of ['Carmarthenshire', 'Cardiff']) {
    it(`${council}: not on the contact step, the summary or the text file`, async () => {
      const website = shippedDirectory.authorities.find((a) => a.name.en === council)!.website!;
      const el = await adultContactStep(council);
      expect(links(el), 'contact step').to.not.include(website);
      await toSummary(el);
      expect(links(el), 'summary').to.not.include(website);
      expect(el.reportText(), 'text file').to.not.contain(website);
    });
  }
});

describe('With a number to call, the whole chain is under "More contact details", each contact saying whether it is open now', () => {
  const moreDetails = (el: Wizard) => root(el).querySelector('#more-contact-heading')?.closest('section') ?? null;
  const roles = (el: Wizard) => Array.from(moreDetails(el)?.querySelectorAll<HTMLElement>('[data-role]') ?? [], (li) => li.dataset.role);

  for (const [when, at, order, closed] of [
    ['Wednesday 12:00', WEDNESDAY_NOON, ['council', 'board', 'police', 'nspcc'], 'Closed now. Opens at 17:00'],
    ['Friday 20:00', '2026-11-20T20:00:00Z', ['outOfHours', 'council', 'board', 'police', 'nspcc'], undefined],
  ] as const) {
    it(`Torfaen, ${when}: ${order.join(', ')}, on the contact step and the summary`, async () => {
      const el = await toContactStep('Torfaen', at);
      for (const where of ['contact step', 'summary']) {
        expect(roles(el), where).to.deep.equal(order);
        const section = moreDetails(el)!;
        // Every card with a phone number says whether it is open now (or that its hours are not known).
        const withPhone = Array.from(section.querySelectorAll('.contact-card')).filter((c) => c.querySelector('.contact-phone'));
        expect(withPhone.length, where).to.be.at.least(order.length - 1);
        for (const card of withPhone) expect(words(card.querySelector('.contact-status')), `${where}: ${words(card).slice(0, 60)}`).to.match(/^(Open now|Closed now|Opening hours not known)/);
        expect(words(section), where).to.contain('Police non-emergency number').and.contain('101').and.contain('NSPCC Helpline');
        if (closed) expect(words(section), where).to.contain(closed);
        if (where === 'contact step') await toSummary(el);
      }
    });
  }
});
