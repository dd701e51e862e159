// Exports of the grants: rows are streamed from SQLite (iterate) and rendered one at a time.
// Every grant is what a release ANNOUNCED, not money known to be disbursed; each format says so.
import type { Store } from "./store.js";
import type { GrantFilters, GrantRow } from "./query.js";
import { fold } from "./fold.js";

export type ExportFormat = "360giving" | "goc-csv" | "ndjson" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["360giving", "goc-csv", "ndjson", "csv"];

const STATUS = "announced";
const ID_PREFIX = "communique";

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled; records end in CRLF. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRecord(values: readonly unknown[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

function grantId(row: GrantRow): string {
  return `${ID_PREFIX}-${row.release_id.slice(0, 16)}-${row.grant_index}`;
}

/** A stable identifier from a name when no registry number is known: "XX-communique-alliance-metal-quebec". */
function nameId(name: string): string {
  const slug = fold(name).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/gu, "");
  return `XX-${ID_PREFIX}-${slug}`;
}

/** The sentence of the body that states the grant (its span widened to sentence ends). */
function grantSentence(body: string | null, row: GrantRow): string | null {
  if (body === null || row.end > body.length) return null;
  let from = row.start;
  while (from > 0 && !/[.!?\n]/u.test(body[from - 1]!)) from--;
  let to = row.end;
  while (to < body.length && !/[.!?\n]/u.test(body[to]!)) to++;
  if (to < body.length && body[to] !== "\n") to++;
  const sentence = body.slice(from, to).replace(/\s+/gu, " ").trim();
  return sentence.length > 0 && sentence.length <= 1000 ? sentence : body.slice(row.start, row.end);
}

function bodyReader(store: Store): (id: string) => string | null {
  const statement = store.db.prepare("SELECT body FROM releases WHERE id = ?").pluck();
  let lastId = "";
  let lastBody: string | null = null;
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      lastBody = statement.get(id) as string | null;
    }
    return lastBody;
  };
}

function to360Giving(row: GrantRow, body: string | null): Record<string, unknown> {
  const funder = row.minister_title ?? row.minister;
  return {
    id: grantId(row),
    title: row.title ?? `${row.recipient}${row.program ? ` — ${row.program}` : ""}`,
    description: grantSentence(body, row) ?? row.title ?? row.recipient,
    currency: "CAD",
    amountAwarded: row.amount,
    awardDate: row.date,
    recipientOrganization: [{ id: nameId(row.recipient), name: row.recipient }],
    fundingOrganization: funder === null ? [] : [{ id: nameId(funder), name: funder }],
    ...(row.program === null ? {} : { grantProgramme: [{ title: row.program }] }),
    ...(row.dateline_city === null
      ? {}
      : { beneficiaryLocation: [{ name: row.dateline_city, countryCode: "CA" }] }),
    status: STATUS,
    classifications: [{ vocabulary: "communique:status", code: STATUS, title: "Announced in a press release, not a disbursement" }],
    dataSource: row.source,
    announcedBy: row.minister === null ? null : { name: row.minister, title: row.minister_title },
  };
}

// The Government of Canada "grants and contributions" open-data columns we can fill, plus status.
const GOC_COLUMNS = [
  "ref_number", "amendment_number", "amendment_date", "agreement_type", "recipient_type",
  "recipient_business_number", "recipient_legal_name", "recipient_operating_name", "recipient_country",
  "recipient_province", "recipient_city", "prog_name_en", "prog_name_fr", "agreement_title_en",
  "agreement_title_fr", "agreement_value", "foreign_currency_type", "foreign_currency_value",
  "agreement_start_date", "agreement_end_date", "description_en", "description_fr", "owner_org",
  "owner_org_title", "status", "source_url", "release_id",
] as const;

function toGocRow(row: GrantRow, body: string | null): unknown[] {
  const values: Record<(typeof GOC_COLUMNS)[number], unknown> = {
    ref_number: grantId(row),
    amendment_number: 0,
    amendment_date: null,
    agreement_type: null, // "G" grant or "C" contribution: releases rarely say which
    recipient_type: null,
    recipient_business_number: null,
    recipient_legal_name: row.recipient,
    recipient_operating_name: null,
    recipient_country: "CA",
    // The dateline is where the announcement was made, not necessarily where the recipient is.
    recipient_province: null,
    recipient_city: null,
    prog_name_en: null,
    prog_name_fr: row.program,
    agreement_title_en: null,
    agreement_title_fr: row.title,
    agreement_value: row.amount,
    foreign_currency_type: null,
    foreign_currency_value: null,
    agreement_start_date: row.date,
    agreement_end_date: null,
    description_en: null,
    description_fr: grantSentence(body, row),
    owner_org: null,
    owner_org_title: row.minister_title ?? row.minister,
    status: STATUS,
    source_url: row.source,
    release_id: row.release_id,
  };
  return GOC_COLUMNS.map((column) => values[column]);
}

const PLAIN_COLUMNS = [
  "release_id", "grant_index", "date", "recipient", "amount", "program", "minister", "minister_title",
  "title", "source", "dateline_city", "dateline_province", "canonical_id", "start", "end",
] as const;

/**
 * The grants matching `filters`, rendered in `format`, as a sequence of text chunks to write in
 * order (one per row, plus header/footer). Nothing is loaded beyond the current row.
 */
export function* exportGrants(store: Store, format: ExportFormat, filters: GrantFilters = {}): Generator<string> {
  const rows = store.iterateGrants(filters);
  const body = bodyReader(store);
  switch (format) {
    case "ndjson":
      for (const row of rows) yield `${JSON.stringify({ ...row, currency: "CAD", status: STATUS })}\n`;
      return;
    case "csv":
      yield csvRecord([...PLAIN_COLUMNS, "currency", "status"]);
      for (const row of rows) yield csvRecord([...PLAIN_COLUMNS.map((c) => row[c]), "CAD", STATUS]);
      return;
    case "goc-csv":
      yield csvRecord(GOC_COLUMNS);
      for (const row of rows) yield csvRecord(toGocRow(row, body(row.release_id)));
      return;
    case "360giving": {
      yield '{"grants":[';
      let first = true;
      for (const row of rows) {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(to360Giving(row, body(row.release_id)))}`;
        first = false;
      }
      yield "\n]}\n";
      return;
    }
    default: {
      const unknown: never = format;
      throw new Error(`unknown export format ${String(unknown)}: expected ${EXPORT_FORMATS.join(", ")}`);
    }
  }
}
