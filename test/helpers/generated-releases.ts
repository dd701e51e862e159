// Many distinct synthetic releases (our own sentences, invented organisations) for the
// robustness tests: directories of thousands of files, long runs killed halfway.
// Release i differs from release j in its amounts, its project and its closing sentence, so no two
// share a content id and none is taken for a repost of another.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CITIES = ["RIMOUSKI", "GASPÉ", "SHERBROOKE", "LÉVIS", "JOLIETTE", "MATANE", "VICTORIAVILLE", "ALMA", "GRANBY", "VAL-D'OR"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const BUILDINGS = ["centre communautaire", "aréna", "bibliothèque", "piscine", "salle de spectacle", "marché public", "halte-garderie"];
const WORDS = ["érable", "rivière", "colline", "bleuet", "goéland", "traversier", "phare", "quai", "sentier", "pont", "moulin", "grange"];
const NBSP = "\u00a0";

/** "1 234 567" with no-break spaces between thousands, as releases write them. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, NBSP);
}

/** A word sequence unique to i (base-12 digits as words), so bodies never look alike. */
function tag(i: number): string {
  const parts: string[] = [];
  let n = i + 12 * 12 * 12;
  while (n > 0) {
    parts.push(WORDS[n % WORDS.length]!);
    n = Math.floor(n / WORDS.length);
  }
  return parts.join(" ");
}

export interface GeneratedRelease {
  name: string;
  text: string;
  /** The grant's amount, as a reader reads it. */
  amount: number;
}

const OPENINGS = [
  (who: string, what: string) => `${who} annonce une aide financière de ${what}`,
  (who: string, what: string) => `${who} confirme un soutien de ${what}`,
  (who: string, what: string) => `${who} accorde une contribution de ${what}`,
];
const CLOSINGS = [
  (b: string) => `« Ce ${b} est un lieu de rencontre essentiel pour les familles », a déclaré la ministre Després.`,
  (b: string) => `« Nous tenons à un ${b} accessible à tous », a souligné la ministre.`,
  (b: string) => `Selon la ministre, le ${b} rénové servira plusieurs générations.`,
];

export function generatedRelease(i: number): GeneratedRelease {
  const city = CITIES[i % CITIES.length]!;
  const town = city[0] + city.slice(1).toLowerCase();
  const month = MONTHS[i % 12]!;
  const building = BUILDINGS[i % BUILDINGS.length]!;
  const amount = 10_000 + i * 137;
  const opening = OPENINGS[i % 3]!("La ministre des Affaires municipales, Mme Rachel Després,", `${thousands(amount)}${NBSP}$`);
  const closing = CLOSINGS[Math.floor(i / 3) % 3]!(building);
  // Unique words in every paragraph keep the bodies apart for the store's repost detection.
  const text = `${city}, QC, le ${1 + (i % 28)} ${month} 2025 /CNW/ - ${opening} à la Municipalité de ${town} pour rénover son ${building} (projet ${tag(i)}).

Le projet ${tag(i * 5 + 1)} numéro ${i} comprend aussi ${thousands(2_000 + i)}${NBSP}$ pour l'accessibilité, dans le cadre du Programme d'aide aux infrastructures récréatives.

${closing} Elle a rappelé l'entente ${tag(i * 11 + 2)}.

Les travaux liés au volet ${tag(i * 7 + 3)} commenceront au printemps ${2026 + (i % 3)}.
`;
  return { name: `communique-${String(i).padStart(5, "0")}.txt`, text, amount };
}

/** Writes releases [0, count) into dir; returns their paths in name order. */
export function writeGeneratedReleases(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = generatedRelease(i);
    const path = join(dir, r.name);
    writeFileSync(path, r.text);
    paths.push(path);
  }
  return paths;
}
