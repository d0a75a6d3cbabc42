/**
 * The service directory: who to contact, when, and where each fact came from.
 * No phone number, email, hours or holiday lives in code; all of it is data validated here
 * (brief: "No fact in code"). Each phone number, email and set of hours carries its own source,
 * with the source's own date and how far it can be trusted (issue 11), so the page can say what
 * was done: "compared with a stored copy of Torfaen council's page (dated 6 June 2024) on
 * 2 December 2026".
 *
 * Objects are strict: a field the schema does not know (a misspelt "phnoe") is an error, so a
 * board's typo is reported instead of silently dropping a number (src/directory/read-directory.ts
 * suggests the nearest known name).
 */
import * as z from 'zod/mini';
import { once } from './once.js';

/** How far a source can be trusted (research/contacts-2026-12.md). */
export const CONFIDENCE = ['official-dated', 'official-undated', 'unofficial'] as const;
/** Where the directory's councils are: Wales (Information, Advice and Assistance; Designated Safeguarding Person) or England. */
export const JURISDICTIONS = ['wales', 'england'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
/** The facts of a contact that each need their own source. */
export const SOURCED_FACTS = ['phone', 'email', 'hours'] as const;
/** The contacts an authority can hold, one for each kind of service. */
export const AUTHORITY_CONTACTS = ['children', 'outOfHours', 'adults', 'section5'] as const;

/**
 * Builds the schemas on first use, not when the bundle loads: building zod schemas costs
 * milliseconds before the first question (issue 5), and the page needs them only for a board's
 * own directory (the shipped one is checked when the bundle is built).
 */
function build() {
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD, for example 2026-11-22.'));
  const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time written as HH:MM, for example 08:30.'));
  /** A closing time may be 24:00, the end of the day, so a team open past midnight is two windows. */
  const closeTime = z.string().check(
    z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a 24-hour time written as HH:MM, for example 17:00 (24:00 for midnight at the end of the day).'),
  );
  /** The date a source shows: a day, a month or a year; "c. " in front marks an estimate. */
  const sourceDate = z.string().check(
    z.regex(
      /^(c\. )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'Write the date the source shows as YYYY-MM-DD, YYYY-MM or YYYY, with "c. " in front of an estimate (for example "c. 2020"); write null when it shows none.',
    ),
  );

  /** UK phone numbers as people write them: digits and spaces, optional leading +44, or a three-digit service number. */
  const phoneSchema = z.string().check(
    z.regex(
      /^(\+44\s?|0)[\d\s]{8,13}$|^\d{3}$/,
      'Write a UK phone number with digits and spaces, for example 01632 960000 or +44 1632 960000.',
    ),
  );
  const emailSchema = z.string().check(
    z.regex(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[a-z]{2,}$/i, 'Write an email address such as duty@example.gov.uk'),
  );
  const url = z.string().check(
    z.regex(/^(https?:\/\/\S+|seed:\S+)$/, 'Write a web address starting with https:// (or seed:<file> for a source document).'),
  );

  /** A text in both languages. Welsh may be missing; the English text is then shown. */
  const bilingual = z.strictObject({ en: z.string().check(z.minLength(1)), cy: z.optional(z.string()) });

  /** Opening hours as a list of weekly windows; days are 1 (Monday) to 7 (Sunday), times in Wales's local time. */
  const hoursWindowSchema = z
    .strictObject({
      days: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
      open: time,
      close: closeTime,
    })
    .check(
      z.refine((w) => w.open < w.close, {
        message: 'The closing time must be later than the opening time. For hours past midnight, use two windows: one to 24:00 and one from 00:00 on the next days.',
        path: ['close'],
      }),
    );

  /** Where one fact came from, and what was done with it. */
  const sourceSchema = z
    .strictObject({
      /** The page (https://…) or source document (seed:<file>) the fact was read from. */
      url,
      /** What the source is, in words, for the person reporting: "Torfaen council's child protection page". */
      title: z.optional(bilingual),
      /** The date the source itself shows (YYYY-MM-DD, YYYY-MM or YYYY; "c. 2020" for an estimate), or null when it shows none. */
      date: z.nullable(sourceDate),
      /**
       * `official-dated`: a council, health board or regional board page that shows its own date;
       * `official-undated`: such a page with no date; `unofficial`: a school, charity, mirror or
       * third-party copy (shown with a warning).
       */
      confidence: z.enum(CONFIDENCE),
      /** The day the fact was last compared with this source. */
      compared: isoDate,
      /** What it was compared with: a stored copy of the page (research), or the live page itself. */
      comparedWith: z.enum(['stored-copy', 'live-page']),
    })
    .check(
      z.refine((s) => s.confidence !== 'official-dated' || (s.date !== null && !s.date.startsWith('c.')), {
        message: '"official-dated" needs the date the page itself shows (not null, not an estimate). Use "official-undated" for a page with no date.',
        path: ['date'],
      }),
    );

  const sourcesSchema = z.strictObject({
    phone: z.optional(sourceSchema),
    email: z.optional(sourceSchema),
    /** The source of `hours`, `allHours` or `outsideOfficeHours`. */
    hours: z.optional(sourceSchema),
  });

  const has = (v: unknown) => v !== undefined;
  const contactSchema = z
    .strictObject({
      name: z.optional(bilingual),
      phone: z.optional(phoneSchema),
      email: z.optional(emailSchema),
      web: z.optional(url),
      /** Opening hours as weekly windows. */
      hours: z.optional(z.array(hoursWindowSchema)),
      /**
       * How `hours` apply on a bank holiday: `closed` (the default, as an office is),
       * `sunday-hours` (as on a Sunday, such as an out-of-hours team that covers bank holidays),
       * or `not-known` (the source does not say).
       */
      bankHolidays: z.optional(z.enum(['closed', 'sunday-hours', 'not-known'])),
      /** A line that takes calls at any hour, every day (its source must say so). */
      allHours: z.optional(z.boolean()),
      /**
       * An out-of-hours team whose source says it answers outside office hours (evenings,
       * weekends, bank holidays) without giving exact times: open whenever the council's
       * office-hours service is closed.
       */
      outsideOfficeHours: z.optional(z.boolean()),
      /** Advice for the person calling, shown with the contact ("Ask for the Child Care Assessment Team"). */
      callerAdvice: z.optional(bilingual),
      /** Where each fact came from: one source for each of `phone`, `email` and the hours. */
      sources: sourcesSchema,
      /** For the board's web team: warnings about the sources. Never shown to the person reporting, and left out of the bundle. */
      note: z.optional(bilingual),
    })
    .check(
      z.refine((c) => Boolean(c.phone || c.email || c.web), {
        message: 'A contact needs at least a phone number, an email or a web address.',
      }),
      z.refine((c) => !has(c.phone) || has(c.sources.phone), {
        message: 'Say where this phone number comes from: add "sources": { "phone": { "url", "date", "confidence", "compared", "comparedWith" } }.',
        path: ['sources', 'phone'],
      }),
      z.refine((c) => !has(c.email) || has(c.sources.email), {
        message: 'Say where this email comes from: add "sources": { "email": { … } }, even when it is the same page as the phone number.',
        path: ['sources', 'email'],
      }),
      z.refine((c) => !(has(c.hours) || c.allHours || c.outsideOfficeHours) || has(c.sources.hours), {
        message: 'Say where these hours come from: add "sources": { "hours": { … } }.',
        path: ['sources', 'hours'],
      }),
      z.refine((c) => [has(c.hours), Boolean(c.allHours), Boolean(c.outsideOfficeHours)].filter(Boolean).length <= 1, {
        message: 'Give only one of "hours", "allHours" and "outsideOfficeHours".',
        path: ['hours'],
      }),
      z.refine((c) => has(c.phone) || !has(c.sources.phone), {
        message: 'There is a source for a phone number but no "phone". Add the number or remove sources.phone.',
        path: ['sources', 'phone'],
      }),
      z.refine((c) => has(c.email) || !has(c.sources.email), {
        message: 'There is a source for an email but no "email". Add the email or remove sources.email.',
        path: ['sources', 'email'],
      }),
      z.refine((c) => has(c.hours) || Boolean(c.allHours || c.outsideOfficeHours) || !has(c.sources.hours), {
        message: 'There is a source for hours but no "hours", "allHours" or "outsideOfficeHours". Add them or remove sources.hours.',
        path: ['sources', 'hours'],
      }),
      z.refine((c) => has(c.hours) || !has(c.bankHolidays), {
        message: '"bankHolidays" says how "hours" apply on a bank holiday, so it needs "hours".',
        path: ['bankHolidays'],
      }),
    );

  /** A board's or council's own form for the written report (such as a Multi-Agency Referral Form), with where it was found. */
  const referralFormSchema = z.strictObject({ name: bilingual, web: url, source: sourceSchema });

  const authoritySchema = z.strictObject({
    /** A stable id, such as `blaenau-gwent`. */
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens, for example blaenau-gwent.')),
    name: bilingual,
    region: z.string(),
    /** The council's own page on reporting a child at risk. */
    website: z.optional(url),
    /** The council's service for concerns about children (its office-hours front door). */
    children: z.optional(contactSchema),
    /** The council's out-of-hours team, for every kind of concern. */
    outOfHours: z.optional(contactSchema),
    /**
     * More out-of-hours contacts, tried after `outOfHours`: an overnight on-call line with its own
     * hours, or a second number where the sources disagree (each with its own caller advice).
     */
    moreOutOfHours: z.optional(z.array(contactSchema)),
    adults: z.optional(contactSchema),
    /** Section 5: Local Authority Designated Officer / Designated Officer for Safeguarding. */
    section5: z.optional(contactSchema),
    /** For the board's web team: what was looked for and not found. Never shown, and left out of the bundle. */
    note: z.optional(bilingual),
    /** The council's own form for confirming a report in writing (WSP c2-p17: "use the report forms provided by the local authority"). */
    referralForm: z.optional(referralFormSchema),
  });

  const regionSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens, for example gwent.')),
    name: bilingual,
    /** The Regional Safeguarding Board's website. */
    website: z.optional(url),
    /** The board's own form for confirming a report in writing, used where the council has none of its own. */
    referralForm: z.optional(referralFormSchema),
  });

  const nationalSchema = z.strictObject({
    /** 999. */
    emergency: contactSchema.check(z.refine((c) => Boolean(c.phone), { message: 'The emergency contact needs its phone number.', path: ['phone'] })),
    /** The police's non-emergency number (101), the last step when no council line answers. */
    police: z.optional(contactSchema.check(z.refine((c) => Boolean(c.phone), { message: 'The police contact needs its phone number.', path: ['phone'] }))),
    /** The NSPCC helpline, for concerns about children only. */
    nspcc: z.optional(contactSchema),
  });

  const directorySchema = z.strictObject({
    /** The JSON Schema an editor checks the file against (ignored here). */
    $schema: z.optional(z.string()),
    /** `wales` uses IAA / Designated Safeguarding Person words; `england` front door / DSL / LADO. */
    jurisdiction: z.enum(JURISDICTIONS),
    regions: z.array(regionSchema),
    authorities: z.array(authoritySchema).check(z.minLength(1)),
    /**
     * Typical office hours, used to tell office time from out of hours for an authority whose own
     * office hours are not in the directory.
     */
    defaultOfficeHours: z.optional(
      z.strictObject({ hours: z.array(hoursWindowSchema), source: url, note: z.optional(bilingual) }),
    ),
    /** Contacts that apply everywhere: 999, the police's 101 and the NSPCC helpline. */
    national: nationalSchema,
  });

  /** Bank holidays: the fixed rules are computed; one-off and moved days are data. */
  const holidaysSchema = z.object({
    source: url,
    checked: isoDate,
    /** Days added (such as a coronation) or moved to (such as the 2020 VE Day Friday). */
    extra: z.array(z.object({ date: isoDate, name: z.string() })),
    /** Days a computed holiday was moved away from in a given year. */
    removed: z.array(z.object({ date: isoDate, name: z.string() })),
  });
  return {
    phoneSchema,
    emailSchema,
    bilingual,
    hoursWindowSchema,
    sourceSchema,
    contactSchema,
    referralFormSchema,
    authoritySchema,
    regionSchema,
    nationalSchema,
    directorySchema,
    holidaysSchema,
  };
}

type Schemas = ReturnType<typeof build>;
/** Every directory schema, built the first time one is needed. */
export const directorySchemas = once(build);

/** A board's directory file (JSON Schema: directory.schema.json, generated from this). */
export const directorySchema = z.lazy(() => directorySchemas().directorySchema);
/** The one-off and moved bank holidays (data/bank-holidays.json). */
export const holidaysSchema = z.lazy(() => directorySchemas().holidaysSchema);

export type Bilingual = z.infer<Schemas['bilingual']>;
export type HoursWindow = z.infer<Schemas['hoursWindowSchema']>;
export type Source = z.infer<Schemas['sourceSchema']>;
export type Confidence = Source['confidence'];
export type SourcedFact = (typeof SOURCED_FACTS)[number];
export type Contact = z.infer<Schemas['contactSchema']>;
export type ReferralForm = z.infer<Schemas['referralFormSchema']>;
export type Authority = z.infer<Schemas['authoritySchema']>;
export type Region = z.infer<Schemas['regionSchema']>;
export type Directory = z.infer<Schemas['directorySchema']>;
export type Holidays = z.infer<Schemas['holidaysSchema']>;
