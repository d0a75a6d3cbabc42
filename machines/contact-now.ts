/**
 * Which contact applies at a given moment, and why: the IAA service in its office hours, the
 * Emergency Duty Team outside them (WSP c2-p6: local authorities must provide 24/7 reporting;
 * out of hours contact the EDT; if the EDT cannot be reached and the risk is immediate, the police).
 */
import type { Authority, Contact, Directory, Holidays, HoursWindow } from './directory.schema.js';
import { bankHolidayOn, walesTime, type WalesTime } from './wales-time.js';

export type ContactKind = 'children' | 'adults' | 'section5';

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
    | 'reason.notKnown';
  values: Record<string, string>;
}

export interface ContactNow {
  authorityId: string;
  kind: ContactKind;
  /** `daytime` service, `outOfHours` team, or `notKnown` when the directory holds no contact for now. */
  which: 'daytime' | 'outOfHours' | 'notKnown';
  contact?: Contact;
  reason: ContactReason;
  /** The contact that does not apply at this moment, shown for completeness. */
  other?: Contact;
  walesTime: WalesTime;
}

export interface ContactNowOptions {
  holidays?: Holidays;
  /** Used when the authority's own office hours are not known. */
  defaultOfficeHours?: HoursWindow[];
}

export function openWindow(hours: HoursWindow[] | undefined, t: WalesTime): HoursWindow | undefined {
  return hours?.find((w) => w.days.includes(t.weekday) && t.time >= w.open && t.time < w.close);
}

export const DAY_NAMES = ['', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

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

/** The daytime contact for a kind of concern (a Section 5 concern goes to children's services when no LADO is listed). */
export function daytimeContact(authority: Authority, kind: ContactKind): Contact | undefined {
  if (kind === 'adults') return authority.adults;
  if (kind === 'section5') return authority.section5 ?? authority.children;
  return authority.children;
}

/** The contact for this authority and kind of concern at this moment. Pure: the time is an argument. */
export function contactNow(authority: Authority, kind: ContactKind, at: Date, options: ContactNowOptions = {}): ContactNow {
  const t = walesTime(at);
  const base = { authorityId: authority.id, kind, walesTime: t };
  const daytime = daytimeContact(authority, kind);
  // Adults and Section 5 concerns out of hours go to the same out-of-hours team (WSP adults a2-p5; s5-i-7).
  const outOfHours = authority.outOfHours;
  if (daytime?.allHours) return { ...base, which: 'daytime', contact: daytime, reason: { key: 'reason.allHours', values: {} } };

  const hours = daytime?.hours ?? options.defaultOfficeHours;
  if (!hours) {
    // Nothing tells office time from out of hours: offer the daytime service with the out-of-hours team beside it.
    if (daytime) return { ...base, which: 'daytime', contact: daytime, other: outOfHours, reason: { key: 'reason.noHours', values: {} } };
    if (outOfHours) return { ...base, which: 'outOfHours', contact: outOfHours, reason: { key: 'reason.noHours', values: {} } };
    return { ...base, which: 'notKnown', reason: { key: 'reason.notKnown', values: {} } };
  }

  const holiday = bankHolidayOn(t, options.holidays);
  const open = holiday ? undefined : openWindow(hours, t);
  if (open) {
    const values = { day: DAY_NAMES[t.weekday] ?? '', time: t.time, closes: open.close };
    if (!daytime) return { ...base, which: 'notKnown', other: outOfHours, reason: { key: 'reason.notKnown', values } };
    const key = daytime.hours ? 'reason.officeOpen' : 'reason.officeOpenTypical';
    return { ...base, which: 'daytime', contact: daytime, other: outOfHours, reason: { key, values } };
  }
  const reason = closedReason(hours, t, holiday);
  if (outOfHours) return { ...base, which: 'outOfHours', contact: outOfHours, other: daytime, reason };
  // Out of hours with no out-of-hours number: never show the closed daytime line as if it were open.
  return { ...base, which: 'notKnown', other: daytime, reason: { key: 'reason.notKnown', values: reason.values } };
}

export function findAuthority(directory: Directory, id: string | undefined): Authority | undefined {
  return directory.authorities.find((a) => a.id === id);
}
