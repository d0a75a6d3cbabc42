/**
 * The report's own lists, each defined once (issue 13): the types where the report is built
 * (contact-now.ts, next-steps.ts, deadlines.ts, build-report.ts) and the report's schema
 * (report.schema.ts) are both derived from them. The answers' lists are in fields.ts.
 */

/** Whose concern the contact is for: the child route, an adult at risk, or Section 5. */
export const CONTACT_KINDS = ['children', 'adults', 'section5'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Which council line the contact is: the daytime service, the out-of-hours team, or none open now. */
export const WHICH_CONTACTS = ['daytime', 'outOfHours', 'notKnown'] as const;

/** Whether a contact takes calls at the moment asked about (`unknown`: no hours held for then). */
export const OPEN_STATUSES = ['open', 'closed', 'unknown'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Where a step of the fallback chain comes from. */
export const STEP_ROLES = ['council', 'outOfHours', 'board', 'police', 'nspcc'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayName = (typeof WEEKDAYS)[number];

/** The route taken: a child (also an unborn baby, and Section 5 with a child), an adult at risk, or Section 5 alone. */
export const ROUTE_KINDS = ['child', 'adult', 'section5'] as const;

export const OUTCOMES = ['report', 'dsp-reports', 'not-reporting', 'seek-advice', 'adult-signpost', 'section5'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a decision in the report was about. */
export const DECISION_TOPICS = ['emergency', 'police', 'route', 'dsp', 'report', 'consent', 'contact'] as const;

/** Who made a decision (seed 001: record who decided); the consent decision is made by a person, never the wizard. */
export const CONSENT_DECIDED_BY = ['reporter', 'reporter-with-dsp', 'dsp-with-raiser'] as const;
export const DECIDED_BY = [...CONSENT_DECIDED_BY, 'dsp', 'wizard'] as const;

/** Where the Designated Safeguarding Person stands on the child route. */
export const DSP_STATUSES = ['reporter-is-dsp', 'none', 'about-dsp', 'spoken', 'unreachable-risky', 'not-yet'] as const;

/** Which written-confirmation rule gave the deadline: c2-p18's 24 hours or c2-p17's one working day. */
export const WRITTEN_RULES = ['24-hours', 'one-working-day'] as const;
export type WrittenRule = (typeof WRITTEN_RULES)[number];
