// Golden document-level specs: every fixtures/NAME.txt|html goes through the whole pipeline and the
// record is compared field by field with fixtures/NAME.json (the gold format of eval/ANNOTATION.md).
// One test per fixture per field, so a failure names both. Fields listed in a fixture's
// "known_failures" run as test.fails with the reason in the test name: a fix makes them fail loudly,
// which is the signal to remove the entry.
// Matching rules are those of eval/score.mjs, re-implemented here so that this file needs nothing
// outside the repository.
import { describe, test, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import type { Release } from "../src/record.js";

const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

interface ExpectedGrant { recipient: string; amount: number; program?: string }
interface Expected {
  id: string;
  url: string | null;
  date: string | null;
  dateline: { city: string; province: string | null } | null;
  amounts: number[];
  amounts_optional: number[];
  /** value -> ISO code for amounts that are not CAD, e.g. { "5000000": "USD" } */
  amount_currencies?: Record<string, string>;
  ministers: string[];
  ministers_optional: string[];
  recipients: string[];
  recipients_optional: string[];
  programs: string[];
  programs_optional: string[];
  grants: ExpectedGrant[];
  grants_optional?: ExpectedGrant[];
  /** how the fixture's bytes were written, when it is not plain UTF-8 */
  encoding?: string;
  notes: string;
  known_failures?: { field: Field; reason: string }[];
}

const FIELDS = ["date", "dateline", "amounts", "currency", "ministers", "recipients", "programs", "grants"] as const;
type Field = (typeof FIELDS)[number];

const fixtureFiles = readdirSync(FIXTURES_DIR).filter((f) => /\.(txt|html?)$/.test(f)).sort();
const idOf = (file: string) => file.replace(/\.(txt|html?)$/, "");
const readExpected = (id: string): Expected => JSON.parse(readFileSync(FIXTURES_DIR + id + ".json", "utf8"));

// ---------- matchers (same rules as eval/score.mjs) ----------
const STOP = new Set("de du des la le les l d et pour en a au aux sur dans par un une".split(" "));
const norm = (s: unknown) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/[’`]/g, "'").replace(/[^a-z0-9]+/g, " ").trim();
const tokens = (s: string) => norm(s).split(" ").filter((t) => t && !STOP.has(t));
const acronym = (s: string) => { const m = s.match(/\(([A-ZÀ-Ý0-9&.\-]{2,})\)/); return m ? norm(m[1]) : null; };
const withoutParen = (s: string) => s.replace(/\([^)]*\)/g, " ");

/** People: the brief asks for names equal once accents and case are ignored. */
const personMatch = (a: string, b: string) => norm(a) !== "" && norm(a) === norm(b);
function orgMatch(a: string, b: string): boolean {
  const na = norm(a), nb = norm(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const aa = acronym(a), ab = acronym(b);
  if (aa && (aa === ab || aa === nb)) return true;
  if (ab && ab === na) return true;
  const x = new Set(tokens(withoutParen(a))), y = new Set(tokens(withoutParen(b)));
  if (!x.size || !y.size) return false;
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  const inter = [...small].filter((t) => big.has(t)).length;
  if (inter === small.size && small.size >= 2) return true;
  return inter / (x.size + y.size - inter) >= 0.6;
}
const amountMatch = (a: number, b: number) => Math.abs(a - b) <= 0.5;
const grantMatch = (p: ExpectedGrant, g: ExpectedGrant) => amountMatch(p.amount, g.amount) && orgMatch(p.recipient, g.recipient);

/** Greedy one-to-one matching; a prediction matching an optional item is neither a hit nor a false hit. */
function compare<P, G>(predicted: P[], required: G[], optional: G[], match: (p: P, g: G) => boolean) {
  const left = [...required], opt = [...optional], hit: G[] = [];
  const falseHits: P[] = [];
  for (const p of predicted) {
    const i = left.findIndex((g) => match(p, g));
    if (i >= 0) { hit.push(left.splice(i, 1)[0]); continue; }
    const j = opt.findIndex((g) => match(p, g));
    if (j >= 0) { opt.splice(j, 1); continue; }
    if (hit.some((g) => match(p, g))) continue; // a duplicate of something already found
    falseHits.push(p);
  }
  return { missed: left, false: falseHits };
}
/** Asserts nothing was missed or falsely found; the message lists both so any reporter shows them. */
function expectExact(result: { missed: unknown[]; false: unknown[] }) {
  expect(result, `missed ${JSON.stringify(result.missed)}; false ${JSON.stringify(result.false)}`).toEqual({ missed: [], false: [] });
}
const uniq = <T>(xs: T[], key: (x: T) => unknown) => {
  const seen = new Set<unknown>();
  return xs.filter((x) => { const k = key(x); if (seen.has(k)) return false; seen.add(k); return true; });
};

// ---------- per-field checks ----------
const checks: Record<Field, (r: Release, e: Expected) => void> = {
  date: (r, e) => expect(r.date).toBe(e.date),
  dateline: (r, e) => expect(r.dateline ? { city: r.dateline.city, province: r.dateline.province } : null).toEqual(e.dateline),
  amounts: (r, e) => {
    const values = uniq(r.amounts.map((a) => a.value), (v) => Math.round(v));
    expectExact(compare(values, e.amounts, e.amounts_optional, amountMatch));
  },
  currency: (r, e) => {
    // every expected amount that was found carries its currency: CAD unless the fixture says otherwise
    const wrong = r.amounts
      .filter((a) => e.amounts.some((v) => amountMatch(a.value, v)))
      .map((a) => ({ text: a.text, value: a.value, currency: a.currency, expected: e.amount_currencies?.[String(Math.round(a.value))] ?? "CAD" }))
      .filter((a) => a.currency !== a.expected);
    expect(wrong).toEqual([]);
  },
  ministers: (r, e) => {
    const names = uniq(r.ministers.map((m) => m.name), norm);
    expectExact(compare(names, e.ministers, e.ministers_optional, personMatch));
  },
  recipients: (r, e) => {
    const names = uniq(r.recipients.map((x) => x.name), norm);
    expectExact(compare(names, e.recipients, e.recipients_optional, orgMatch));
  },
  programs: (r, e) => {
    const names = uniq(r.programs.map((x) => x.name), norm);
    expectExact(compare(names, e.programs, e.programs_optional, orgMatch));
  },
  grants: (r, e) => {
    const pairs = r.grants.map((g) => ({ recipient: g.recipient, amount: g.amount }));
    expectExact(compare(pairs, e.grants, e.grants_optional ?? [], grantMatch));
  },
};

// ---------- golden specs ----------
describe.each(fixtureFiles)("fixture %s", (file) => {
  const expected = readExpected(idOf(file));
  const knownFailures = new Map((expected.known_failures ?? []).map((k) => [k.field, k.reason]));
  let record: Promise<Release> | undefined;
  // Imported lazily so the self-checks below still run while the pipeline is being written.
  const extract = () => (record ??= import("../src/pipeline.js").then(({ extractDocument }) =>
    extractDocument({ source: `fixtures/${file}`, bytes: readFileSync(FIXTURES_DIR + file) })));

  for (const field of FIELDS) {
    const reason = knownFailures.get(field);
    const run = async () => checks[field](await extract(), expected);
    if (reason) test.fails(`${field} (known failure: ${reason})`, run);
    else test(field, run);
  }
});

// ---------- self-check: each expected record agrees with its own text ----------
const ENTITY: Record<string, string> = { amp: "&", nbsp: "\u00A0", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç",
  Eacute: "É", laquo: "«", raquo: "»", rsquo: "’", quot: "\"", lt: "<", gt: ">" };

/** A plain reading of the fixture, independent of src/: enough to find the strings the JSON promises. */
function referenceText(file: string, e: Expected): string {
  const bytes = readFileSync(FIXTURES_DIR + file);
  let text = e.encoding?.startsWith("windows-1252") ? iconv.decode(bytes, "windows-1252") : bytes.toString("utf8");
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (e.encoding?.startsWith("mojibake")) text = iconv.encode(text, "windows-1252").toString("utf8");
  if (/\.html?$/.test(file)) text = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, " ");
  text = text.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([a-zA-Z]+);/g, (m, name) => ENTITY[name] ?? m);
  return text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/[\u00A0\u202F]/g, " ").replace(/’/g, "'");
}
const flat = (s: string) => s.replace(/[\u00A0\u202F]/g, " ").replace(/’/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MONTHS = [["janvier", "janv."], ["février", "févr."], ["mars"], ["avril", "avr."], ["mai"], ["juin"], ["juillet", "juill."],
  ["août"], ["septembre", "sept."], ["octobre", "oct."], ["novembre", "nov."], ["décembre", "déc."]];
const WORD_AMOUNTS: Record<number, RegExp> = { 5000000: /cinq millions/u, 500000: /demi-million/u };

/** Does the text hold a surface form that a reader would read as this value? */
function hasAmountForm(text: string, value: number): boolean {
  const groups = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ").split(" ");
  if (new RegExp(`(?<![\\d,])${groups.join(" ?")}(?![\\d])`, "u").test(text)) return true;
  for (const [scale, units] of [[1e3, "k"], [1e6, "M|millions?"], [1e9, "G|milliards?"]] as const) {
    const x = value / scale;
    if (x < 1 || Math.round(x * 1000) !== x * 1000) continue;
    const num = escape(String(x).replace(".", ","));
    const scaled = new RegExp(`(?<![\\d,])${num}(?: ?(?:${units})|(?: et | à )[\\d,]+ ?(?:${units}))`, "u");
    if (scaled.test(text)) return true;
  }
  return WORD_AMOUNTS[value]?.test(text) ?? false;
}

function hasDate(text: string, date: string): boolean {
  const [y, m, d] = date.split("-");
  if (!d) return text.startsWith(` date ${date} `) || MONTHS[Number(m) - 1].some((name) => text.includes(`${name} ${y}`));
  const day = String(Number(d));
  return MONTHS[Number(m) - 1].some((name) => new RegExp(`(?<!\\d)${day}(?:er)? ${escape(name)} ${y}`, "u").test(text));
}

describe("fixtures are consistent with their own text", () => {
  test("every fixture text has an expected record and vice versa", () => {
    const jsons = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    expect(jsons).toEqual(fixtureFiles.map(idOf));
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(24);
  });

  test.each(fixtureFiles)("%s", (file) => {
    const e = readExpected(idOf(file));
    const text = referenceText(file, e);
    const problems: string[] = [];
    if (e.id !== idOf(file)) problems.push(`id ${e.id} is not the file name`);
    for (const k of ["amounts", "amounts_optional", "ministers", "ministers_optional", "recipients", "recipients_optional",
      "programs", "programs_optional", "grants"] as const) if (!Array.isArray(e[k])) problems.push(`${k} is not a list`);
    for (const k of e.known_failures ?? []) if (!FIELDS.includes(k.field) || !k.reason) problems.push(`bad known_failures entry ${JSON.stringify(k)}`);
    if (e.date !== null && !/^\d{4}-\d{2}(-\d{2})?$/.test(e.date)) problems.push(`bad date ${e.date}`);
    if (e.date && !hasDate(text, e.date)) problems.push(`date ${e.date} is not written in the text`);
    if (e.dateline) {
      const head = `${e.dateline.city.toLocaleUpperCase("fr")}${e.dateline.province ? ", " + e.dateline.province : ""}, le `;
      if (!text.includes(head)) problems.push(`dateline '${head}' not in the text`);
    }
    for (const v of [...e.amounts, ...e.amounts_optional]) if (!hasAmountForm(text, v)) problems.push(`amount ${v} has no surface form`);
    for (const v of Object.keys(e.amount_currencies ?? {})) if (!e.amounts.includes(Number(v))) problems.push(`currency for unknown amount ${v}`);
    for (const name of [...e.ministers, ...e.ministers_optional, ...e.recipients, ...e.recipients_optional, ...e.programs, ...e.programs_optional]) {
      const acr = name.match(/\(([^)]+)\)/)?.[1];
      const found = text.includes(flat(name)) ||
        (acr !== undefined && text.includes(flat(withoutParen(name)).replace(/\s+/g, " ").trim()) && text.includes(`(${acr})`));
      if (!found) problems.push(`'${name}' is not in the text`);
    }
    for (const g of [...e.grants, ...(e.grants_optional ?? [])]) {
      if (![...e.recipients, ...e.recipients_optional].includes(g.recipient)) problems.push(`grant recipient '${g.recipient}' is not listed`);
      if (![...e.amounts, ...e.amounts_optional].includes(g.amount)) problems.push(`grant amount ${g.amount} is not listed`);
      if (g.program && ![...e.programs, ...e.programs_optional].includes(g.program)) problems.push(`grant program '${g.program}' is not listed`);
    }
    expect(problems).toEqual([]);
  });
});

// ---------- validation set: releases written apart from the rules, scored like eval/score.mjs ----------
// fixtures/validation/ holds documents written by people who did not read the extractors, to see how
// the rules carry over; each has its annotation beside it. Per-field F1 over the set must stay high.
const VALIDATION_DIR = FIXTURES_DIR + "validation/";
const validationFiles = readdirSync(VALIDATION_DIR).filter((f) => /\.(txt|html?)$/.test(f)).sort();
const BARS = { amounts: 0.98, ministers: 0.98, recipients: 0.95, programs: 0.95, grants: 0.95, date: 0.95 } as const;

describe("validation set", () => {
  test(`per-field F1 over ${validationFiles.length} documents`, async () => {
    const { extractDocument } = await import("../src/pipeline.js");
    const totals = Object.fromEntries(Object.keys(BARS).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<keyof typeof BARS, { tp: number; fp: number; fn: number }>;
    const add = (field: keyof typeof BARS, r: { missed: unknown[]; false: unknown[] }, required: number) => {
      totals[field].tp += required - r.missed.length;
      totals[field].fn += r.missed.length;
      totals[field].fp += r.false.length;
    };
    for (const file of validationFiles) {
      const e: Expected = JSON.parse(readFileSync(VALIDATION_DIR + idOf(file) + ".json", "utf8"));
      const r = await extractDocument({ source: `fixtures/validation/${file}`, bytes: readFileSync(VALIDATION_DIR + file) });
      const values = uniq(r.amounts.map((a) => a.value), (v) => Math.round(v));
      add("amounts", compare(values, e.amounts, e.amounts_optional, amountMatch), e.amounts.length);
      const people = uniq(r.ministers.map((m) => m.name), norm);
      add("ministers", compare(people, e.ministers, e.ministers_optional, personMatch), e.ministers.length);
      const orgs = uniq(r.recipients.map((x) => x.name), norm);
      add("recipients", compare(orgs, e.recipients, e.recipients_optional, orgMatch), e.recipients.length);
      const programs = uniq(r.programs.map((x) => x.name), norm);
      add("programs", compare(programs, e.programs, e.programs_optional, orgMatch), e.programs.length);
      const pairs = r.grants.map((g) => ({ recipient: g.recipient, amount: g.amount }));
      add("grants", compare(pairs, e.grants, e.grants_optional ?? [], grantMatch), e.grants.length);
      const dateOk = e.date === null ? r.date === null : r.date !== null && (e.date.length === 10 ? r.date.slice(0, 10) === e.date : r.date.startsWith(e.date));
      if (dateOk) totals.date.tp += e.date === null ? 0 : 1;
      else { totals.date.fn += e.date === null ? 0 : 1; totals.date.fp += r.date === null ? 0 : 1; }
    }
    const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (tp === 0 && fp === 0 && fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));
    const scores = Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, Number(f1(t).toFixed(3))]));
    console.log(`validation set (${validationFiles.length} documents), F1 per field: ${JSON.stringify(scores)}`);
    for (const [field, bar] of Object.entries(BARS)) expect(scores[field], `${field} ${JSON.stringify(totals[field as keyof typeof BARS])}`).toBeGreaterThanOrEqual(bar);
  }, 120_000);
});
