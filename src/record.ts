// The record: one per document. This zod schema is the single source of truth:
// TypeScript types are inferred from it, every record is validated against it before
// it is printed or stored, and `communique schema` prints its JSON Schema.
import { z } from "zod";

/** Evidence: offsets [start, end) into the text the tool read (the record's `text`). */
const Span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const Qualifier = z.enum(["exact", "over", "about", "up_to", "under"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Amount = z.object({
  text: z.string().describe("the amount as written, e.g. '2,3 millions de dollars'"),
  value: z.number().positive().finite().describe("plain units: 2,3 millions de dollars -> 2300000"),
  currency: z.string().regex(/^[A-Z]{3}$/).describe("ISO 4217: CAD unless the text says USD, EUR..."),
  qualifier: Qualifier,
  ...Span,
  range: z.enum(["low", "high"]).optional().describe("end of a range: 'entre 2 et 3 M$'"),
});
export type Amount = z.infer<typeof Amount>;

export const Minister = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
  ...Span,
});
export type Minister = z.infer<typeof Minister>;

export const Recipient = z.object({
  name: z.string().min(1),
  acronym: z.string().nullable(),
  role: z.enum(["recipient", "intermediary"]).default("recipient"),
  ...Span,
});
export type Recipient = z.infer<typeof Recipient>;

export const Program = z.object({
  name: z.string().min(1),
  acronym: z.string().nullable(),
  kind: z.string().nullable().optional().describe("fonds, programme, volet, mesure, plan, stratégie, enveloppe..."),
  ...Span,
});
export type Program = z.infer<typeof Program>;

export const Grant = z.object({
  recipient: z.string().min(1),
  amount: z.number().positive().finite(),
  program: z.string().nullable(),
  ...Span,
});
export type Grant = z.infer<typeof Grant>;

export const Quote = z.object({
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  text: z.string(),
  ...Span,
});
export type Quote = z.infer<typeof Quote>;

export const Dateline = z.object({
  city: z.string().min(1),
  province: z.string().nullable(),
});

export const Release = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/).describe("sha256 hex of the normalized body: same text, same id"),
  source: z.string(),
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  date_source: z.enum(["dateline", "published", "prefix", "text", "page"]).nullable().optional()
    .describe("where the date was read: CNW dateline, 'Publié le', leading 'date YYYY-MM' line, ..."),
  dateline: Dateline.nullable(),
  wire: z.string().nullable(),
  amounts: z.array(Amount),
  ministers: z.array(Minister),
  recipients: z.array(Recipient),
  programs: z.array(Program),
  grants: z.array(Grant),
  quotes: z.array(Quote),
  warnings: z.array(z.string()),
  canonical_id: z.string().nullable().optional().describe("id of the release this one reposts, if any"),
  text: z.string().optional().describe("the text the tool read (offsets point into it); with --with-text"),
});
export type Release = z.infer<typeof Release>;

export function releaseJsonSchema(): unknown {
  return z.toJSONSchema(Release, { io: "output" });
}
