/**
 * Wales's local time and the bank holidays of England and Wales, computed with Intl alone.
 *
 * Office hours are evaluated in Europe/London whatever the device's clock or time zone says
 * (DOMAIN.md step 7), so a laptop set to another zone still gets the right service.
 */
import type { Holidays } from './directory.schema.js';

export interface WalesTime {
  /** YYYY-MM-DD in Wales. */
  date: string;
  year: number;
  month: number;
  day: number;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** HH:MM, 24-hour, in Wales. */
  time: string;
}

// Made on first use, not when the module loads: the first time-zone formatter in a page costs
// 15-50 ms, which would otherwise delay the first question (bench/results.json).
let formatter: Intl.DateTimeFormat | undefined;
const walesFormatter = () =>
  (formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }));
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function walesTime(instant: Date): WalesTime {
  const parts = Object.fromEntries(walesFormatter().formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year,
    month,
    day,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? '') + 1,
    time: `${parts.hour}:${parts.minute}`,
  };
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** Day of week of a calendar date, 1 = Monday ... 7 = Sunday. */
const dow = (y: number, m: number, d: number) => ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
const addDays = (y: number, m: number, d: number, n: number) => {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/** Easter Sunday (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(y: number): { month: number; day: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const firstMonday = (y: number, m: number) => {
  const d = ((8 - dow(y, m, 1)) % 7) + 1;
  return iso(y, m, d);
};
const lastMonday = (y: number, m: number) => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return iso(y, m, last - ((dow(y, m, last) + 6) % 7));
};

/**
 * Names are catalogue keys (holiday.*) for computed days, and the data's own names for one-off days.
 * The regular bank holidays of England and Wales for a year (Banking and Financial Dealings Act
 * 1971, with the substitute-day rule for New Year, Christmas and Boxing Day at weekends),
 * then the one-off and moved days from data.
 */
export function bankHolidays(year: number, holidays?: Holidays): Map<string, string> {
  const out = new Map<string, string>();
  // New Year's Day, or the next Monday when it falls at a weekend.
  const ny = dow(year, 1, 1);
  out.set(ny === 6 ? iso(year, 1, 3) : ny === 7 ? iso(year, 1, 2) : iso(year, 1, 1), 'holiday.newYear');
  const easter = easterSunday(year);
  out.set(addDays(year, easter.month, easter.day, -2), 'holiday.goodFriday');
  out.set(addDays(year, easter.month, easter.day, 1), 'holiday.easterMonday');
  out.set(firstMonday(year, 5), 'holiday.earlyMay');
  out.set(lastMonday(year, 5), 'holiday.spring');
  out.set(lastMonday(year, 8), 'holiday.summer');
  // Christmas and Boxing Day: a weekend day moves to the next free weekday.
  const xmas = dow(year, 12, 25);
  if (xmas <= 5) out.set(iso(year, 12, 25), 'holiday.christmas');
  else out.set(iso(year, 12, 27), 'holiday.christmasSubstitute');
  const boxing = dow(year, 12, 26);
  if (boxing <= 5) out.set(iso(year, 12, 26), 'holiday.boxing');
  else out.set(iso(year, 12, 28), 'holiday.boxingSubstitute');
  for (const r of holidays?.removed ?? []) if (r.date.startsWith(`${year}-`)) out.delete(r.date);
  for (const x of holidays?.extra ?? []) if (x.date.startsWith(`${year}-`)) out.set(x.date, x.name);
  return out;
}

/** The bank holiday on this Wales date, if any. */
export function bankHolidayOn(t: WalesTime, holidays?: Holidays): string | undefined {
  return bankHolidays(t.year, holidays).get(t.date);
}

/** The date `n` working days after a Wales date (weekends and bank holidays do not count). */
export function addWorkingDays(date: string, n: number, holidays?: Holidays): string {
  let [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let left = n;
  while (left > 0) {
    const next = addDays(y, m, d, 1);
    [y, m, d] = next.split('-').map(Number) as [number, number, number];
    if (dow(y, m, d) <= 5 && !bankHolidays(y, holidays).has(next)) left -= 1;
  }
  return iso(y, m, d);
}
