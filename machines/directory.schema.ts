/**
 * The service directory: who to contact, when, and where each fact came from.
 * No phone number, email, hours or holiday lives in code; all of it is data validated here
 * (brief: "No fact in code").
 */
import * as z from 'zod/mini';
import { once } from './once.js';

/**
 * Builds the schemas on first use, not when the bundle loads: building zod schemas costs
 * milliseconds before the first question (issue 5), and the page needs them only for a board's
 * own directory (the shipped one is checked when the bundle is built).
 */
function build() {
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD, for example 2026-11-22.'));
  const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time written as HH:MM, for example 08:30.'));

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
  const bilingual = z.object({ en: z.string().check(z.minLength(1)), cy: z.optional(z.string()) });

  /** Opening hours as a list of weekly windows; days are 1 (Monday) to 7 (Sunday), times in Wales's local time. */
  const hoursWindowSchema = z
    .object({
      days: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
      open: time,
      close: time,
    })
    .check(
      z.refine((w) => w.open < w.close, {
        message: 'The closing time must be later than the opening time.',
        path: ['close'],
      }),
    );

  /** Where a fact came from, and how far it has been checked. */
  const provenance = {
    /** The page or seed document the fact was read from. */
    source: url,
    /** The source's own date, if it shows one (null when undated). */
    sourceDate: z.nullable(z.string()),
    /** When the project last compared this entry with its source. */
    checked: isoDate,
    /**
     * `checked`: read from an official page that shows its own date.
     * `unchecked`: from an undated, old or unofficial copy; show it with a warning.
     */
    status: z.enum(['checked', 'unchecked']),
    /** For the board's web team: warnings about the source. Not shown to the person reporting. */
    note: z.optional(bilingual),
  };

  const contactSchema = z
    .object({
      name: z.optional(bilingual),
      phone: z.optional(phoneSchema),
      email: z.optional(emailSchema),
      web: z.optional(url),
      /** Office hours for a daytime service; omitted for a 24-hour service. */
      hours: z.optional(z.array(hoursWindowSchema)),
      /** A 24-hour line (such as an out-of-hours team that also covers bank holidays). */
      allHours: z.optional(z.boolean()),
      ...provenance,
    })
    .check(
      z.refine((c) => Boolean(c.phone || c.email || c.web), {
        message: 'A contact needs at least a phone number, an email or a web address.',
      }),
    );

  /** A board's or council's own form for the written report (such as a Multi-Agency Referral Form), with where it was found. */
  const referralFormSchema = z.object({ name: bilingual, web: url, ...provenance });

  const authoritySchema = z.object({
    /** A stable id, such as `blaenau-gwent`. */
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens, for example blaenau-gwent.')),
    name: bilingual,
    region: z.string(),
    /** The council's own page on reporting a child at risk, or its home page. */
    website: z.optional(url),
    children: z.optional(contactSchema),
    outOfHours: z.optional(contactSchema),
    adults: z.optional(contactSchema),
    /** Section 5: Local Authority Designated Officer / Designated Officer for Safeguarding. */
    section5: z.optional(contactSchema),
    /** The council's own form for confirming a report in writing (WSP c2-p17: "use the report forms provided by the local authority"). */
    referralForm: z.optional(referralFormSchema),
  });

  const regionSchema = z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens, for example gwent.')),
    name: bilingual,
    website: z.optional(url),
    /** The board's own form for confirming a report in writing, used where the council has none of its own. */
    referralForm: z.optional(referralFormSchema),
  });

  const directorySchema = z.object({
    /** `wales` uses IAA / Designated Safeguarding Person words; `england` front door / DSL / LADO. */
    jurisdiction: z.enum(['wales', 'england']),
    regions: z.array(regionSchema),
    authorities: z.array(authoritySchema).check(z.minLength(1)),
    /**
     * Typical office hours, used to tell office time from out of hours for an authority whose own
     * daytime hours are not in the directory.
     */
    defaultOfficeHours: z.optional(
      z.object({ hours: z.array(hoursWindowSchema), source: url, note: z.optional(bilingual) }),
    ),
    /** Contacts that apply everywhere (999 and the NSPCC helpline). */
    national: z.object({
      emergency: contactSchema.check(
        z.refine((c) => Boolean(c.phone), { message: 'The emergency contact needs its phone number.', path: ['phone'] }),
      ),
      nspcc: z.optional(contactSchema),
    }),
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
  return { phoneSchema, emailSchema, bilingual, hoursWindowSchema, contactSchema, referralFormSchema, authoritySchema, regionSchema, directorySchema, holidaysSchema };
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
export type Contact = z.infer<Schemas['contactSchema']>;
export type ReferralForm = z.infer<Schemas['referralFormSchema']>;
export type Authority = z.infer<Schemas['authoritySchema']>;
export type Directory = z.infer<Schemas['directorySchema']>;
export type Holidays = z.infer<Schemas['holidaysSchema']>;
