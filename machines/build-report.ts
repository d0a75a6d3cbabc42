/**
 * Answers + route + directory + a given time → the completed report. Pure: no clock, no DOM.
 * Every decision is recorded with its reason and time (DOMAIN.md 8; seed 001 on consent).
 */
import { answersOnRoute, namedAtRisk, type Answers, type StepId } from './answers.js';
import { contactNow, contactPlan, daytimeContact, findAuthority, type ContactKind, type ContactNow } from './contact-now.js';
import { writtenDeadline } from './deadlines.js';
import type { Directory, Holidays } from './directory.schema.js';
import type { Decision, Report } from './report.schema.js';
import { nextSteps } from './next-steps.js';

/** An answer for a council in England is `england:` and the council's name (no Welsh directory entry). */
export const ENGLAND = 'england:';
import { addWorkingDays, walesTime } from './wales-time.js';

export interface ReportInput {
  answers: Answers;
  /** The steps taken, in order, up to and including check answers. */
  route: readonly StepId[];
  /** When each step was answered. */
  times: Partial<Record<StepId, string>>;
}

export interface ReportOptions {
  directory: Directory;
  holidays?: Holidays;
  now: Date;
}

const present = (s: string | undefined) => (s && s.trim() !== '' ? s : undefined);

export function routeKind(a: Answers): Report['route'] {
  if (a.subject === 'adult') return 'adult';
  if (a.subject === 'practitioner' && a.s5ChildInvolved !== 'yes') return 'section5';
  return 'child';
}

export function contactKindFor(a: Answers): ContactKind {
  const route = routeKind(a);
  return route === 'adult' ? 'adults' : route === 'section5' ? 'section5' : 'children';
}

function outcomeOf(a: Answers, on: (s: StepId) => boolean): Report['outcome'] {
  const route = routeKind(a);
  if (route === 'adult') return 'adult-signpost';
  if (route === 'section5') return 'section5';
  if (on('dspStillConcerned') && a.stillConcerned === 'no') return 'not-reporting';
  // WSP c2-p13: "If … there is uncertainty as to whether to report concerns, these should be discussed with … social services".
  if (on('dspStillConcerned') && a.stillConcerned === 'not-sure') return 'seek-advice';
  if (on('dspTalk') && a.dspAgreed === 'dsp-reports') return 'dsp-reports';
  return 'report';
}

/** Who to contact now for these answers, at this moment: the one place the machine asks. */
export function contactFor(
  env: { answers: Answers; directory: Directory; holidays?: Holidays },
  at: Date,
): ContactNow | undefined {
  const authority = findAuthority(env.directory, env.answers.authority);
  return authority
    ? contactNow(authority, contactKindFor(env.answers), at, {
        holidays: env.holidays,
        defaultOfficeHours: env.directory.defaultOfficeHours?.hours,
        // With the directory, the contact carries the whole fallback chain (`plan`) the contact step draws.
        directory: env.directory,
      })
    : undefined;
}

export function buildReport(input: ReportInput, options: ReportOptions): Report {
  const { directory, holidays, now } = options;
  const on = (s: StepId) => input.route.includes(s);
  const a = answersOnRoute(input.answers, input.route);
  const nowIso = now.toISOString();
  const at = (s: StepId) => input.times[s] ?? nowIso;
  const route = routeKind(a);
  const outcome = outcomeOf(a, on);
  const decisions: Decision[] = [];

  // Immediate danger first (seed 001; WSP c2-p7).
  decisions.push({
    topic: 'emergency',
    decision: a.danger === 'yes' ? 'emergency.yes' : 'emergency.no',
    reasons: [a.danger === 'yes' ? (a.called999 === 'yes' ? 'why.called999' : 'why.call999Now') : 'why.noImmediateDanger'],
    by: a.role === 'dsp' ? 'dsp' : 'reporter',
    at: at('danger'),
  });

  // WSP c2-p2, c2-p8: "Do the police need to be informed a possible crime has been committed?"
  if (on('crime') && a.crime) {
    const told = on('police') ? a.policeTold : undefined;
    decisions.push({
      topic: 'police',
      decision: a.crime === 'no' ? 'police.noCrime' : told === 'emergency' ? 'police.toldEmergency' : told === 'non-emergency' ? 'police.toldNonEmergency' : 'police.notYet',
      reasons: [a.crime === 'yes' ? 'why.crime.yes' : a.crime === 'not-sure' ? 'why.crime.notSure' : 'why.crime.no'],
      note: present(a.policeReference),
      by: a.role === 'dsp' ? 'dsp' : 'reporter',
      at: at(on('police') ? 'police' : 'crime'),
    });
  }

  if (route !== 'child' || a.subject === 'practitioner') {
    decisions.push({
      topic: 'route',
      decision: `route.${a.subject ?? 'child'}`,
      reasons: [
        a.subject === 'adult'
          ? 'why.adultSeparateDuty'
          : a.s5AboutLead === 'yes'
            ? 'why.section5AboutLead'
            : 'why.section5TellLead',
      ],
      by: 'reporter',
      at: at('subject'),
    });
  }

  const dspStatus = dspStatusOf(a, on);
  if (dspStatus) {
    decisions.push({
      topic: 'dsp',
      decision: `dsp.${dspStatus}`,
      reasons: [`why.dsp.${dspStatus}`],
      note: present(a.dspReason),
      by: a.role === 'dsp' ? 'dsp' : 'reporter',
      at: at(on('dspStillConcerned') ? 'dspStillConcerned' : on('dspTalk') ? 'dspTalk' : on('dspReach') ? 'dspReach' : on('dspHave') ? 'dspHave' : 'role'),
    });
  }

  const decidedBy: NonNullable<Report['consent']>['decidedBy'] =
    a.role === 'dsp' ? 'dsp-with-raiser' : a.consentWithDsp === 'yes' ? 'reporter-with-dsp' : 'reporter';
  let consent: Report['consent'];
  if (on('consent') && a.consent) {
    const step: StepId = a.consent === 'seek' ? 'consentOutcome' : a.consent === 'not-seek' ? 'consentReasons' : 'consent';
    consent = {
      decision: a.consent,
      outcome: a.consent === 'seek' ? a.consentOutcome : undefined,
      outcomeDetail: present(a.consentOutcomeDetail),
      reasons: a.consent === 'not-seek' ? (a.consentReasons ?? []) : [],
      otherReason: a.consent === 'not-seek' ? present(a.consentOtherReason) : undefined,
      decidedBy,
      decidedAt: at(step),
    };
    decisions.push({
      topic: 'consent',
      decision: a.consent === 'seek' ? `consent.${a.consentOutcome ?? 'seek'}` : a.consent === 'not-seek' ? 'consent.notSeek' : 'consent.notSure',
      reasons:
        a.consent === 'seek'
          ? // Refused consent does not stop the report: sharing without consent is allowed to prevent harm (seed 001).
            [a.consentOutcome === 'refused' ? 'why.consentRefusedStillReport' : a.consentOutcome === 'could-not-ask' ? 'why.consentCouldNotAsk' : 'why.consentGiven']
          : a.consent === 'not-seek'
            ? [...(consent.reasons.map((r) => `consentReason.${r}`) as string[]), ...(consent.otherReason ? ['consentReason.other'] : [])]
            : // WSP c2-p16: "If unsure, please contact your local social services team for advice."
              ['why.consentNotSure'],
      note: consent.otherReason ?? consent.outcomeDetail,
      by: decidedBy,
      at: at(step),
    });
  }

  decisions.push({
    topic: 'report',
    decision: `outcome.${outcome}`,
    reasons: [`why.outcome.${outcome}`],
    by: a.role === 'dsp' ? 'dsp' : 'reporter',
    at: at('checkAnswers'),
  });

  const authority = findAuthority(directory, a.authority);
  const kind = contactKindFor(a);
  const now_ = contactFor({ answers: a, directory, holidays }, now);
  const reason = now_?.reason ?? { key: 'reason.notKnown', values: {} };
  decisions.push({
    topic: 'contact',
    decision: `contact.${now_?.which ?? 'notKnown'}`,
    reasons: [reason.key],
    by: 'wizard',
    at: nowIso,
  });

  const today = walesTime(now).date;
  const written = writtenDeadline(now, {
    hours: (authority && daytimeContact(authority, kind)?.hours) ?? directory.defaultOfficeHours?.hours,
    holidays,
  });
  // WSP c2-p18: confirm in writing within 24 hours; c2-p17 says one working day: the earlier is
  // the deadline (deadlines.ts). Chase after 7 working days (c2-p18), from the day of the call when it is recorded.
  const deadlines = {
    written: written.by,
    writtenRule: written.rule,
    writtenWithin24Hours: written.within24Hours,
    writtenWithinOneWorkingDay: written.workingDay,
    oneWorkingDayEnds: written.oneWorkingDayEnds,
    chaseAfter: addWorkingDays(callDay(a) ?? today, 7, holidays),
  };
  // An English council: the concern arose in England (WSP c2-p6), so its children's services take it.
  const england = a.authority?.startsWith(ENGLAND) ?? false;
  return {
    schemaVersion: 2,
    steps: [...input.route],
    answers: a,
    jurisdiction: directory.jurisdiction,
    route,
    outcome,
    startedAt: at('danger'),
    completedAt: nowIso,
    emergency: { immediateDanger: a.danger === 'yes', called999: a.danger === 'yes' ? a.called999 : undefined },
    reporter: {
      role: a.role ?? 'practitioner',
      raisedBy: a.role === 'dsp' ? { name: a.raisedByName ?? '', role: present(a.raisedByRole) } : undefined,
      dspName: a.role === 'dsp' ? present(a.dspOwnName) : undefined,
    },
    reporterContact: on('reporter')
      ? {
          name: present(a.reporterName),
          jobRole: present(a.reporterRole),
          organisation: present(a.reporterOrganisation),
          phone: present(a.reporterPhone),
          email: present(a.reporterEmail),
          namedAtRisk: namedAtRisk(a) || undefined,
        }
      : undefined,
    subject: a.subject ?? 'child',
    section5:
      a.subject === 'practitioner'
        ? {
            aboutLead: a.s5AboutLead ?? 'no',
            childInvolved: a.s5ChildInvolved ?? 'no',
            what: present(a.s5What),
            when: present(a.s5When),
            who: present(a.s5Who),
            howKnown: a.s5HowKnown,
            context: a.s5Context,
            otherManager: on('otherManager') ? a.otherManager : undefined,
          }
        : undefined,
    police: on('crime') && a.crime ? { crime: a.crime, told: on('police') ? a.policeTold : undefined, reference: present(a.policeReference) } : undefined,
    knowledge: a.knowledge
      ? {
          how: a.knowledge,
          toldBy: a.knowledge === 'someone-told' ? a.toldBy : undefined,
          colleagueReported: on('colleagueReported') ? a.colleagueReported : undefined,
          colleagueReference: on('colleagueReported') ? present(a.colleagueReference) : undefined,
        }
      : undefined,
    concern: on('harm')
      ? {
          harm: a.harm ?? [],
          statements: (a.statements ?? []).filter((s) => s.text.trim() !== ''),
          when: present(a.when),
          childWords: present(a.childWords),
          disclosureContext: present(a.disclosureContext),
          childWishes: present(a.childWishes),
        }
      : undefined,
    child: on('childDetails')
      ? {
          name: present(a.childName),
          age: present(a.childAge),
          address: present(a.childAddress),
          setting: present(a.childSetting),
          carers: present(a.carers),
          household: present(a.household),
          communication: present(a.communication),
          visitRisk: present(a.visitRisk),
          knownTo: on('knownChild') && a.knownTo?.length ? a.knownTo : undefined,
          socialWorker: on('knownChild') ? present(a.socialWorker) : undefined,
        }
      : undefined,
    dsp: dspStatus
      ? {
          status: dspStatus,
          name: present(a.dspName),
          time: present(a.dspTime),
          agreed: on('dspTalk') ? a.dspAgreed : undefined,
          reason: present(a.dspReason),
          stillConcerned: on('dspStillConcerned') ? a.stillConcerned : undefined,
          reportWhen: on('dspCheck') ? a.dspReportWhen : undefined,
          reportBy: on('dspCheck') ? present(a.dspReportBy) : undefined,
          otherManager: on('otherManager') ? a.otherManager : undefined,
        }
      : undefined,
    consent,
    childViews:
      on('childViews') || on('consentPointers')
        ? {
            competent: on('childViews') ? a.childCompetent : undefined,
            asked: on('childViews') ? a.childAsked : undefined,
            objects: on('childViews') ? a.childObjects : undefined,
            fears: on('consentPointers') && a.childFears?.length ? a.childFears : undefined,
            reportRisk: on('consentPointers') ? a.reportRisk : undefined,
            protectNow: on('consentPointers') ? present(a.protectNow) : undefined,
          }
        : undefined,
    councilNeeds: on('councilNeeds')
      ? {
          otherAgencies: present(a.otherAgencies),
          actionsTaken: present(a.actionsTaken),
          policeReference: on('police') ? present(a.policeReference) : undefined,
          familyKnows: a.familyKnows,
        }
      : undefined,
    call: callOf(a),
    decisions,
    contact: {
      authorityId: a.authority ?? '',
      authorityName: authority?.name.en ?? (england ? a.authority!.slice(ENGLAND.length) : ''),
      kind,
      which: now_?.which ?? 'notKnown',
      reason,
      contact: now_?.contact,
      other: now_?.other,
      // The council's page on reporting a concern about a child: not for an adult at risk (issue 10.7).
      website: kind === 'adults' ? undefined : authority?.website,
      emergency: directory.national.emergency,
      advice: directory.national.nspcc,
      at: nowIso,
      plan: contactPlan(directory, a.authority, kind, now, holidays),
    },
    deadlines,
    next: nextSteps({ answers: a, route: input.route, outcome, deadlines, england }),
  };
}

const CALL_FIELDS = ['callSpokeTo', 'callTeam', 'callReference', 'callWhatNext', 'callAt'] as const;

/** The record of the call, once anything of it is noted. */
function callOf(a: Answers): Report['call'] {
  if (!CALL_FIELDS.some((f) => a[f]?.trim())) return undefined;
  return { spokeTo: present(a.callSpokeTo), team: present(a.callTeam), reference: present(a.callReference), whatNext: present(a.callWhatNext), at: present(a.callAt) };
}

/** The day of the call (YYYY-MM-DD), when its time was noted. */
const callDay = (a: Answers): string | undefined => (/^\d{4}-\d{2}-\d{2}/.test(a.callAt ?? '') ? a.callAt!.slice(0, 10) : undefined);

function dspStatusOf(a: Answers, on: (s: StepId) => boolean): NonNullable<Report['dsp']>['status'] | undefined {
  if (routeKind(a) !== 'child') return undefined;
  if (a.role === 'dsp') return 'reporter-is-dsp';
  if (a.subject === 'practitioner' && a.s5AboutLead === 'yes') return 'about-dsp';
  if (!on('dspHave')) return undefined;
  if (a.dspHave === 'no') return 'none';
  if (a.dspHave === 'about-dsp') return 'about-dsp';
  if (!on('dspReach')) return undefined;
  return a.dspReach === 'spoken' ? 'spoken' : a.dspReach === 'unreachable-risky' ? 'unreachable-risky' : 'not-yet';
}
