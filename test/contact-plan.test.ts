/**
 * No dead end, at any hour, for any council (issue 11): the ordered fallback chain
 * (machines/contact-now.ts, `contactPlan`), as pure calls. First its rules on a small directory
 * made here (numbers from Ofcom's drama range), then every council in the shipped directory at
 * every kind of hour, for children and adults.
 */
import { expect } from '@open-wc/testing';
import { contactNow, contactPlan, type ContactKind, type ContactPlan, type PlanStep } from '../machines/contact-now.js';
import type { Contact, Directory, Source } from '../machines/directory.schema.js';
import { contactPlanSchema } from '../machines/report.schema.js';
import { planTextLines, sourceDateWords, statusText } from '../src/contact/contact-text.js';
import { reasonText } from '../src/report/summary-content.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { cy } from '../src/i18n/cy.js';
import { en } from '../src/i18n/en.js';
import { translator } from '../src/i18n/translate.js';

const catalogues = { en, cy };

// ---------------------------------------------------------------------------------------------
// A small directory, so each rule is tested apart from the real data

const source: Source = { url: 'https://www.example.gov.uk/contacts', date: null, confidence: 'official-undated', compared: '2026-12-02', comparedWith: 'stored-copy' };
const line = (phone: string, more: Partial<Contact> = {}): Contact => ({
  name: { en: `Line ${phone}` },
  phone,
  ...more,
  sources: { phone: source, ...(more.hours || more.allHours || more.outsideOfficeHours ? { hours: source } : {}) },
});
const OFFICE = [
  { days: [1, 2, 3, 4], open: '08:30', close: '17:00' },
  { days: [5], open: '08:30', close: '16:30' },
];
const TEAM = [
  { days: [1, 2, 3, 4], open: '17:00', close: '24:00' },
  { days: [2, 3, 4, 5], open: '00:00', close: '08:30' },
  { days: [5], open: '16:30', close: '24:00' },
  { days: [6, 7], open: '00:00', close: '24:00' },
  { days: [1], open: '00:00', close: '08:30' },
];

const SMALL: Directory = {
  jurisdiction: 'wales',
  regions: [
    { id: 'board', name: { en: 'Example' }, website: 'https://board.example.org' },
    { id: 'no-site', name: { en: 'No site' } },
  ],
  defaultOfficeHours: { hours: [{ days: [1, 2, 3, 4], open: '09:00', close: '17:00' }, { days: [5], open: '09:00', close: '16:30' }], source: 'https://www.example.gov.uk/hours' },
  authorities: [
    // Its own hours, and a team with exact hours that covers bank holidays as Sundays.
    { id: 'exact', name: { en: 'Exact' }, region: 'board', children: line('01632 960001', { hours: OFFICE }), outOfHours: line('01632 960002', { hours: TEAM, bankHolidays: 'sunday-hours' }) },
    // No office hours held; a team that answers "outside office hours".
    { id: 'derived', name: { en: 'Derived' }, region: 'board', children: line('01632 960011'), outOfHours: line('01632 960012', { outsideOfficeHours: true }) },
    // No office hours held; a team with exact hours.
    { id: 'team-timed', name: { en: 'Team timed' }, region: 'board', children: line('01632 960051'), outOfHours: line('01632 960052', { hours: TEAM, bankHolidays: 'sunday-hours' }) },
    // A team that opens half an hour after the office closes, and an overnight line reached through the police (web page only).
    {
      id: 'gap',
      name: { en: 'Gap' },
      region: 'board',
      children: line('01632 960021', { hours: OFFICE }),
      outOfHours: { name: { en: 'Team' }, web: 'https://www.example.gov.uk/team', hours: [{ days: [1, 2, 3, 4, 5], open: '17:30', close: '24:00' }, { days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '01:30' }], sources: { hours: source } },
      moreOutOfHours: [{ name: { en: 'On call' }, web: 'https://www.example.gov.uk/team', hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '01:30', close: '08:30' }], bankHolidays: 'sunday-hours', sources: { hours: source } }],
    },
    { id: 'none', name: { en: 'None' }, region: 'board' },
    { id: 'adults-only', name: { en: 'Adults only' }, region: 'no-site', adults: line('01632 960031', { allHours: true }) },
    { id: 'late', name: { en: 'Late' }, region: 'board', children: line('01632 960041', { hours: [{ days: [1, 2, 3, 4, 5], open: '18:00', close: '24:00' }] }) },
  ],
  national: {
    emergency: line('01632 960099', { allHours: true }),
    police: line('01632 960098'),
    nspcc: line('01632 960097', { hours: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '22:00' }, { days: [6, 7], open: '09:00', close: '18:00' }], bankHolidays: 'not-known' }),
  },
};

/** Wales is on GMT in November and on BST (UTC+1) in April. */
const AT = {
  wednesday1100: '2026-11-18T11:00:00Z',
  wednesday0700: '2026-11-18T07:00:00Z',
  monday1715: '2026-11-16T17:15:00Z',
  tuesday0300: '2026-11-17T03:00:00Z',
  friday1645: '2026-11-20T16:45:00Z',
  saturday1400: '2026-11-21T14:00:00Z',
  easterMonday1100: '2026-04-06T10:00:00Z',
};
const plan = (id: string, at: string, kind: ContactKind = 'children', directory: Directory = SMALL) => contactPlan(directory, id, kind, new Date(at), shippedHolidays);
const roles = (p: ContactPlan) => p.steps.map((s) => `${s.role}:${s.status}`);
const keys = (s: PlanStep) => s.why.map((r) => r.key);

describe('The fallback chain: its rules', () => {
  it('in office hours: the council first, open until it closes; the team that is closed goes under "at other times", with when it opens', () => {
    const p = plan('exact', AT.wednesday1100);
    expect(roles(p)).to.deep.equal(['council:open', 'board:unknown', 'police:unknown', 'nspcc:open']);
    expect(p.steps[0]!.until).to.deep.equal({ time: '17:00' });
    expect(p.closed.map((s) => [s.role, s.contact.phone, s.opens])).to.deep.equal([['outOfHours', '01632 960002', { time: '17:00' }]]);
  });

  it('at night: the out-of-hours team first, open until the office opens; the office under "at other times"', () => {
    const p = plan('exact', AT.tuesday0300);
    expect(roles(p)).to.deep.equal(['outOfHours:open', 'board:unknown', 'police:unknown', 'nspcc:closed']);
    expect(p.steps[0]!.until).to.deep.equal({ time: '08:30' });
    expect(p.closed[0]!.opens).to.deep.equal({ time: '08:30' });
  });

  it('a team open from Friday afternoon to Monday morning: open until Monday at 08:30, across the midnights', () => {
    const p = plan('exact', AT.friday1645);
    expect(p.steps[0]!.role).to.equal('outOfHours');
    expect(p.steps[0]!.until).to.deep.equal({ day: 'monday', time: '08:30' });
  });

  it('on a bank holiday the office is closed, and a team with Sunday hours on bank holidays is open', () => {
    const p = plan('exact', AT.easterMonday1100);
    expect(p.bankHoliday).to.equal('holiday.easterMonday');
    expect(roles(p)[0]).to.equal('outOfHours:open');
    expect(p.closed.map((s) => s.role)).to.deep.equal(['council']);
    // The NSPCC's page gives no bank-holiday hours: not known, not "closed".
    expect(p.steps.find((s) => s.role === 'nspcc')!.status).to.equal('unknown');
  });

  it('a one-off bank holiday from data (the 2023 coronation) closes the office too', () => {
    const p = plan('exact', '2023-05-08T10:00:00Z');
    expect(p.bankHoliday).to.equal('Bank holiday for the coronation of King Charles III');
    expect(p.steps[0]!.role).to.equal('outOfHours');
  });

  it('office hours are Wales\'s: 07:45 UTC on the Monday after the clocks go forward is 08:45 in Wales, and the office is open', () => {
    expect(plan('exact', '2026-03-30T07:45:00Z').steps[0]!.role).to.equal('council');
    expect(plan('exact', '2026-03-30T07:15:00Z').steps[0]!.role).to.equal('outOfHours');
  });

  it('no office hours held: the office line says its hours are not known, and why to call it now (its team is closed until 17:00)', () => {
    const p = plan('team-timed', AT.wednesday1100);
    expect(roles(p)).to.deep.equal(['council:unknown', 'board:unknown', 'police:unknown', 'nspcc:open']);
    expect(p.steps[0]!.why).to.deep.equal([
      { key: 'plan.why.council.children', values: {} },
      { key: 'plan.why.teamClosed', values: { opens: '17:00' } },
    ]);
  });

  it('no office hours held, and a team that answers "outside office hours": usual office hours say which to try, with no exact time', () => {
    const p = plan('derived', AT.wednesday1100);
    expect(roles(p)).to.deep.equal(['council:unknown', 'board:unknown', 'police:unknown', 'nspcc:open']);
    expect(p.steps[0]!.why).to.deep.equal([
      { key: 'plan.why.council.children', values: {} },
      { key: 'plan.why.noHoursUsual', values: {} },
    ]);
    expect(p.closed[0]!.why.map((r) => r.key)).to.deep.equal(['plan.why.outOfHours', 'plan.why.outsideUsualOffice']);
    expect(p.closed[0]!.opens).to.equal(undefined);
    expect(plan('derived', AT.tuesday0300).steps[0]!.until).to.equal(undefined);
  });

  it('no office hours held, and usual office hours over: the team first, the office line after it ("may not answer")', () => {
    const p = plan('derived', AT.tuesday0300);
    expect(roles(p).slice(0, 2)).to.deep.equal(['outOfHours:open', 'council:unknown']);
    expect(keys(p.steps[1]!)).to.include('plan.why.noHoursOutsideUsual');
  });

  it('an "outside office hours" team follows the council\'s own office hours when they are held', () => {
    const withTeam: Directory = { ...SMALL, authorities: [{ ...SMALL.authorities[0]!, outOfHours: line('01632 960002', { outsideOfficeHours: true }) }] };
    // Friday 16:45: this office closed at 16:30, so the team is open, though usual hours would say the same...
    expect(plan('exact', AT.friday1645, 'children', withTeam).steps[0]!.role).to.equal('outOfHours');
    // ...and at 08:45 on a Wednesday this office is open (from 08:30), though usual office hours (from 09:00) would say closed.
    const early = plan('exact', '2026-11-18T08:45:00Z', 'children', withTeam);
    expect(early.steps[0]!.role).to.equal('council');
    expect(early.closed.map((s) => s.role)).to.deep.equal(['outOfHours']);
  });

  it('a gap between the office closing and the team opening: no council line now, said at the police step, with when each opens', () => {
    const p = plan('gap', AT.monday1715);
    expect(roles(p)).to.deep.equal(['board:unknown', 'police:unknown', 'nspcc:open']);
    expect(keys(p.steps[1]!)).to.deep.equal(['plan.why.noCouncilOpen', 'plan.why.police']);
    expect(p.closed.map((s) => [s.role, s.opens])).to.deep.equal([
      ['council', { day: 'tuesday', time: '08:30' }],
      ['outOfHours', { time: '17:30' }],
      ['outOfHours', { day: 'tuesday', time: '01:30' }],
    ]);
  });

  it('overnight, a line reached through the police (a web page, no phone) comes first, then the police', () => {
    const p = plan('gap', AT.tuesday0300);
    expect(p.steps.map((s) => s.contact.name?.en)).to.deep.equal(['On call', 'Example', 'Line 01632 960098', 'Line 01632 960097']);
    expect(p.steps[0]!.until).to.deep.equal({ time: '08:30' });
  });

  it('a window to 24:00 with nothing after it is open "until 24:00", said as midnight', () => {
    const p = plan('late', '2026-11-18T20:00:00Z');
    expect(p.steps[0]!.until).to.deep.equal({ time: '24:00' });
    const t = translator(catalogues.en);
    expect(planTextLines(p, { t, lang: 'en' })[1]!.trim()).to.equal('Open now, until midnight');
  });

  it('a council with no line at all: the board, then the police, saying so', () => {
    const p = plan('none', AT.wednesday1100);
    expect(roles(p)).to.deep.equal(['board:unknown', 'police:unknown', 'nspcc:open']);
    expect(keys(p.steps[1]!)[0]).to.equal('plan.why.noCouncilLine');
  });

  it('adults: never the NSPCC (a children\'s helpline); a 24-hour adult line is open at any hour', () => {
    for (const at of Object.values(AT)) {
      const p = plan('adults-only', at, 'adults');
      expect(p.steps.some((s) => s.role === 'nspcc'), at).to.equal(false);
      expect(roles(p)[0], at).to.equal('council:open');
      expect(p.steps[0]!.until, at).to.equal(undefined);
    }
    expect(plan('adults-only', AT.wednesday1100, 'children').steps.map((s) => s.role)).to.deep.equal(['police', 'nspcc']);
  });

  it('the board\'s website only when the directory holds it', () => {
    expect(plan('adults-only', AT.wednesday1100, 'adults').steps.some((s) => s.role === 'board')).to.equal(false);
    const board = plan('none', AT.wednesday1100).steps[0]!;
    expect(board.contact).to.deep.equal({ name: { en: 'Example' }, web: 'https://board.example.org', sources: {} });
  });

  it('the police\'s number comes from the directory\'s national contacts; without it, 999', () => {
    expect(plan('none', AT.wednesday1100).steps.find((s) => s.role === 'police')!.contact.phone).to.equal('01632 960098');
    const p = plan('none', AT.wednesday1100, 'children', { ...SMALL, national: { ...SMALL.national, police: undefined } });
    const police = p.steps.find((s) => s.role === 'police')!;
    expect(police.contact.phone).to.equal('01632 960099');
    expect(keys(police)).to.include('plan.why.policeEmergencyOnly');
  });

  it('a council the directory does not hold: the police, and for children the NSPCC', () => {
    expect(plan('atlantis', AT.wednesday1100).steps.map((s) => s.role)).to.deep.equal(['police', 'nspcc']);
    expect(plan(undefined as unknown as string, AT.wednesday1100, 'adults').steps.map((s) => s.role)).to.deep.equal(['police']);
  });

  it('is plain data: the same answer every time, unchanged by JSON, and valid as the report\'s contact plan', () => {
    const p = plan('gap', AT.monday1715);
    expect(plan('gap', AT.monday1715)).to.deep.equal(p);
    expect(JSON.parse(JSON.stringify(p))).to.deep.equal(p);
    expect(contactPlanSchema.safeParse(p).success).to.equal(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Every council in the shipped directory

/** Moments in Wales's local time (GMT in November and December, BST in April). */
const MOMENTS: Record<string, string> = {
  'weekday daytime (Wednesday 11:00)': '2026-11-18T11:00:00Z',
  'weekday night (Tuesday 03:00)': '2026-11-17T03:00:00Z',
  'weekday late evening (Thursday 22:30)': '2026-11-19T22:30:00Z',
  'weekend (Saturday 14:00)': '2026-11-21T14:00:00Z',
  'weekend night (Sunday 04:00)': '2026-11-22T04:00:00Z',
  'bank holiday (Easter Monday 11:00)': '2026-04-06T10:00:00Z',
  'bank holiday night (Christmas Day 23:00)': '2026-12-25T23:00:00Z',
};
const KINDS: ContactKind[] = ['children', 'adults'];

/** Every web address the directory holds, anywhere. */
const HELD = new Set<string>();
(function collect(v: unknown): void {
  if (typeof v === 'string' && /^https?:\/\//.test(v)) HELD.add(v);
  else if (v && typeof v === 'object') Object.values(v).forEach(collect);
})(shippedDirectory);

const words = {
  en: { t: translator(catalogues.en, {}, { emergency: shippedDirectory.national.emergency.phone! }), lang: 'en' as const },
  cy: { t: translator(catalogues.cy, {}, { emergency: shippedDirectory.national.emergency.phone! }), lang: 'cy' as const },
};

/** The plan as text, cut into one block for each step. */
function blocks(p: ContactPlan, lang: 'en' | 'cy'): string[] {
  const out: string[] = [];
  for (const l of planTextLines(p, words[lang])) {
    if (/^(\d+\. |- )/.test(l) || out.length === 0 || l === '' || !l.startsWith(' ')) out.push(l);
    else out[out.length - 1] += `\n${l}`;
  }
  return out.filter(Boolean);
}

const isCouncilLine = (s: PlanStep) => s.role === 'council' || s.role === 'outOfHours';

describe('Every council, day and night: never a dead end', () => {
  for (const authority of shippedDirectory.authorities) {
    it(`${authority.name.en}: at ${Object.keys(MOMENTS).length} moments, for children and adults`, () => {
      for (const [moment, at] of Object.entries(MOMENTS)) {
        for (const kind of KINDS) {
          const where = `${authority.id}, ${kind}, ${moment}`;
          const p = contactPlan(shippedDirectory, authority.id, kind, new Date(at), shippedHolidays);
          // A number to try: at least one phone that is not known to be closed, and the police's, from the directory.
          expect(p.steps.some((s) => s.contact.phone && s.status !== 'closed'), where).to.equal(true);
          expect(p.steps.find((s) => s.role === 'police')?.contact.phone, where).to.equal(shippedDirectory.national.police!.phone);
          // A council line that is closed is never offered as a step, only under "at other times".
          expect(p.steps.filter(isCouncilLine).map((s) => s.status), where).to.not.include('closed');
          expect(p.closed.every((s) => isCouncilLine(s) && s.status === 'closed'), where).to.equal(true);
          // Open council lines come before those whose hours are not known.
          const statuses = p.steps.filter(isCouncilLine).map((s) => s.status);
          expect(statuses, where).to.deep.equal([...statuses].sort((a, b) => (a === 'open' ? 0 : 1) - (b === 'open' ? 0 : 1)));
          // The NSPCC for children only.
          expect(p.steps.some((s) => s.role === 'nspcc'), where).to.equal(kind === 'children');
          // Every step says why, and the plan is what the report's schema accepts.
          expect(p.steps.every((s) => s.why.length > 0), where).to.equal(true);
          expect(contactPlanSchema.safeParse(p).success, where).to.equal(true);
          // Never a contact or a sentence pointing to a web site the directory does not hold.
          for (const s of [...p.steps, ...p.closed]) if (s.contact.web) expect(HELD.has(s.contact.web), `${where}: ${s.contact.web}`).to.equal(true);
          for (const lang of ['en', 'cy'] as const) {
            for (const block of blocks(p, lang)) {
              const urls = block.match(/https?:\/\/[^\s)]+/g) ?? [];
              for (const url of urls) expect(HELD.has(url), `${where} (${lang}): ${url}`).to.equal(true);
              if (/website|gwefan|wefan/i.test(block)) expect(urls.length, `${where} (${lang}): a website named without its address:\n${block}`).to.be.greaterThan(0);
            }
          }
        }
      }
    });
  }
});

describe('A concern about an adult never points to the council\'s page on reporting a child', () => {
  it('the plan for an adult holds no council website, and its text offers none; the plan for a child does', () => {
    const withSite = shippedDirectory.authorities.filter((a) => a.website);
    expect(withSite.length).to.be.at.least(15);
    for (const authority of withSite) {
      for (const at of Object.values(MOMENTS)) {
        const adults = contactPlan(shippedDirectory, authority.id, 'adults', new Date(at), shippedHolidays);
        expect(adults.website, `${authority.id} ${at}`).to.equal(undefined);
        // (The same address may still be the source of a number; it is never offered as the council's website.)
        for (const lang of ['en', 'cy'] as const) {
          const line = `${words[lang].t('contactNow.councilSite', { authority: authority.name[lang] ?? authority.name.en })}: ${authority.website}`;
          expect(planTextLines(adults, words[lang]), `${authority.id} ${at} ${lang}`).to.not.include(line);
          expect(planTextLines(contactPlan(shippedDirectory, authority.id, 'children', new Date(at), shippedHolidays), words[lang]), `${authority.id} ${at} ${lang}`).to.include(line);
        }
        expect(contactPlan(shippedDirectory, authority.id, 'children', new Date(at), shippedHolidays).website, authority.id).to.equal(authority.website);
      }
    }
  });
});

/**
 * Where no phone number is known to be open, only the police's 101 is left, and its hours are not
 * in the research (data/README.md): these are the gaps, pinned so that a change in the data that
 * opens or closes one is seen (and the counts in data/README.md are updated).
 */
function gaps(kind: ContactKind): string[] {
  const out: string[] = [];
  for (const authority of shippedDirectory.authorities) {
    const missing = Object.entries(MOMENTS)
      .filter(([, at]) => !contactPlan(shippedDirectory, authority.id, kind, new Date(at), shippedHolidays).steps.some((s) => s.contact.phone && s.status === 'open'))
      .map(([moment]) => moment.split(' (')[0]);
    if (missing.length) out.push(`${authority.id}: ${missing.join(', ')}`);
  }
  return out;
}

describe('Where no phone number is known to be open (only 101, whose hours are not held)', () => {
  it('children', () => {
    expect(gaps('children')).to.deep.equal(EXPECTED_GAPS.children);
  });
  it('adults', () => {
    expect(gaps('adults')).to.deep.equal(EXPECTED_GAPS.adults);
  });
});

const EXPECTED_GAPS: Record<'children' | 'adults', string[]> = {
  children: [
    'carmarthenshire: weekday night, weekday late evening, weekend night, bank holiday, bank holiday night',
    'isle-of-anglesey: weekday night, weekday late evening, weekend night, bank holiday, bank holiday night',
    'flintshire: weekday night, weekday late evening, weekend night, bank holiday, bank holiday night',
    'gwynedd: weekday night, weekday late evening, weekend night, bank holiday, bank holiday night',
    'neath-port-talbot: weekday night, weekday late evening, weekend night, bank holiday, bank holiday night',
  ],
  adults: [
    'cardiff: weekday daytime',
    'vale-of-glamorgan: weekday daytime',
    'bridgend: weekday daytime',
    'merthyr-tydfil: weekday daytime',
    'rhondda-cynon-taf: weekday daytime',
    'blaenau-gwent: weekday daytime',
    'caerphilly: weekday daytime',
    'monmouthshire: weekday daytime',
    'newport: weekday daytime',
    'torfaen: weekday daytime',
    'pembrokeshire: weekday daytime',
    'powys: weekday daytime',
    'isle-of-anglesey: weekday daytime, weekday night, weekday late evening, weekend, weekend night, bank holiday, bank holiday night',
    'conwy: weekday daytime',
    'flintshire: weekday daytime, weekday night, weekday late evening, weekend, weekend night, bank holiday, bank holiday night',
    'gwynedd: weekday daytime, weekday night, weekday late evening, weekend, weekend night, bank holiday, bank holiday night',
    'wrexham: weekday daytime',
    'neath-port-talbot: weekday night, weekday late evening, weekend, weekend night, bank holiday, bank holiday night',
    'swansea: weekday daytime',
  ],
};

// ---------------------------------------------------------------------------------------------
// What the research found, as the chain shows it (research/contacts-2026-12.md, "Contradictions")

const shipped = (id: string, at: string, kind: ContactKind = 'children') => contactPlan(shippedDirectory, id, kind, new Date(at), shippedHolidays);
const advice = (s: PlanStep) => s.contact.callerAdvice?.en ?? '';

describe('The research\'s contradictions, as the chain shows them', () => {
  it('Swansea: its team answers to 01:00; from 01:00 to 09:00 only the on-call social worker, for the most serious emergencies, on the same number', () => {
    const night = shipped('swansea', '2026-11-17T03:00:00Z');
    expect(night.steps[0]!.contact.phone).to.equal('01792 775501');
    expect(night.steps[0]!.until).to.deep.equal({ time: '09:00' });
    expect(advice(night.steps[0]!)).to.contain('most serious emergencies only');
    expect(night.closed.find((s) => s.role === 'outOfHours')!.opens).to.deep.equal({ time: '17:00' });
    // A Saturday morning: the team opens at 09:00, not at midnight.
    const saturday = shipped('swansea', '2026-11-21T08:00:00Z');
    expect(advice(saturday.steps[0]!)).to.contain('most serious emergencies only');
    expect(saturday.closed.find((s) => s.contact.name?.en === 'Swansea Emergency Duty Team')!.opens).to.deep.equal({ time: '09:00' });
    const swansea = shippedDirectory.authorities.find((a) => a.id === 'swansea')!;
    expect(swansea.outOfHours!.allHours).to.equal(undefined);
  });

  it('Neath Port Talbot: nothing between 17:00 and 17:30, said so; overnight, the on-call social worker through the police', () => {
    const gap = shipped('neath-port-talbot', '2026-11-16T17:15:00Z');
    expect(gap.steps.map((s) => s.role)).to.deep.equal(['board', 'police', 'nspcc']);
    expect(gap.steps[1]!.why[0]!.key).to.equal('plan.why.noCouncilOpen');
    expect(gap.closed.map((s) => s.opens)).to.deep.equal([{ day: 'tuesday', time: '08:30' }, { time: '17:30' }, { day: 'tuesday', time: '01:30' }]);
    const night = shipped('neath-port-talbot', '2026-11-17T03:00:00Z');
    expect(night.steps.map((s) => s.role)).to.deep.equal(['outOfHours', 'board', 'police', 'nspcc']);
    expect(advice(night.steps[0]!)).to.contain('through the police');
    // The one contact the wizard names first is never a web page alone: none is held, so it says so.
    const npt = shippedDirectory.authorities.find((a) => a.id === 'neath-port-talbot')!;
    expect(contactNow(npt, 'children', new Date('2026-11-17T03:00:00Z'), { holidays: shippedHolidays, directory: shippedDirectory }).which).to.equal('notKnown');
  });

  it('Rhondda Cynon Taf: open to 17:00 on a Friday as its page says, then its Emergency Duty Team', () => {
    const p = shipped('rhondda-cynon-taf', '2026-11-20T16:45:00Z');
    expect(p.steps[0]!.contact.phone).to.equal('01443 425006');
    expect(p.steps[0]!.until).to.deep.equal({ time: '17:00' });
    expect(p.closed.map((s) => [s.contact.phone, s.opens])).to.deep.equal([['01443 743665', { time: '17:00' }]]);
  });

  it('Bridgend: both out-of-hours numbers, each with its own source and advice saying they disagree; neither guessed', () => {
    const p = shipped('bridgend', '2026-11-17T03:00:00Z');
    const teams = p.steps.filter((s) => s.role === 'outOfHours');
    expect(teams.map((s) => s.contact.phone)).to.deep.equal(['01443 425012', '01443 743665']);
    expect(teams.map((s) => s.contact.sources.phone!.confidence)).to.deep.equal(['unofficial', 'official-undated']);
    expect(advice(teams[0]!)).to.contain('disagree');
    expect(advice(teams[1]!)).to.contain('Bridgend');
  });

  it('Newport, Torfaen, Blaenau Gwent, Monmouthshire: no office hours held (none is quoted); the chain reads the time from the team\'s own hours', () => {
    for (const id of ['newport', 'torfaen', 'blaenau-gwent', 'monmouthshire']) {
      const noon = shipped(id, '2026-11-18T11:00:00Z');
      expect(noon.steps[0]!.status, id).to.equal('unknown');
      expect(noon.steps[0]!.why[1], id).to.deep.equal({ key: 'plan.why.teamClosed', values: { opens: '17:00' } });
      // Friday 16:45: the South East Wales team has taken over (from 16:30).
      expect(shipped(id, '2026-11-20T16:45:00Z').steps[0]!.contact.phone, id).to.equal('0800 328 4432');
    }
    // Caerphilly's own page gives its hours.
    expect(shipped('caerphilly', '2026-11-18T11:00:00Z').steps[0]!.until).to.deep.equal({ time: '17:00' });
  });

  it('Carmarthenshire: the 24-hour adult line for adults at every hour, and never for a child', () => {
    for (const at of Object.values(MOMENTS)) {
      expect(shipped('carmarthenshire', at, 'adults').steps[0]!.contact.phone, at).to.equal('0300 333 2222');
      expect(shipped('carmarthenshire', at).steps.map((s) => s.contact.phone), at).to.not.include('0300 333 2222');
    }
  });

  it('Denbighshire adults: the new adult line on a Saturday (10:00 to 16:00), its out-of-hours team after it', () => {
    const p = shipped('denbighshire', '2026-11-21T14:00:00Z', 'adults');
    expect(p.steps[0]!.contact.phone).to.equal('0300 456 1000');
    expect(p.steps[0]!.until).to.deep.equal({ time: '16:00' });
    expect(p.closed.map((s) => [s.contact.phone, s.opens])).to.deep.equal([['0345 053 3116', { time: '16:00' }]]);
  });
});

describe('The contact step in Welsh (research/welsh-review-2026-12.md)', () => {
  const cy = words.cy.t;
  it('the office-hours service is "gwasanaeth oriau swyddfa", never "gwasanaeth yn ystod y dydd"', () => {
    for (const [key, value] of Object.entries(catalogues.cy)) {
      if (/^(reason|decision\.contact|plan|status|source|contactNow)\./.test(key)) expect(value, key).to.not.contain('yn ystod y dydd');
    }
    expect(reasonText({ key: 'reason.evening', values: { day: 'friday', time: '20:00', closes: '16:30' } }, cy)).to.equal(
      "Heddiw yw dydd Gwener, a'r amser yw 20:00. Caeodd y gwasanaeth oriau swyddfa am 16:30, felly ffoniwch y Tîm Dyletswydd Brys y tu allan i oriau.",
    );
    expect(cy('decision.contact.daytime')).to.equal("Ffonio'r gwasanaeth oriau swyddfa");
  });

  it('a day inside a sentence is "dydd Llun", lower case, as in the rest of the sentence', () => {
    expect(reasonText({ key: 'reason.weekend', values: { day: 'saturday' } }, cy)).to.equal('Heddiw yw dydd Sadwrn, felly ffoniwch y Tîm Dyletswydd Brys y tu allan i oriau.');
    expect(statusText({ status: 'closed', opens: { day: 'monday', time: '08:30' } }, cy)).to.equal('Ar gau nawr. Yn agor dydd Llun am 08:30');
  });

  it('source dates are written out in Welsh, like every other date', () => {
    expect(sourceDateWords('2023-10-20', cy)).to.equal('dyddiedig 20 Hydref 2023');
    expect(sourceDateWords('2021-03', cy)).to.equal('dyddiedig Mawrth 2021');
    expect(sourceDateWords('c. 2020', cy)).to.equal('heb ddyddiad, tua 2020');
    expect(sourceDateWords(null, cy)).to.equal('heb ddyddiad');
  });
});
