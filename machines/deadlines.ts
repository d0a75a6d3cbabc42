/**
 * The one deadline for confirming a phone report in writing. Pure: the time is an argument.
 *
 * The procedures give two: "within 24 hours" (WSP c2-p18, the c2-p2 flowchart; Welsh "cyn pen 24
 * awr") and "within 1 working day" (c2-p17; Welsh "cyn pen 1 diwrnod gwaith"). The wizard gives the
 * earlier of the two, so the person is late by neither (notes/procedure-rules.md §11).
 *
 * One working day is read strictly: it ends when the council's daytime service closes on the next
 * working day after the day of the call (weekends and bank holidays do not count). The closing time
 * is the service's own (directory data), else the directory's typical office hours; when neither is
 * held, the working day is taken to end at 23:59 that day.
 */
import type { Holidays, HoursWindow } from './directory.schema.js';
import type { WrittenRule } from './report-lists.js';
import { addWorkingDays, walesTime } from './wales-time.js';

export interface WrittenDeadline {
  /** The deadline to give: the earlier of the two below (ISO 8601 instant). */
  by: string;
  /** Which rule gave it. */
  rule: WrittenRule;
  /** 24 hours after the call (c2-p18). */
  within24Hours: string;
  /** The next working day after the day of the call, in Wales (YYYY-MM-DD). */
  workingDay: string;
  /** When that working day ends (c2-p17), as an instant. */
  oneWorkingDayEnds: string;
}

export interface DeadlineOptions {
  /** The daytime service's opening hours (or typical office hours), in Wales's local time. */
  hours?: HoursWindow[];
  holidays?: Holidays;
}

const DAY = 24 * 3600 * 1000;

/**
 * The instant a Wales local date and time (HH:MM) falls on. Wales is on UTC or one hour ahead, so
 * one of the two readings is right; on the night the clocks go back the earlier is taken.
 */
export function walesInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3600 * 1000);
    const t = walesTime(candidate);
    if (t.date === date && t.time === time) return candidate;
  }
  // A time that does not exist in Wales (the hour skipped when the clocks go forward).
  return new Date(asUtc);
}

/** When the working day on `date` ends: the latest closing time of the hours that cover that weekday. */
export function workingDayEnds(date: string, hours: HoursWindow[] | undefined): Date {
  const weekday = walesTime(walesInstant(date, '12:00')).weekday;
  const closes = (hours ?? []).filter((w) => w.days.includes(weekday)).map((w) => w.close).sort();
  return walesInstant(date, closes.at(-1) ?? '23:59');
}

/** The written-confirmation deadline for a call made at `now`. */
export function writtenDeadline(now: Date, options: DeadlineOptions = {}): WrittenDeadline {
  const within24Hours = new Date(now.getTime() + DAY);
  const workingDay = addWorkingDays(walesTime(now).date, 1, options.holidays);
  const ends = workingDayEnds(workingDay, options.hours);
  const workingDayFirst = ends.getTime() < within24Hours.getTime();
  return {
    by: (workingDayFirst ? ends : within24Hours).toISOString(),
    rule: workingDayFirst ? 'one-working-day' : '24-hours',
    within24Hours: within24Hours.toISOString(),
    workingDay,
    oneWorkingDayEnds: ends.toISOString(),
  };
}
