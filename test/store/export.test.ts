import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, Store } from "../../src/store/store.js";
import { csvField, exportGrants } from "../../src/store/export.js";
import { LONG_PROSE, makeRelease, tempDir } from "./factory.js";

/** A strict RFC 4180 reader, to check what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else field += text[i++];
      }
    } else if (text[i] === ",") { row.push(field); field = ""; i++; }
    else if (text[i] === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; }
    else if (text[i] === "\n" || text[i] === "\r") throw new Error(`bare line break at ${i}`);
    else field += text[i++];
  }
  if (field !== "" || row.length > 0) throw new Error("last record does not end with CRLF");
  return rows;
}

let store: Store;
let cleanup: () => void;
const tricky = makeRelease({
  title: 'Projet « Rivière, lac et "marais" »',
  date: "2025-01-20",
  extra: LONG_PROSE,
  grants: [
    { recipient: 'Comité "Vert, bleu"\nde Matane', amount: 15000.5, program: "Fonds vert, volet 2" },
    { recipient: "Corporation du Vieux-Port", amount: 300000, program: null },
  ],
});
const repost = makeRelease({ text: `Menu\n${tricky.text}`, minister: null, grants: [{ recipient: "Corporation du Vieux-Port", amount: 300000 }] });

beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  store = openStore(join(temp.dir, "communique.db"));
  store.upsert([tricky]);
  store.upsert([repost]);
});
afterAll(() => {
  store.close();
  cleanup();
});

const text = (format: Parameters<typeof exportGrants>[1], filters = {}) => [...exportGrants(store, format, filters)].join("");

describe("csvField", () => {
  it.each([
    ["simple", "simple"],
    ["a,b", '"a,b"'],
    ['dit "oui"', '"dit ""oui"""'],
    ["deux\nlignes", '"deux\nlignes"'],
    ["", ""],
    [null, ""],
    [12.5, "12.5"],
  ])("%j -> %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe("exportGrants", () => {
  it("writes GoC grants-and-contributions CSV that parses back, one row per canonical grant", () => {
    const rows = parseCsv(text("goc-csv"));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining([
      "ref_number", "amendment_number", "agreement_type", "recipient_legal_name", "recipient_city",
      "recipient_province", "prog_name_fr", "agreement_value", "agreement_start_date", "description_fr", "status",
    ]));
    expect(data).toHaveLength(2);
    const get = (row: string[], column: string) => row[header!.indexOf(column)];
    const first = data.find((r) => get(r, "recipient_legal_name")!.startsWith("Comité"))!;
    expect(get(first, "recipient_legal_name")).toBe('Comité "Vert, bleu"\nde Matane');
    expect(get(first, "agreement_value")).toBe("15000.5");
    expect(get(first, "prog_name_fr")).toBe("Fonds vert, volet 2");
    expect(get(first, "agreement_type")).toBe("");
    expect(get(first, "status")).toBe("announced");
    expect(get(first, "agreement_start_date")).toBe("2025-01-20");
    expect(get(first, "description_fr")).toMatch(/^Une aide de 15 000,5 \$ est accordée à Comité/u);
    expect(new Set(data.map((r) => get(r, "ref_number"))).size).toBe(2);
    for (const row of data) expect(row).toHaveLength(header!.length);
  });

  it("writes 360Giving JSON marked as announced", () => {
    const json = JSON.parse(text("360giving")) as { grants: Record<string, unknown>[] };
    expect(json.grants).toHaveLength(2);
    const grant = json.grants.find((g) => g.amountAwarded === 300000)!;
    expect(grant).toMatchObject({
      currency: "CAD",
      awardDate: "2025-01-20",
      recipientOrganization: [{ name: "Corporation du Vieux-Port", id: "XX-communique-corporation-du-vieux-port" }],
      fundingOrganization: [{ name: "ministre de l'Économie" }],
      dataSource: tricky.source,
      status: "announced",
      classifications: [expect.objectContaining({ code: "announced" })],
    });
    expect(grant.grantProgramme).toBeUndefined();
    const other = json.grants.find((g) => g.amountAwarded === 15000.5)!;
    expect(other.grantProgramme).toEqual([{ title: "Fonds vert, volet 2" }]);
    expect(typeof other.id).toBe("string");
  });

  it("writes an empty but valid 360Giving document when nothing matches", () => {
    expect(JSON.parse(text("360giving", { recipient: "personne" }))).toEqual({ grants: [] });
    expect(parseCsv(text("goc-csv", { recipient: "personne" }))).toHaveLength(1);
  });

  it("writes NDJSON and plain CSV with the filters applied", () => {
    const lines = text("ndjson", { minAmount: 100000 }).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ recipient: "Corporation du Vieux-Port", amount: 300000, status: "announced" })]);
    const [header, ...data] = parseCsv(text("csv", { includeDuplicates: true }));
    expect(header).toContain("canonical_id");
    expect(data).toHaveLength(3);
  });

  it("streams: rows are produced one at a time", () => {
    const chunks = exportGrants(store, "ndjson");
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(JSON.parse(first.value as string).currency).toBe("CAD");
    chunks.return(undefined);
  });
});
