/**
 * Who to contact, in what order, at a given moment, and why (issue 11: "every council answers,
 * day and night").
 *
 * WSP c2-p6: local authorities must provide 24/7 reporting; in office hours the council's own
 * service, out of hours its Emergency Duty Team; if that cannot be reached and the risk cannot
 * wait, the police. So the chain is: the council's own service, its out-of-hours teams, the
 * Regional Safeguarding Board's website, the police (101, or 999 in danger), and for children the
 * NSPCC helpline. Every number, email and set of hours comes from the directory (data); this file
 * only decides the order and whether each contact is open, in Wales's time zone.
 *
 * Pure: the moment and the holidays are arguments; nothing reads a clock, the DOM or the network,
 * and every result is plain JSON-serialisable data (it goes into the report).
 */
import type { Authority, Bilingual, Contact, Directory, Holidays, HoursWindow } from './directory.schema.js';
import { bankHolidayOn, bankHolidays, walesTime, type WalesTime } from './wales-time.js';

import { WEEKDAYS, type ContactKind, type DayName, type OpenStatus, type StepRole, type WHICH_CONTACTS } from './report-lists.js';

export type { ContactKind, DayName, OpenStatus, StepRole };

/** Day names by ISO weekday number (1 = Monday). */
export const DAY_NAMES = ['', ...WEEKDAYS] as const;

/**
 * A sentence, as a catalogue key (`plan.why.*`) and the values it needs. The council's and the
 * board's names (`{authority}`, `{region}`) are filled from the plan's `authorityName` and `regionName`.
 */
export interface PlanReason {
  key: string;
  values: Record<string, string>;
}

/** A time in Wales: `day` is left out when it is the same day as the plan's moment. `time` may be 24:00 (midnight). */
export interface WalesWhen {
  day?: DayName;
  time: string;
}

export interface PlanStep {
  role: StepRole;
  /** The directory's contact as it is, with its sources and caller advice (the board step is made from the region). */
  contact: Contact;
  status: OpenStatus;
  /** When `open`: when it stops taking calls, if that is within a week. */
  until?: WalesWhen;
  /** When `closed`: when it next takes calls, if the directory can tell. */
  opens?: WalesWhen;
  /** Why this step is here, in order, as sentences (never empty). */
  why: PlanReason[];
}

/**
 * The ordered fallback chain for one council, kind of concern and moment. Plain data.
 *
 * - `steps`: what to try now, in order. Never empty: the police step is always there. A council
 *   line in `steps` is `open` or `unknown`, never `closed`; open ones come first.
 * - `closed`: the council's lines that are closed at this moment, with when they open ("At other times").
 */
export interface ContactPlan {
  authorityId: string;
  /** The council's and its board's names, so the plan can be put into words without the directory. */
  authorityName?: Bilingual;
  regionName?: Bilingual;
  kind: ContactKind;
  /** The moment, as an ISO 8601 instant. */
  at: string;
  walesTime: WalesTime;
  /** The bank holiday today in Wales: a catalogue key (`holiday.*`) or the data's own name. */
  bankHoliday?: string;
  /** The council's own page on reporting, when the directory holds one. */
  website?: string;
  steps: PlanStep[];
  closed: PlanStep[];
  /** 999, always shown. */
  emergency: Contact;
}

// ---------------------------------------------------------------------------------------------
// Hours as a timeline: intervals of minutes counted from 00:00 on the day of the moment asked about.

const DAY = 24 * 60;
/** How far ahead "until" and "opens" look. */
const HORIZON_DAYS = 8;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

type Interval = [number, number];
interface DayInfo {
  weekday: number;
  holiday: boolean;
}
/** A contact's open intervals on one day (minutes of that day), or undefined when its hours that day are not held. */
type DayHours = (day: DayInfo) => Interval[] | undefined;

interface Timeline {
  intervals: Interval[];
  /** Minutes from today's 00:00 up to which the hours are known. */
  knownUntil: number;
}

function windowsOn(hours: HoursWindow[], weekday: number): Interval[] {
  return hours
    .filter((w) => w.days.includes(weekday))
    .map((w): Interval => [minutes(w.open), minutes(w.close)])
    .sort((a, b) => a[0] - b[0]);
}

/** The contact's own hours on a day: every hour for `allHours`, its windows (bank holidays by its rule). */
function ownHours(contact: Contact): DayHours | undefined {
  if (contact.allHours) return () => [[0, DAY]];
  const hours = contact.hours;
  if (!hours) return undefined;
  return ({ weekday, holiday }) => {
    if (!holiday) return windowsOn(hours, weekday);
    const rule = contact.bankHolidays ?? 'closed';
    return rule === 'closed' ? [] : rule === 'sunday-hours' ? windowsOn(hours, 7) : undefined;
  };
}

/** Office hours on a day: the office is closed on bank holidays. */
const officeHours = (hours: HoursWindow[]): DayHours => ({ weekday, holiday }) => (holiday ? [] : windowsOn(hours, weekday));

/** The times an office is closed on a day (the complement of its hours). */
function outsideOf(office: DayHours): DayHours {
  return (day) => {
    const open = office(day);
    if (!open) return undefined;
    const out: Interval[] = [];
    let from = 0;
    for (const [a, b] of open) {
      if (a > from) out.push([from, a]);
      from = Math.max(from, b);
    }
    if (from < DAY) out.push([from, DAY]);
    return out;
  };
}

/** The days from the moment's own day onwards, with their weekday and whether each is a bank holiday. */
function daysFrom(t: WalesTime, holidays: Holidays | undefined): DayInfo[] {
  const out: DayInfo[] = [];
  for (let n = 0; n < HORIZON_DAYS; n += 1) {
    const d = new Date(Date.UTC(t.year, t.month - 1, t.day + n));
    const date = d.toISOString().slice(0, 10);
    out.push({ weekday: ((t.weekday - 1 + n) % 7) + 1, holiday: bankHolidays(d.getUTCFullYear(), holidays).has(date) });
  }
  return out;
}

function timeline(hours: DayHours, days: DayInfo[]): Timeline {
  const intervals: Interval[] = [];
  for (const [n, day] of days.entries()) {
    const own = hours(day);
    if (!own) return { intervals, knownUntil: n * DAY };
    for (const [a, b] of own) {
      const last = intervals.at(-1);
      if (last && last[1] >= a + n * DAY) last[1] = Math.max(last[1], b + n * DAY);
      else intervals.push([a + n * DAY, b + n * DAY]);
    }
  }
  return { intervals, knownUntil: days.length * DAY };
}

function whenAt(m: number, days: DayInfo[]): WalesWhen {
  const n = Math.floor(m / DAY);
  const rest = m - n * DAY;
  // A window that ends at midnight ends "at 24:00" on its own day, not "at 00:00" on the next.
  if (rest === 0 && n > 0) return n === 1 ? { time: '24:00' } : { day: DAY_NAMES[days[n - 1]!.weekday] as DayName, time: '24:00' };
  return n === 0 ? { time: hhmm(rest) } : { day: DAY_NAMES[days[n]!.weekday] as DayName, time: hhmm(rest) };
}

interface Openness {
  status: OpenStatus;
  until?: WalesWhen;
  opens?: WalesWhen;
}

function opennessAt(hours: DayHours | undefined, now: number, days: DayInfo[]): Openness {
  if (!hours) return { status: 'unknown' };
  const { intervals, knownUntil } = timeline(hours, days);
  if (now >= knownUntil) return { status: 'unknown' };
  const current = intervals.find(([a, b]) => a <= now && now < b);
  if (current) return { status: 'open', until: current[1] < knownUntil ? whenAt(current[1], days) : undefined };
  const next = intervals.find(([a]) => a > now);
  return { status: 'closed', opens: next ? whenAt(next[0], days) : undefined };
}

// ---------------------------------------------------------------------------------------------

/** The daytime contact for a kind of concern (a Section 5 concern goes to children's services when no designated officer is listed). */
export function daytimeContact(authority: Authority, kind: ContactKind): Contact | undefined {
  if (kind === 'adults') return authority.adults;
  if (kind === 'section5') return authority.section5 ?? authority.children;
  return authority.children;
}

/** Every out-of-hours contact of an authority, in the order to try them. */
export function outOfHoursContacts(authority: Authority): Contact[] {
  return [...(authority.outOfHours ? [authority.outOfHours] : []), ...(authority.moreOutOfHours ?? [])];
}

export function findAuthority(directory: Directory, id: string | undefined): Authority | undefined {
  return directory.authorities.find((a) => a.id === id);
}

interface Context {
  t: WalesTime;
  now: number;
  days: DayInfo[];
  typical?: HoursWindow[];
}

/** The council's office hours for this kind of concern: its own, or undefined when not held. */
function officeOf(authority: Authority, kind: ContactKind): HoursWindow[] | undefined {
  return daytimeContact(authority, kind)?.hours ?? authority.children?.hours;
}

interface Line {
  role: 'council' | 'outOfHours';
  contact: Contact;
  openness: Openness;
  why: PlanReason[];
}

function councilLines(authority: Authority, kind: ContactKind, ctx: Context): Line[] {
  const lines: Line[] = [];
  const office = officeOf(authority, kind);
  const typicalOpen = ctx.typical ? opennessAt(officeHours(ctx.typical), ctx.now, ctx.days).status === 'open' : undefined;

  const teams = outOfHoursContacts(authority).map((contact): Line => {
    const why: PlanReason[] = [{ key: 'plan.why.outOfHours', values: {} }];
    let openness: Openness;
    if (contact.outsideOfficeHours) {
      const basis = office ?? ctx.typical;
      openness = opennessAt(basis ? outsideOf(officeHours(basis)) : undefined, ctx.now, ctx.days);
      // From usual office hours, open or closed is a fair guess, but the exact time it changes is not known.
      if (!office) openness = { status: openness.status };
      why.push({ key: office ? 'plan.why.outsideOffice' : 'plan.why.outsideUsualOffice', values: {} });
    } else {
      openness = opennessAt(ownHours(contact), ctx.now, ctx.days);
      if (openness.status === 'unknown') why.push({ key: 'plan.why.teamNoHours', values: {} });
    }
    return { role: 'outOfHours', contact, openness, why };
  });

  const daytime = daytimeContact(authority, kind);
  if (daytime) {
    const key =
      kind === 'section5' && !authority.section5 ? 'plan.why.council.section5ViaChildren' : `plan.why.council.${kind}`;
    const why: PlanReason[] = [{ key, values: {} }];
    const openness = opennessAt(ownHours(daytime), ctx.now, ctx.days);
    if (openness.status === 'unknown' && daytime.phone) {
      // Its hours are not held (for an email alone, hours do not matter). An out-of-hours team with known hours that is closed now means this is the service's time.
      const closedTeam = teams.find((team) => team.openness.status === 'closed' && team.openness.opens && !team.openness.opens.day);
      if (closedTeam) why.push({ key: 'plan.why.teamClosed', values: { opens: closedTeam.openness.opens!.time } });
      else if (typicalOpen !== undefined) why.push({ key: typicalOpen ? 'plan.why.noHoursUsual' : 'plan.why.noHoursOutsideUsual', values: {} });
      else why.push({ key: 'plan.why.noHours', values: {} });
    }
    lines.push({ role: 'council', contact: daytime, openness, why });
  }
  lines.push(...teams);

  // Open lines first; then lines whose hours are not held, the daytime one first only in usual office hours.
  // Closed lines keep their order (they go under "at other times").
  const rank = (line: Line) =>
    line.openness.status === 'open'
      ? 0
      : line.openness.status === 'closed'
        ? 3
        : line.role === 'council'
          ? typicalOpen === false ? 2 : 1
          : typicalOpen === false ? 1 : 2;
  return lines.map((line, i) => ({ line, i })).sort((a, b) => rank(a.line) - rank(b.line) || a.i - b.i).map((x) => x.line);
}

const toStep = (line: Line): PlanStep => ({
  role: line.role,
  contact: line.contact,
  status: line.openness.status,
  ...(line.openness.until ? { until: line.openness.until } : {}),
  ...(line.openness.opens ? { opens: line.openness.opens } : {}),
  why: line.why,
});

interface CouncilPart {
  t: WalesTime;
  ctx: Context;
  bankHoliday?: string;
  steps: PlanStep[];
  closed: PlanStep[];
  lines: number;
}

function councilPart(authority: Authority | undefined, kind: ContactKind, at: Date, holidays: Holidays | undefined, typical: HoursWindow[] | undefined): CouncilPart {
  const t = walesTime(at);
  const ctx: Context = { t, now: minutes(t.time), days: daysFrom(t, holidays), typical };
  const steps: PlanStep[] = [];
  const closed: PlanStep[] = [];
  const lines = authority ? councilLines(authority, kind, ctx) : [];
  for (const line of lines) (line.openness.status === 'closed' ? closed : steps).push(toStep(line));
  const bankHoliday = bankHolidayOn(t, holidays);
  return { t, ctx, ...(bankHoliday ? { bankHoliday } : {}), steps, closed, lines: lines.length };
}

/**
 * The ordered fallback chain: who to try, in order, for a council and a kind of concern at a
 * moment, each step saying why and whether it takes calls now.
 *
 * @param directory    The directory in use (the shipped one, or a board's as read by `readDirectory`).
 * @param authorityId  The council's id (`torfaen`). An id the directory does not hold gives the
 *                     national steps only (police, and for children the NSPCC).
 * @param kind         `children`, `adults` (never the NSPCC) or `section5` (the designated officer,
 *                     or the children's service when none is held).
 * @param at           The moment, as an instant; office hours are worked out in Wales's time zone.
 * @param holidays     One-off and moved bank holidays (`data/bank-holidays.json`); the regular ones are computed.
 * @returns            Plain, JSON-serialisable data (see `ContactPlan`); `steps` is never empty.
 */
export function contactPlan(directory: Directory, authorityId: string | undefined, kind: ContactKind, at: Date, holidays?: Holidays): ContactPlan {
  const authority = findAuthority(directory, authorityId);
  const { t, ctx, bankHoliday, steps, closed, lines } = councilPart(authority, kind, at, holidays, directory.defaultOfficeHours?.hours);

  const region = authority && directory.regions.find((r) => r.id === authority.region);
  if (region?.website) {
    steps.push({
      role: 'board',
      contact: { name: region.name, web: region.website, sources: {} },
      status: 'unknown',
      why: [{ key: 'plan.why.board', values: {} }],
    });
  }

  const police = directory.national.police ?? directory.national.emergency;
  const policeWhy: PlanReason[] = [];
  if (authority && steps.every((s) => s.role !== 'council' && s.role !== 'outOfHours')) {
    policeWhy.push({ key: lines ? 'plan.why.noCouncilOpen' : 'plan.why.noCouncilLine', values: {} });
  }
  policeWhy.push({ key: directory.national.police ? 'plan.why.police' : 'plan.why.policeEmergencyOnly', values: { phone: police.phone ?? '' } });
  steps.push({ role: 'police', contact: police, ...withOpenness(police, ctx), why: policeWhy });

  const nspcc = directory.national.nspcc;
  if (nspcc && kind === 'children') {
    steps.push({ role: 'nspcc', contact: nspcc, ...withOpenness(nspcc, ctx), why: [{ key: 'plan.why.nspcc', values: {} }] });
  }

  return {
    authorityId: authorityId ?? '',
    ...(authority ? { authorityName: authority.name } : {}),
    ...(region ? { regionName: region.name } : {}),
    kind,
    at: at.toISOString(),
    walesTime: t,
    ...(bankHoliday ? { bankHoliday } : {}),
    // A council's website in the directory is its page on reporting a concern about a child: never
    // offered for an adult at risk (issue 10.7), whose contact carries its own page when one is held.
    ...(authority?.website && kind !== 'adults' ? { website: authority.website } : {}),
    steps,
    closed,
    emergency: directory.national.emergency,
  };
}

function withOpenness(contact: Contact, ctx: Context): Pick<PlanStep, 'status' | 'until' | 'opens'> {
  const o = opennessAt(ownHours(contact), ctx.now, ctx.days);
  return { status: o.status, ...(o.until ? { until: o.until } : {}), ...(o.opens ? { opens: o.opens } : {}) };
}

/** Whether a contact takes calls at a moment (its own hours only; `unknown` when none are held). */
export function contactStatus(contact: Contact, at: Date, holidays?: Holidays): OpenStatus {
  const t = walesTime(at);
  return opennessAt(ownHours(contact), minutes(t.time), daysFrom(t, holidays)).status;
}

// ---------------------------------------------------------------------------------------------
// The single contact the wizard has shown since issue 3, now read from the chain.

/** Why this contact was chosen, as a message key plus the values the message needs. */
export interface ContactReason {
  key:
    | 'reason.officeOpen'
    | 'reason.officeOpenTypical'
    | 'reason.evening'
    | 'reason.beforeOpening'
    | 'reason.weekend'
    | 'reason.bankHoliday'
    | 'reason.noHours'
    | 'reason.allHours'
    | 'reason.outOfHoursOpen'
    | 'reason.noneOpen'
    | 'reason.notKnown';
  values: Record<string, string>;
}

export interface ContactNow {
  authorityId: string;
  kind: ContactKind;
  /** `daytime` service, `outOfHours` team, or `notKnown` when no council line is open (or of unknown hours) now. */
  which: (typeof WHICH_CONTACTS)[number];
  contact?: Contact;
  reason: ContactReason;
  /** The other council contact, shown for completeness. */
  other?: Contact;
  walesTime: WalesTime;
  /** The whole fallback chain, when the directory was given (`options.directory`). */
  plan?: ContactPlan;
}

export interface ContactNowOptions {
  holidays?: Holidays;
  /** Used when the authority's own office hours are not known. */
  defaultOfficeHours?: HoursWindow[];
  /** The directory the authority is in: gives the whole chain (`plan`) with the board, police and NSPCC steps. */
  directory?: Directory;
}

export function openWindow(hours: HoursWindow[] | undefined, t: WalesTime): HoursWindow | undefined {
  return hours?.find((w) => w.days.includes(t.weekday) && t.time >= w.open && t.time < w.close);
}

/** Why the office is closed right now, in the words a person would use. */
function closedReason(hours: HoursWindow[], t: WalesTime, holiday: string | undefined): ContactReason {
  if (holiday) return { key: 'reason.bankHoliday', values: { holiday } };
  const today = hours.filter((w) => w.days.includes(t.weekday));
  const day = DAY_NAMES[t.weekday] ?? '';
  if (today.length === 0) return { key: 'reason.weekend', values: { day } };
  const opens = today.map((w) => w.open).sort()[0] ?? '';
  const closes = today.map((w) => w.close).sort().at(-1) ?? '';
  return t.time < opens
    ? { key: 'reason.beforeOpening', values: { time: t.time, opens, day } }
    : { key: 'reason.evening', values: { time: t.time, closes, day } };
}

/**
 * The one council contact to call now, and why: the first council line of the chain (`contactPlan`).
 * Kept for the element and the report's `which`/`reason`; the chain itself is in `plan`.
 */
export function contactNow(authority: Authority, kind: ContactKind, at: Date, options: ContactNowOptions = {}): ContactNow {
  const typical = options.defaultOfficeHours ?? options.directory?.defaultOfficeHours?.hours;
  const part = councilPart(authority, kind, at, options.holidays, typical);
  const plan = options.directory
    ? contactPlan({ ...options.directory, authorities: [authority], defaultOfficeHours: typical ? { hours: typical, source: options.directory.defaultOfficeHours?.source ?? '' } : undefined }, authority.id, kind, at, options.holidays)
    : undefined;
  const t = part.t;
  const base = { authorityId: authority.id, kind, walesTime: t, ...(plan ? { plan } : {}) };
  const daytime = daytimeContact(authority, kind);
  // The one contact is one that can be called or written to: a web page alone (Neath Port Talbot's
  // overnight line, reached through the police) stays in the chain but is not "the" contact.
  const first = part.steps.find((s) => s.contact.phone || s.contact.email);
  const values = { day: DAY_NAMES[t.weekday] ?? '', time: t.time };

  if (!first) {
    const key = part.closed.length ? 'reason.noneOpen' : 'reason.notKnown';
    return { ...base, which: 'notKnown', other: daytime ?? outOfHoursContacts(authority)[0], reason: { key, values } };
  }
  if (first.role === 'council') {
    const other = outOfHoursContacts(authority)[0];
    if (first.contact.allHours) return { ...base, which: 'daytime', contact: first.contact, other, reason: { key: 'reason.allHours', values: {} } };
    if (first.status === 'open') {
      return { ...base, which: 'daytime', contact: first.contact, other, reason: { key: 'reason.officeOpen', values: { ...values, closes: first.until?.time ?? '' } } };
    }
    const typicalOpen = typical && !part.bankHoliday && openWindow(typical, t);
    // Outside usual office hours, a line whose hours are not held is not offered as the one to call
    // (the chain still lists it, saying it may not answer).
    if (typical && !typicalOpen) return { ...base, which: 'notKnown', other: first.contact, reason: { key: 'reason.notKnown', values } };
    return { ...base, which: 'daytime', contact: first.contact, other, reason: { key: typicalOpen ? 'reason.officeOpenTypical' : 'reason.noHours', values } };
  }
  const office = daytime?.hours ?? typical;
  const officeOpen = office && !part.bankHoliday && openWindow(office, t);
  const reason: ContactReason = office && !officeOpen ? closedReason(office, t, part.bankHoliday) : { key: 'reason.outOfHoursOpen', values };
  return { ...base, which: 'outOfHours', contact: first.contact, other: daytime, reason };
}
