// Small synthetic releases for the store tests: valid under Release.parse, offsets into their text.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Release } from "../../src/record.js";

export interface GrantSpec {
  recipient: string;
  amount: number;
  program?: string | null;
}

export interface ReleaseSpec {
  source?: string;
  title?: string | null;
  date?: string | null;
  city?: string;
  minister?: { name: string; title: string | null } | null;
  grants?: GrantSpec[];
  /** Extra sentences, so bodies differ. */
  extra?: string;
  /** The text as read, if the test wants to write it directly (grants then have no offsets to find). */
  text?: string;
}

const money = (value: number) => `${value.toLocaleString("fr-CA").replace(/\u202f|\u00a0/gu, " ")} $`;

export function makeRelease(spec: ReleaseSpec = {}): Release {
  const minister = spec.minister === undefined ? { name: "Julie Tremblay", title: "ministre de l'Économie" } : spec.minister;
  const grants = spec.grants ?? [{ recipient: "Coopérative de solidarité du Lac", amount: 250000, program: "Fonds d'appui aux régions" }];
  let text = spec.text ?? `${spec.city ?? "Rimouski"}, le 3 mars 2025 /CNW/ - `;
  const ministers = [];
  if (minister && spec.text === undefined) {
    const start = text.length;
    text += minister.name;
    ministers.push({ name: minister.name, title: minister.title, start, end: text.length });
    text += `, ${minister.title ?? "ministre"}, annonce un soutien financier. `;
  }
  const amounts = [];
  const recipients = [];
  const outGrants = [];
  for (const grant of grants) {
    const sentenceStart = text.length;
    text += "Une aide de ";
    const amountStart = text.length;
    text += money(grant.amount);
    amounts.push({ text: money(grant.amount), value: grant.amount, currency: "CAD", qualifier: "exact" as const, start: amountStart, end: text.length });
    text += " est accordée à ";
    const recipientStart = text.length;
    text += grant.recipient;
    recipients.push({ name: grant.recipient, acronym: null, role: "recipient" as const, start: recipientStart, end: text.length });
    if (grant.program) text += ` dans le cadre du ${grant.program}`;
    text += ". ";
    outGrants.push({ recipient: grant.recipient, amount: grant.amount, program: grant.program ?? null, start: sentenceStart, end: text.length - 1 });
  }
  if (spec.extra) text += spec.extra;
  const programs = [...new Set(grants.map((g) => g.program).filter((p): p is string => !!p))].map((name) => {
    const start = text.indexOf(name);
    return { name, acronym: null, kind: "fonds", start, end: start + name.length };
  });
  const id = createHash("sha256").update(text.replace(/\s+/gu, " ").trim()).digest("hex");
  return Release.parse({
    id,
    source: spec.source ?? `releases/${id.slice(0, 8)}.txt`,
    title: spec.title === undefined ? "Soutien financier à des organismes de la région" : spec.title,
    date: spec.date === undefined ? "2025-03-03" : spec.date,
    date_source: "dateline",
    dateline: { city: spec.city ?? "Rimouski", province: "QC" },
    wire: "CNW",
    amounts,
    ministers,
    recipients,
    programs,
    grants: outGrants,
    quotes: [],
    warnings: [],
    text,
  });
}

/** A fresh directory under the OS temp dir; remove it with the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "communique-store-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A body long enough for near-duplicate detection (about 120 words of varied synthetic prose). */
export const LONG_PROSE =
  "Le projet permettra de moderniser les installations de transformation alimentaire et de créer " +
  "une quinzaine d'emplois durables dans la municipalité. Les travaux débuteront au printemps et " +
  "se termineront avant la fin de l'année suivante, selon l'échéancier présenté par l'organisme. " +
  "Cette initiative s'inscrit dans une démarche régionale de développement économique qui mise " +
  "sur l'innovation, la formation de la main-d'œuvre et l'achat local. Les partenaires du milieu, " +
  "dont la chambre de commerce et la municipalité régionale de comté, contribuent également au " +
  "montage financier. Le gouvernement rappelle que plusieurs programmes demeurent ouverts aux " +
  "entreprises collectives qui souhaitent consolider leurs activités ou diversifier leurs marchés. " +
  "Les demandes peuvent être déposées en tout temps auprès de la direction régionale concernée. ";

const TOWNS = ["Rimouski", "Gaspé", "Sherbrooke", "Joliette", "Alma", "Val-d'Or", "Magog", "Lévis"];
const KINDS = ["Coopérative", "Centre communautaire", "Festival", "Musée", "Corporation", "Société"];

/** The i-th release of a set shared by concurrent writers: the same i gives the same record. */
export function concurrentRelease(i: number): Release {
  const town = TOWNS[i % TOWNS.length]!;
  return makeRelease({
    city: town,
    date: `2025-${String((i % 12) + 1).padStart(2, "0")}-15`,
    grants: [{ recipient: `${KINDS[i % KINDS.length]} numéro ${i} de ${town}`, amount: 1000 * (i + 1), program: null }],
    extra: `Annonce ${i}.`,
  });
}
