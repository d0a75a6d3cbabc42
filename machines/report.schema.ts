/**
 * The completed report: what the host page receives in `report-complete`, and what the summary,
 * the text file and the JSON file are made from. Codes, not words: the words come from the
 * message catalogue in the user's language.
 */
import * as z from 'zod/mini';
import { once } from './once.js';
import { answersSchema } from './answers.schema.js';
import type { StepId } from './fields.js';
import { FIELDS, HARM_TYPES, STATEMENT_BASES, STEP_IDS, CONSENT_REASONS } from './fields.js';
import { directorySchemas, JURISDICTIONS } from './directory.schema.js';
import { CONSENT_DECIDED_BY, CONTACT_KINDS, DECIDED_BY, DECISION_TOPICS, DSP_STATUSES, OPEN_STATUSES, OUTCOMES, ROUTE_KINDS, STEP_ROLES, WEEKDAYS, WHICH_CONTACTS, WRITTEN_RULES } from './report-lists.js';

/** Builds the schemas on first use (at the summary), not when the bundle loads (issue 5). */
function build() {
  const { contactSchema, bilingual } = directorySchemas();
  const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'An ISO 8601 date and time.'));
  const text = z.optional(z.string());
  const yesNo = z.enum(['yes', 'no']);

  /** One decision, its reason and when it was made (DOMAIN.md: "every consent decision is recorded with who decided, when, and why"). */
  const decisionSchema = z.object({
    /** What was decided about. */
    topic: z.enum(DECISION_TOPICS),
    /** The decision, as a code (see the catalogue's `decision.*`). */
    decision: z.string().check(z.minLength(1)),
    /** Why, as codes (catalogue `why.*`, `consentReason.*` or `reason.*`), never empty. */
    reasons: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'Every decision carries its reason.')),
    /** Free-text reason in the person's own words, where they gave one. */
    note: text,
    /** Who decided. */
    by: z.optional(z.enum(DECIDED_BY)),
    at: instant,
  });

  /** A time in Wales: `day` when it is not the plan's own day; `time` may be 24:00 (midnight). */
  const walesWhen = z.object({
    day: z.optional(z.enum(WEEKDAYS)),
    time: z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/)),
  });
  const sentence = z.object({ key: z.string().check(z.minLength(1)), values: z.record(z.string(), z.string()) });
  /** One step of the fallback chain (machines/contact-now.ts, `PlanStep`). */
  const planStepSchema = z.object({
    role: z.enum(STEP_ROLES),
    contact: contactSchema,
    status: z.enum(OPEN_STATUSES),
    until: z.optional(walesWhen),
    opens: z.optional(walesWhen),
    why: z.array(sentence).check(z.minLength(1, 'Every step says why it is there.')),
  });
  /** The ordered fallback chain at the moment of the report (machines/contact-now.ts, `ContactPlan`). */
  const contactPlanSchema = z.object({
    authorityId: z.string(),
    authorityName: z.optional(bilingual),
    regionName: z.optional(bilingual),
    kind: z.enum(CONTACT_KINDS),
    at: instant,
    walesTime: z.object({ date: z.string(), year: z.number(), month: z.number(), day: z.number(), weekday: z.number(), time: z.string() }),
    bankHoliday: z.optional(z.string()),
    website: z.optional(z.string()),
    steps: z.array(planStepSchema).check(z.minLength(1, 'The chain is never empty: the police are always the last council-independent step.')),
    closed: z.array(planStepSchema),
    emergency: contactSchema,
  });

  const reportSchema = z
    .object({
      /**
       * 2 since the report carries the route's steps and its answers as given, each contact a source
       * for each fact, and `contact.plan` the whole fallback chain (issue 11; the README's "Report versions").
       */
      schemaVersion: z.literal(2),
      /** The steps taken, in order, up to and including check answers. */
      steps: z.array(z.enum(STEP_IDS as [StepId, ...StepId[]])),
      /** Every answer on the route taken, as given (answers left off the route are not reported). */
      answers: answersSchema,
      jurisdiction: z.enum(JURISDICTIONS),
      route: z.enum(ROUTE_KINDS),
      /** `report`: make the report now; `dsp-reports`: the DSP makes it; `not-reporting`: on the DSP's advice, for now. */
      outcome: z.enum(OUTCOMES),
      startedAt: instant,
      completedAt: instant,
      emergency: z.object({ immediateDanger: z.boolean(), called999: z.optional(yesNo) }),
      reporter: z.object({
        role: z.enum(FIELDS.role.options),
        raisedBy: z.optional(z.object({ name: z.string(), role: text })),
        /** In DSP mode, the DSP's own name: the one who decided about consent with the person who raised it. */
        dspName: text,
      }),
      /** Who is reporting, for the council to call back (WSP c2-p15: practitioners cannot report anonymously). */
      reporterContact: z.optional(
        z.object({
          name: text,
          jobRole: text,
          organisation: text,
          phone: text,
          email: text,
          /** WSP c2-p15: being named would put them at risk, which they discuss with social services. */
          namedAtRisk: z.optional(z.boolean()),
        }),
      ),
      subject: z.enum(FIELDS.subject.options),
      section5: z.optional(
        z.object({
          aboutLead: yesNo,
          childInvolved: yesNo,
          what: text,
          when: text,
          who: text,
          howKnown: z.optional(z.enum(FIELDS.s5HowKnown.options)),
          context: z.optional(z.enum(FIELDS.s5Context.options)),
          otherManager: z.optional(z.enum(FIELDS.otherManager.options)),
        }),
      ),
      /** WSP c2-p2, c2-p8: whether a crime may have been committed, and whether the police were told. */
      police: z.optional(
        z.object({ crime: z.enum(FIELDS.crime.options), told: z.optional(z.enum(FIELDS.policeTold.options)), reference: text }),
      ),
      knowledge: z.optional(
        z.object({
          how: z.enum(FIELDS.knowledge.options),
          toldBy: z.optional(z.enum(FIELDS.toldBy.options)),
          colleagueReported: z.optional(z.enum(FIELDS.colleagueReported.options)),
          colleagueReference: text,
        }),
      ),
      concern: z.optional(
        z.object({
          harm: z.array(z.enum(HARM_TYPES)),
          statements: z.array(z.object({ text: z.string(), basis: z.optional(z.enum(STATEMENT_BASES)) })),
          when: text,
          childWords: text,
          disclosureContext: text,
          childWishes: text,
        }),
      ),
      child: z.optional(
        z.object({
          name: text,
          age: text,
          address: text,
          setting: text,
          carers: text,
          household: text,
          communication: text,
          visitRisk: text,
          knownTo: z.optional(z.array(z.enum(FIELDS.knownTo.options))),
          socialWorker: text,
        }),
      ),
      dsp: z.optional(
        z.object({
          status: z.enum(DSP_STATUSES),
          name: text,
          time: text,
          agreed: z.optional(z.enum(FIELDS.dspAgreed.options)),
          reason: text,
          stillConcerned: z.optional(z.enum(FIELDS.stillConcerned.options)),
          reportWhen: z.optional(z.enum(FIELDS.dspReportWhen.options)),
          reportBy: text,
          otherManager: z.optional(z.enum(FIELDS.otherManager.options)),
        }),
      ),
      consent: z.optional(
        z.object({
          decision: z.enum(FIELDS.consent.options),
          outcome: z.optional(z.enum(FIELDS.consentOutcome.options)),
          outcomeDetail: text,
          reasons: z.array(z.enum(CONSENT_REASONS)),
          otherReason: text,
          decidedBy: z.enum(CONSENT_DECIDED_BY),
          decidedAt: instant,
        }),
      ),
      childViews: z.optional(
        z.object({
          competent: z.optional(z.enum(FIELDS.childCompetent.options)),
          asked: z.optional(yesNo),
          objects: z.optional(z.enum(FIELDS.childObjects.options)),
          fears: z.optional(z.array(z.enum(FIELDS.childFears.options))),
          reportRisk: z.optional(z.enum(FIELDS.reportRisk.options)),
          protectNow: text,
        }),
      ),
      decisions: z.array(decisionSchema),
      contact: z.object({
        authorityId: z.string(),
        authorityName: z.string(),
        kind: z.enum(CONTACT_KINDS),
        which: z.enum(WHICH_CONTACTS),
        reason: z.object({ key: z.string(), values: z.record(z.string(), z.string()) }),
        contact: z.optional(contactSchema),
        other: z.optional(contactSchema),
        website: text,
        emergency: contactSchema,
        advice: z.optional(contactSchema),
        at: instant,
        /** Who to try, in order, at this moment, each step with why and whether it is open. */
        plan: contactPlanSchema,
      }),
      /** What the council's duty worker will ask (c2-p17; the regional referral forms), each optional. */
      councilNeeds: z.optional(
        z.object({
          /** Agencies and professionals involved with the child and family, such as the doctor or health visitor. */
          otherAgencies: text,
          /** Action already taken, such as first aid. */
          actionsTaken: text,
          /** The police reference or incident number, when the police were told. */
          policeReference: text,
          /** Whether the family knows about this report. */
          familyKnows: z.optional(z.enum(FIELDS.familyKnows.options)),
        }),
      ),
      /**
       * The call, as the person noted it (c2-p18): who took it, their team, the council's reference,
       * what happens next, and when (Wales's local time, as entered). The chase date counts from it.
       */
      call: z.optional(z.object({ spokeTo: text, team: text, reference: text, whatNext: text, at: text })),
      /** Deadlines (c2-p17, c2-p18): written confirmation, and when to chase an acknowledgement. */
      deadlines: z.object({
        /** The one deadline for the written confirmation: the earlier of the two below (machines/deadlines.ts). */
        written: instant,
        /** Which of the two gave it. */
        writtenRule: z.enum(WRITTEN_RULES),
        /** 24 hours after the report was made (c2-p18). */
        writtenWithin24Hours: instant,
        /** The next working day (YYYY-MM-DD, in Wales): c2-p17's "within 1 working day". */
        writtenWithinOneWorkingDay: z.string(),
        /** When that working day ends: the council's daytime service closes (or 23:59 when no hours are held). */
        oneWorkingDayEnds: instant,
        /** The date to chase an acknowledgement of the written report (7 working days, c2-p18). */
        chaseAfter: z.string(),
      }),
      /** What to do next, for the route taken: catalogue keys with their values (machines/next-steps.ts). */
      next: z.array(
        z.object({
          key: z.string().check(z.minLength(1)),
          values: z.optional(z.record(z.string(), z.string())),
          keys: z.optional(z.record(z.string(), z.array(z.string()))),
          dates: z.optional(z.record(z.string(), z.string())),
        }),
      ),
    })
    .check(
      // seed 001: "If you decide not to seek parental consent, you must record your reason."
      z.refine((r) => r.consent?.decision !== 'not-seek' || r.consent.reasons.length > 0 || Boolean(r.consent.otherReason?.trim()), {
        message: 'A decision not to seek consent must carry a reason.',
        path: ['consent', 'reasons'],
      }),
    );
  return { decisionSchema, reportSchema, contactPlanSchema };
}

type Schemas = ReturnType<typeof build>;
const schemas = once(build);

/** The completed report, as `report-complete` hands it to the host page. */
export const reportSchema = z.lazy(() => schemas().reportSchema);
/** One decision with its reason, time and who made it. */
export const decisionSchema = z.lazy(() => schemas().decisionSchema);
/** The fallback chain, as it goes into the report. */
export const contactPlanSchema = z.lazy(() => schemas().contactPlanSchema);

export type Decision = z.infer<Schemas['decisionSchema']>;
export type Report = z.infer<Schemas['reportSchema']>;
