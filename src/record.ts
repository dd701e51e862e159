// The record: one per document. This zod schema is the single source of truth:
// TypeScript types are inferred from it, every record is validated against it before
// it is printed or stored, and `communique schema` prints its JSON Schema.
// zod/mini: the same validation as the full `zod` API, but its functions can be left out of the
// bundle when unused; the full package (585 KB bundled, locales and all) cost ~60 ms of every
// start, a third of a one-file run; zod/mini's part costs ~10 ms.
import * as z from "zod/mini";

/** Evidence: offsets [start, end) into the text the tool read (the record's `text`). */
const Span = {
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
};

export const Qualifier = z.enum(["exact", "over", "about", "up_to", "under"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Amount = z.object({
  text: z.string().check(z.describe("the amount as written, e.g. '2,3 millions de dollars'")),
  value: z.number().check(z.positive(), z.describe("plain units: 2,3 millions de dollars -> 2300000")),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/), z.describe("ISO 4217: CAD unless the text says USD, EUR...")),
  qualifier: Qualifier,
  ...Span,
  range: z.optional(z.enum(["low", "high"]).check(z.describe("end of a range: 'entre 2 et 3 M$'"))),
});
export type Amount = z.infer<typeof Amount>;

export const Minister = z.object({
  name: z.string().check(z.minLength(1)),
  title: z.nullable(z.string()),
  ...Span,
});
export type Minister = z.infer<typeof Minister>;

export const Recipient = z.object({
  name: z.string().check(z.minLength(1)),
  acronym: z.nullable(z.string()),
  role: z._default(z.enum(["recipient", "intermediary"]), "recipient"),
  ...Span,
});
export type Recipient = z.infer<typeof Recipient>;

export const Program = z.object({
  name: z.string().check(z.minLength(1)),
  acronym: z.nullable(z.string()),
  kind: z.optional(z.nullable(z.string()).check(z.describe("fonds, programme, volet, mesure, plan, stratégie, enveloppe..."))),
  ...Span,
});
export type Program = z.infer<typeof Program>;

export const Grant = z.object({
  recipient: z.string().check(z.minLength(1)),
  amount: z.number().check(z.positive()),
  program: z.nullable(z.string()),
  ...Span,
});
export type Grant = z.infer<typeof Grant>;

export const Quote = z.object({
  speaker: z.nullable(z.string()),
  role: z.nullable(z.string()),
  text: z.string(),
  ...Span,
});
export type Quote = z.infer<typeof Quote>;

export const Dateline = z.object({
  city: z.string().check(z.minLength(1)),
  province: z.nullable(z.string()),
});

export const Release = z.object({
  id: z.string().check(z.regex(/^[0-9a-f]{64}$/), z.describe("sha256 hex of the normalized body: same text, same id")),
  source: z.string(),
  title: z.nullable(z.string()),
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))),
  date_source: z.optional(z.nullable(z.enum(["dateline", "published", "prefix", "text", "page"])).check(
    z.describe("where the date was read: CNW dateline, 'Publié le', leading 'date YYYY-MM' line, ..."),
  )),
  dateline: z.nullable(Dateline),
  wire: z.nullable(z.string()),
  amounts: z.array(Amount),
  ministers: z.array(Minister),
  recipients: z.array(Recipient),
  programs: z.array(Program),
  grants: z.array(Grant),
  quotes: z.array(Quote),
  warnings: z.array(z.string()),
  canonical_id: z.optional(z.nullable(z.string()).check(z.describe("id of the release this one reposts, if any"))),
  text: z.optional(z.string().check(z.describe("the text the tool read (offsets point into it); with --with-text"))),
});
export type Release = z.infer<typeof Release>;

export function releaseJsonSchema(): unknown {
  return z.toJSONSchema(Release, { io: "output" });
}
