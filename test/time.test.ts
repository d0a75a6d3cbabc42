/**
 * Office hours and bank holidays in Wales's time zone, whatever the device's clock says.
 */
import { expect } from '@open-wc/testing';
import { contactNow } from '../machines/contact-now.js';
import { addWorkingDays, bankHolidays, walesTime } from '../machines/wales-time.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { TIMES } from './helpers.js';

// Caerphilly publishes its own office hours (Mon-Thu 08:30-17:00, Fri 08:30-16:30) on its out-of-hours page.
const caerphilly = shippedDirectory.authorities.find((a) => a.id === 'caerphilly')!;
const options = { holidays: shippedHolidays, defaultOfficeHours: shippedDirectory.defaultOfficeHours?.hours };
const at = (iso: string) => contactNow(caerphilly, 'children', new Date(iso), options);

describe('Which contact applies now (Caerphilly: daytime Mon-Thu to 17:00, Fri to 16:30)', () => {
  it('a weekday at noon: the daytime Information, Advice and Assistance service', () => {
    const now = at(TIMES.weekdayNoon);
    expect(now.which).to.equal('daytime');
    expect(now.contact?.phone).to.equal(caerphilly.children!.phone);
    expect(now.reason).to.deep.equal({ key: 'reason.officeOpen', values: { day: 'wednesday', time: '12:00', closes: '17:00' } });
  });

  it('a Friday afternoon after 16:30: the Emergency Duty Team, because Friday closes early', () => {
    const now = at(TIMES.fridayAfternoon);
    expect(now.which).to.equal('outOfHours');
    expect(now.reason).to.deep.equal({ key: 'reason.evening', values: { time: '16:45', closes: '16:30', day: 'friday' } });
    // The same time on a Thursday is still office time.
    expect(at('2026-11-19T16:45:00Z').which).to.equal('daytime');
  });

  it('a weekday at 20:00: the Emergency Duty Team', () => {
    expect(at(TIMES.fridayEvening).which).to.equal('outOfHours');
    expect(at(TIMES.fridayEvening).contact?.phone).to.equal(caerphilly.outOfHours!.phone);
  });

  it('early morning before opening: the Emergency Duty Team, saying when the office opens', () => {
    expect(at('2026-11-18T07:10:00Z').reason).to.deep.equal({ key: 'reason.beforeOpening', values: { time: '07:10', opens: '08:30', day: 'wednesday' } });
  });

  it('a Saturday: "It is Saturday, so call the out-of-hours Emergency Duty Team"', () => {
    const now = at(TIMES.saturday);
    expect(now.which).to.equal('outOfHours');
    expect(now.reason).to.deep.equal({ key: 'reason.weekend', values: { day: 'saturday' } });
  });

  it('Easter Monday at 11:00: the Emergency Duty Team, because it is a bank holiday', () => {
    const now = at(TIMES.easterMonday);
    expect(now.which).to.equal('outOfHours');
    expect(now.reason).to.deep.equal({ key: 'reason.bankHoliday', values: { holiday: 'holiday.easterMonday' } });
  });

  it('the clocks going forward in March: 08:45 in Wales is 07:45 UTC, and the office is open', () => {
    // Monday 30 March 2026, the day after British Summer Time starts.
    expect(walesTime(new Date('2026-03-30T07:45:00Z')).time).to.equal('08:45');
    expect(at('2026-03-30T07:45:00Z').which).to.equal('daytime');
    // In UTC it would still be before opening: the device's zone must not decide.
    expect(at('2026-03-30T07:15:00Z').which).to.equal('outOfHours');
  });

  it('the clocks going back in October: 16:50 UTC is 16:50 in Wales, office still open on Monday', () => {
    // Monday 26 October 2026, the day after British Summer Time ends.
    expect(walesTime(new Date('2026-10-26T16:50:00Z')).time).to.equal('16:50');
    expect(at('2026-10-26T16:50:00Z').which).to.equal('daytime');
    // The Friday before, still on summer time: 15:45 UTC is 16:45 in Wales, after the Friday close.
    expect(at('2026-10-23T15:45:00Z').which).to.equal('outOfHours');
  });

  it('an authority with no out-of-hours number never offers the closed daytime line out of hours', () => {
    const anglesey = shippedDirectory.authorities.find((a) => a.id === 'isle-of-anglesey')!;
    expect(anglesey.outOfHours).to.equal(undefined);
    const now = contactNow(anglesey, 'children', new Date(TIMES.saturday), options);
    expect(now.which).to.equal('notKnown');
  });
});

describe('Bank holidays of England and Wales, computed', () => {
  it('2026: the eight regular days, with Boxing Day on a Saturday moved to Monday 28 December', () => {
    expect([...bankHolidays(2026, shippedHolidays).keys()].sort()).to.deep.equal([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('2027: Christmas on a Saturday and Boxing Day on a Sunday become Monday 27 and Tuesday 28', () => {
    const days = bankHolidays(2027);
    expect(days.get('2027-12-27')).to.equal('holiday.christmasSubstitute');
    expect(days.get('2027-12-28')).to.equal('holiday.boxingSubstitute');
    expect(days.has('2027-12-25')).to.equal(false);
  });

  it('2022: New Year on a Saturday moves to Monday 3 January; the one-off and moved days come from data', () => {
    const days = bankHolidays(2022, shippedHolidays);
    expect(days.has('2022-01-03')).to.equal(true);
    expect(days.has('2022-09-19'), 'State Funeral').to.equal(true);
    expect(days.has('2022-06-02') && days.has('2022-06-03'), 'Jubilee').to.equal(true);
    expect(days.has('2022-05-30'), 'Spring bank holiday moved').to.equal(false);
  });

  it('Easter moves every year (2025: 18 and 21 April; 2030: 19 and 22 April)', () => {
    expect(bankHolidays(2025).get('2025-04-18')).to.equal('holiday.goodFriday');
    expect(bankHolidays(2025).get('2025-04-21')).to.equal('holiday.easterMonday');
    expect(bankHolidays(2030).get('2030-04-22')).to.equal('holiday.easterMonday');
  });

  it('working days skip weekends and bank holidays (7 working days from Christmas Eve 2026)', () => {
    expect(addWorkingDays('2026-12-24', 1, shippedHolidays)).to.equal('2026-12-29');
    expect(addWorkingDays('2026-12-24', 7, shippedHolidays)).to.equal('2027-01-07');
  });
});
