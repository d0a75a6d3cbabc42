/**
 * One deadline for the written confirmation (issue 12.6): the earlier of "within 24 hours"
 * (WSP c2-p18) and "within 1 working day" (c2-p17), where one working day ends when the council's
 * daytime service closes on the next working day. Every expected time is worked out by hand below,
 * in Wales's local time (GMT in November and December, BST in April).
 */
import { expect } from '@open-wc/testing';
import { buildReport } from '../machines/build-report.js';
import { walesInstant, writtenDeadline } from '../machines/deadlines.js';
import type { HoursWindow } from '../machines/directory.schema.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';

/** A council's daytime hours: Monday to Thursday until 17:00, Friday until 16:30. */
const HOURS: HoursWindow[] = [
  { days: [1, 2, 3, 4], open: '08:30', close: '17:00' },
  { days: [5], open: '08:30', close: '16:30' },
];
const deadline = (iso: string) => writtenDeadline(new Date(iso), { hours: HOURS, holidays: shippedHolidays });

describe('The written confirmation has one deadline: the earlier of 24 hours and one working day', () => {
  it('a Friday evening: 24 hours (Saturday 20:00) comes before the end of Monday', () => {
    const d = deadline('2026-11-20T20:00:00Z');
    expect(d.within24Hours).to.equal('2026-11-21T20:00:00.000Z');
    expect(d.workingDay).to.equal('2026-11-23');
    expect(d.oneWorkingDayEnds).to.equal('2026-11-23T17:00:00.000Z');
    expect(d).to.include({ by: '2026-11-21T20:00:00.000Z', rule: '24-hours' });
  });

  it('a weekday morning: 24 hours (Thursday 09:15) comes before Thursday\'s close at 17:00', () => {
    const d = deadline('2026-11-18T09:15:00Z');
    expect(d.oneWorkingDayEnds).to.equal('2026-11-19T17:00:00.000Z');
    expect(d).to.include({ by: '2026-11-19T09:15:00.000Z', rule: '24-hours' });
  });

  it('a weekday evening: one working day (Thursday\'s close at 17:00) comes before 24 hours (Thursday 18:30)', () => {
    const d = deadline('2026-11-18T18:30:00Z');
    expect(d.within24Hours).to.equal('2026-11-19T18:30:00.000Z');
    expect(d).to.include({ by: '2026-11-19T17:00:00.000Z', rule: 'one-working-day' });
  });

  it('a Thursday evening before Christmas: Christmas, the weekend and the Boxing Day substitute do not count', () => {
    const d = deadline('2026-12-24T18:00:00Z');
    expect(d.workingDay, 'Tuesday 29 December').to.equal('2026-12-29');
    expect(d.oneWorkingDayEnds).to.equal('2026-12-29T17:00:00.000Z');
    expect(d).to.include({ by: '2026-12-25T18:00:00.000Z', rule: '24-hours' });
  });

  it('the afternoon before Good Friday (summer time): the working day is the Tuesday after Easter Monday, closing at 17:00 BST', () => {
    const d = deadline('2026-04-02T15:00:00Z'); // Thursday 16:00 BST
    expect(d.workingDay).to.equal('2026-04-07');
    expect(d.oneWorkingDayEnds).to.equal('2026-04-07T16:00:00.000Z');
    expect(d).to.include({ by: '2026-04-03T15:00:00.000Z', rule: '24-hours' });
  });

  it('a Thursday evening with a Friday close at 16:30: Friday\'s own closing time is used', () => {
    const d = deadline('2026-11-19T17:15:00Z');
    expect(d).to.include({ by: '2026-11-20T16:30:00.000Z', rule: 'one-working-day' });
  });

  it('a service that closes for lunch: the working day ends at its last closing time', () => {
    const lunch: HoursWindow[] = [
      { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:30' },
      { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    ];
    const d = writtenDeadline(new Date('2026-11-18T19:00:00Z'), { hours: lunch, holidays: shippedHolidays });
    expect(d).to.include({ by: '2026-11-19T17:00:00.000Z', rule: 'one-working-day' });
  });

  it('with no opening hours held, the working day ends at 23:59, so 24 hours comes first', () => {
    const d = writtenDeadline(new Date('2026-11-18T18:30:00Z'), { holidays: shippedHolidays });
    expect(d.oneWorkingDayEnds).to.equal('2026-11-19T23:59:00.000Z');
    expect(d).to.include({ by: '2026-11-19T18:30:00.000Z', rule: '24-hours' });
  });

  it('Wales local times become the right instant in summer and in winter', () => {
    expect(walesInstant('2026-04-07', '17:00').toISOString()).to.equal('2026-04-07T16:00:00.000Z');
    expect(walesInstant('2026-11-19', '17:00').toISOString()).to.equal('2026-11-19T17:00:00.000Z');
  });

  it('the report carries the one deadline, from the chosen council\'s own hours (Torfaen)', () => {
    const report = buildReport(
      {
        answers: { danger: 'no', role: 'practitioner', subject: 'child', knowledge: 'saw', harm: ['neglect'], statements: [{ text: 'x' }], authority: 'torfaen' },
        route: ['danger', 'role', 'subject', 'knowledge', 'harm', 'whatHappened', 'authority', 'contactNow', 'checkAnswers'],
        times: {},
      },
      { directory: shippedDirectory, holidays: shippedHolidays, now: new Date('2026-11-18T18:30:00Z') },
    );
    expect(report.deadlines).to.include({
      written: '2026-11-19T17:00:00.000Z',
      writtenRule: 'one-working-day',
      writtenWithin24Hours: '2026-11-19T18:30:00.000Z',
      writtenWithinOneWorkingDay: '2026-11-19',
      oneWorkingDayEnds: '2026-11-19T17:00:00.000Z',
    });
  });
});
