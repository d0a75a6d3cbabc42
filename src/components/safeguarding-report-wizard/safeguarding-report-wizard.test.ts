/**
 * The wizard in a real browser, filled in as a person does: by labels and buttons, with axe on
 * every step, from the first question to the report summary.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { reportSchema, type Report } from '../../schemas.js';
import { shippedDirectory } from '../../directory/shipped.js';
import { en } from '../../i18n/en.js';
import {
  button,
  byLabel,
  choose,
  confirmAndGetReport,
  expectAccessible,
  expectHeading,
  headingText,
  next,
  press,
  root,
  text,
  type,
  wizardAt,
  TIMES,
  type Wizard,
} from '../../../test/helpers.js';
import { ROUTES, type Route } from '../../../fixtures/routes.js';

async function walk(route: Route): Promise<{ el: Wizard; report: Report }> {
  const el = await wizardAt(route.at);
  for (const step of route.steps) {
    await expectHeading(el, step.heading);
    await expectAccessible(el);
    await step.act?.(el);
    await next(el);
  }
  await expectHeading(el, 'Check your answers');
  await expectAccessible(el);
  const report = await confirmAndGetReport(el);
  await expectHeading(el, 'Your report summary');
  await expectAccessible(el);
  return { el, report };
}

const byName = (name: string) => ROUTES.find((r) => r.name.startsWith(name))!;
const torfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;

describe('Routes through the wizard, with axe on every step', () => {
  it('immediate danger: "Call 999 now" first, the report goes on, and the summary records the call', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await choose(el, 'Yes');
    await next(el);
    await expectHeading(el, 'Call 999 now');
    const call = root(el).querySelector<HTMLAnchorElement>('[part="call-emergency"]');
    expect(call?.getAttribute('href')).to.equal('tel:999');
    expect(text(el)).to.contain('ask for the police').and.contain('Ask for an ambulance').and.contain('other children');
    const { report, el: done } = await walk(byName('immediate danger'));
    expect(report.emergency).to.deep.equal({ immediateDanger: true, called999: 'yes' });
    expect(text(done)).to.contain('Someone was in immediate danger').and.contain('999 has been called');
  });

  it('the parent is the alleged abuser: consent not sought, and the reason is in the summary', async () => {
    const { el, report } = await walk(byName('the parent is the alleged abuser'));
    expect(report.consent).to.include({ decision: 'not-seek', decidedBy: 'reporter-with-dsp' });
    expect(report.consent?.reasons).to.deep.equal(['parent-alleged-abuser']);
    expect(report.concern?.childWords).to.equal('Dad grabbed me because I spilt my drink');
    const summary = text(el);
    expect(summary).to.contain('Parents or carers not asked for consent');
    expect(summary).to.contain('The parent is the alleged abuser');
    expect(summary).to.contain('the person reporting, with the Designated Safeguarding Person');
    expect(summary).to.contain('Ms Rhian Jones');
  });

  it('consent refused, yet reported: the summary says the report goes ahead, and why', async () => {
    const { el, report } = await walk(byName('consent refused'));
    expect(report.outcome).to.equal('report');
    expect(report.consent?.outcome).to.equal('refused');
    expect(text(el)).to.contain('Make your report now.').and.contain('Consent was refused. Information can be shared without consent');
    expect(text(el)).to.contain('Mum said it is none of our business');
  });

  it('DSP unreachable at 20:00 on a Friday: the out-of-hours Emergency Duty Team, by phone', async () => {
    const { el, report } = await walk(byName('DSP unreachable'));
    expect(report.contact.which).to.equal('outOfHours');
    expect(report.contact.contact?.phone).to.equal(torfaen.outOfHours!.phone);
    expect(text(el)).to.contain('It is 20:00 on Friday and the daytime service closed at 16:30, so call the out-of-hours Emergency Duty Team.');
    const phone = root(el).querySelector<HTMLAnchorElement>('.contact-phone');
    expect(phone?.getAttribute('href')).to.equal(`tel:${torfaen.outOfHours!.phone!.replace(/\s/g, '')}`);
    expect(report.consent?.otherReason).to.equal('The family plans to leave the country this weekend');
    expect(report.decisions.find((d) => d.topic === 'dsp')?.decision).to.equal('dsp.unreachable-risky');
  });

  it('DSP mode: the summary names the DSP and the person who raised the concern', async () => {
    const { el, report } = await walk(byName('DSP mode'));
    expect(report.reporter).to.deep.equal({ role: 'dsp', raisedBy: { name: 'Sam Teacher', role: 'Year 5 class teacher' }, dspName: 'Ms Rhian Jones' });
    expect(report.consent?.decidedBy).to.equal('dsp-with-raiser');
    expect(text(el)).to.contain('Ms Rhian Jones').and.contain('Sam Teacher').and.contain('The Designated Safeguarding Person for my organisation');
    expect(text(el)).to.contain('the Designated Safeguarding Person, with the person who raised the concern');
  });

  it('Section 5: what to do and not do, the 24-hour notification, and no child report when no child is involved', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await choose(el, 'No');
    await next(el);
    await choose(el, 'A member of staff or a volunteer');
    await next(el);
    await choose(el, 'Someone who works or volunteers with children');
    await next(el);
    await expectHeading(el, 'Could the person the concern is about have committed a crime?');
    await choose(el, 'No');
    await next(el);
    expect(text(el)).to.contain('investigate, or ask anyone leading questions').and.contain('promise to keep it secret').and.contain('tell or warn the person');
    const { el: done, report } = await walk(byName('Section 5'));
    expect(report.route).to.equal('section5');
    expect(report.outcome).to.equal('section5');
    // WSP s5-i-7: the lead immediately; the designated officer within 24 hours, or the next working day (test/edges.test.ts checks the words).
    expect(text(done)).to.contain(en['summary.outcome.section5']).and.contain('within 24 hours (the next working day if it is out of hours)');
  });

  it('adult at risk: the three-part test, capacity and consent, 24 hours, and the adult services contact', async () => {
    const { el, report } = await walk(byName('adult at risk'));
    const carmarthenshire = shippedDirectory.authorities.find((a) => a.id === 'carmarthenshire')!;
    expect(report.route).to.equal('adult');
    expect(report.contact.contact?.phone).to.equal(carmarthenshire.adults!.phone);
    expect(text(el)).to.contain(carmarthenshire.adults!.phone!);
    expect(report.concern).to.equal(undefined);
  });

  it('a member of the public told a practitioner: "you must report this yourself, and tell them"', async () => {
    const { report } = await walk(byName('a member of the public'));
    expect(report.knowledge).to.include({ how: 'someone-told', toldBy: 'public' });
    expect(report.knowledge?.colleagueReported, 'no question about a colleague reporting').to.equal(undefined);
    expect(report.consent?.outcome).to.equal('could-not-ask');
  });
});

describe('The host page receives structured data', () => {
  it('report-complete bubbles out of the element, composed, and passes the exported schema', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = byName('consent refused');
    for (const step of route.steps) {
      await step.act?.(el);
      await next(el);
    }
    const caught = new Promise<CustomEvent<Report>>((resolve) =>
      document.addEventListener('report-complete', (e) => resolve(e), { once: true }),
    );
    await press(el, 'Confirm and see your report summary');
    const event = await caught;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(reportSchema.safeParse(event.detail).success).to.equal(true);
    expect(event.detail.decisions.map((d) => d.topic)).to.deep.equal(['emergency', 'police', 'dsp', 'consent', 'report', 'contact']);
  });

  it('step-change carries each step\'s title, so the host can set the page title', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await choose(el, 'No');
    const event = oneEvent(el, 'step-change');
    await next(el);
    const { detail } = (await event) as CustomEvent<{ step: string; title: string }>;
    expect(detail).to.include({ step: 'role', title: 'Who are you?' });
  });
});

describe('Errors, Back and Change, as a person meets them', () => {
  it('Continue with no answer shows the error summary, focused, linking to the field', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await next(el);
    const summary = root(el).querySelector<HTMLElement>('[data-error-summary]');
    expect(summary, 'an error summary').to.exist;
    expect(root(el).activeElement).to.equal(summary);
    expect(text(el)).to.contain('There is a problem').and.contain('Select yes if anyone is in immediate danger');
    await expectAccessible(el);
    summary!.querySelector('a')!.click();
    expect(root(el).activeElement).to.equal(byLabel(el, 'Yes'));
  });

  it('the heading of each new question takes focus', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await choose(el, 'No');
    await next(el);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Who are you?');
  });

  it('Back keeps what was typed, even before Continue', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const steps = byName('consent refused').steps;
    for (const step of steps.slice(0, steps.findIndex((s) => s.heading === 'What happened?'))) {
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'What happened?');
    await type(el, 'Statement 1', 'Arrived with a black eye');
    await press(el, 'Back');
    await expectHeading(el, 'What kind of harm are you worried about?');
    await next(el);
    expect((byLabel(el, 'Statement 1') as HTMLTextAreaElement).value).to.equal('Arrived with a black eye');
  });

  it('Change on check answers re-asks only the questions that depended on the answer', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    for (const step of byName('consent refused').steps) {
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Check your answers');
    // The Change button for "How you know" has hidden context for screen readers.
    const change = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent?.includes('your answer to: How you know'))!;
    change.click();
    await el.updateComplete;
    await expectHeading(el, 'How do you know about this concern?');
    await choose(el, 'The child told me');
    await next(el);
    await expectHeading(el, 'What did the child say? (optional)');
    await type(el, 'What did the child say?', 'I am scared to go home');
    await next(el);
    await expectHeading(el, 'Check your answers');
    expect(text(el)).to.contain('I am scared to go home');
  });

  it('missing detail never blocks the way to the contact', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = byName('consent refused');
    // Every optional step is left empty: only the required choices are made.
    for (const step of route.steps) {
      if (['About the child', "The child's wishes and views"].includes(step.heading)) {
        await next(el);
        continue;
      }
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Check your answers');
    expect(text(el)).to.contain('Not provided');
  });

  it('can be used with the keyboard alone: Tab to an option, Space to choose, Enter to continue', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    byLabel(el, 'Yes').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Who are you?');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Who are you worried about?');
  });
});

describe('The completed report summary', () => {
  it('shows what to do next: one written deadline with why, a reference, chase at 7 working days, how to escalate', async () => {
    const { el, report } = await walk(byName('consent refused'));
    const summary = text(el);
    // Wednesday noon: 24 hours (Thursday 12:00) comes before Torfaen closes on Thursday (17:00).
    expect(report.deadlines).to.include({ written: '2026-11-19T12:00:00.000Z', writtenRule: '24-hours' });
    const deadline = 'Confirm your report in writing by Thursday 19 November 2026, at 12:00';
    expect(summary).to.contain(`${deadline}, on the council's own report form.`);
    expect(summary).to.contain('so this is the earlier of the two').and.contain("your local authority's own instructions come first");
    expect(summary.split(deadline), 'the deadline sentence is given once').to.have.length(2);
    expect(summary, 'no second deadline').to.not.contain('by the end of');
    expect(summary).to.contain('any reference number');
    expect(summary).to.contain('within 7 working days (by Friday 27 November 2026)');
    expect(summary).to.contain('senior manager for safeguarding');
  });

  it('copies as plain text holding every decision, and saves JSON that passes the schema', async () => {
    const { el } = await walk(byName('the parent is the alleged abuser'));
    const plain = el.reportText();
    expect(plain).to.contain('The parent is the alleged abuser').and.contain('Dad grabbed me because I spilt my drink');
    expect(plain).to.contain('Who to contact now').and.contain(torfaen.children!.phone!);
    const saved = JSON.parse(el.reportJson());
    expect(reportSchema.safeParse(saved.report).success).to.equal(true);
    expect(saved.text).to.equal(plain);

    // The buttons themselves: Copy puts the text on the clipboard and says so; each Save hands
    // the browser a file of that text or JSON.
    let copied = '';
    const blobs: Blob[] = [];
    const names: string[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.href.startsWith('blob:caught')) names.push(this.download);
      else click.call(this);
    };
    try {
      await press(el, 'Copy as text');
      expect(copied, 'what Copy put on the clipboard').to.equal(plain);
      expect(root(el).querySelector('.status[role="status"]')?.textContent?.trim()).to.equal(en['summary.copied']);
      await press(el, 'Save as a text file');
      await press(el, 'Save as data (JSON)');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['safeguarding-report-2026-11-18.txt', 'safeguarding-report-2026-11-18.json']);
    expect(await blobs[0]!.text()).to.equal(plain);
    expect(JSON.parse(await blobs[1]!.text())).to.deep.equal(saved);
  });

  it('email links carry no report content', async () => {
    const { el } = await walk(byName('consent refused'));
    const mailto = Array.from(root(el).querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]'));
    expect(mailto.length).to.be.greaterThan(0);
    for (const a of mailto) expect(a.getAttribute('href')).to.match(/^mailto:[^?&]+$/);
  });

  it('prints the summary alone', async () => {
    const { el } = await walk(byName('consent refused'));
    const { emulateMedia } = await import('@web/test-runner-commands');
    const sibling = document.createElement('p');
    sibling.textContent = 'Host page text';
    document.body.prepend(sibling);
    window.print = () => undefined;
    button(el, 'Print').click();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(sibling).visibility).to.equal('hidden');
      expect(getComputedStyle(el).visibility).to.equal('visible');
      expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.summary')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      sibling.remove();
    }
    expect(document.documentElement.hasAttribute('data-srw-printing')).to.equal(false);
  });

  it('Section 5 about the safeguarding lead: the summary says not to tell them, and to go past them', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    // About the lead, and no child named: another manager is asked about before the council (WSP c2-p13).
    const steps = byName('Section 5').steps.flatMap((step) =>
      step.heading === 'Is the concern about your safeguarding lead?'
        ? [{ ...step, act: (w: Wizard) => choose(w, 'Yes') }]
        : step.heading === 'Is a particular child involved or at risk?'
          ? [step, { heading: 'Is there another senior manager you can tell safely, today?', act: (w: Wizard) => choose(w, 'Yes') }]
          : [step],
    );
    for (const step of steps) {
      await step.act?.(el);
      await next(el);
    }
    await press(el, 'Confirm and see your report summary');
    expect(text(el)).to.contain('Do not tell your safeguarding lead: the concern is about them.');
    expect(text(el)).to.not.contain('Tell your safeguarding lead now');
    expect(el.reportText()).to.contain('Do not tell your safeguarding lead');
  });

  it('an adult at risk where no adult number is held: the council\'s adult services, not the NSPCC children\'s helpline', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    for (const step of byName('adult at risk').steps.slice(0, -2)) {
      await step.act?.(el);
      await next(el);
    }
    const { selectOption } = await import('../../../test/helpers.js');
    await selectOption(el, 'Council (local authority)', 'Torfaen');
    await next(el);
    expect(text(el)).to.contain('We do not hold a number for Torfaen that is open now');
    // The chain goes on to the board and the police, never to the children's helpline.
    expect(text(el)).to.contain('Gwent Regional Safeguarding Board').and.contain(shippedDirectory.national.police!.phone!);
    expect(text(el)).to.not.contain('NSPCC');
  });

  it('a council with no number held says so, and points to the NSPCC and 999', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = byName('consent refused');
    for (const step of route.steps.slice(0, -2)) {
      await step.act?.(el);
      await next(el);
    }
    const { selectOption } = await import('../../../test/helpers.js');
    await selectOption(el, 'Council (local authority)', 'Gwynedd');
    await next(el);
    await expectHeading(el, 'Who to contact now');
    expect(text(el)).to.contain('We do not hold a number for Gwynedd that is open now');
    expect(text(el)).to.contain('NSPCC Helpline').and.contain(shippedDirectory.national.nspcc!.phone!);
    expect(headingText(el)).to.equal('Who to contact now');
  });
});
