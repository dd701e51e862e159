// Our own synthetic releases in the newswire style, stored through the real pipeline, so the report
// tests read a database like the ones users build with `extract`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractText } from "../../src/pipeline.js";
import type { Release } from "../../src/record.js";
import { openStore } from "../../src/store/index.js";

const HOSPITAL_PARAGRAPH =
  "Les travaux commenceront à l'automne et se poursuivront pendant dix-huit mois, selon l'échéancier " +
  "déposé par l'organisme. Le projet prévoit aussi la formation d'une vingtaine de bénévoles et l'achat " +
  "d'équipements adaptés aux aînés du quartier, en collaboration avec la municipalité et les écoles voisines.";

/** name -> text as a newswire page would give it. */
export const SYNTHETIC_RELEASES: Record<string, string> = {
  "sherbrooke-usine.txt": `Une usine de sciage modernisée en Estrie

SHERBROOKE, QC, le 12 mars 2025 /CNW/ - Le ministre de l'Économie et de l'Innovation, M. Paul-André Gagnon, annonce une aide financière de 1,5 million de dollars à la Coopérative forestière des Cantons pour moderniser sa ligne de sciage. Cette aide est accordée dans le cadre du programme Essor.

« Cette modernisation assure l'avenir d'une entreprise importante pour la région. »

${HOSPITAL_PARAGRAPH}
`,
  "quebec-musee.txt": `Agrandissement d'un musée régional

QUÉBEC, le 4 avril 2025 /CNW/ - La ministre de la Culture et des Communications et ministre responsable de la région de la Mauricie, Mme Hélène Dufresne-Caron, annonce l'octroi de 686 139 $ au Musée des arts de la Vallée pour agrandir sa salle d'exposition permanente, dans le cadre du programme Aide aux immobilisations.

Le musée accueille chaque année plus de 40 000 visiteurs et compte 12 employés permanents.
`,
  "gatineau-centre.txt": `Un nouveau centre communautaire

GATINEAU, QC, le 20 mai 2025 /CNW/ - L'honorable Marc-Olivier Leduc, ministre du Logement, de l'Infrastructure et des Collectivités, annonce une contribution fédérale de 2,3 millions de dollars au Centre communautaire des Trembles, dans le cadre du Fonds pour les infrastructures communautaires.

${HOSPITAL_PARAGRAPH}
`,
  "rimouski-port.txt": `Deux projets pour le littoral

RIMOUSKI, QC, le 2 juillet 2025 /CNW/ - La ministre des Affaires municipales, Mme Sophie Bélanger-Roy, annonce une aide de 250 000 $ à la Corporation du littoral de Rimouski pour l'aménagement d'une promenade, dans le cadre du Fonds régions et ruralité.

Par ailleurs, une somme de 120 000 $ est accordée à l'organisme Loisirs de la Neigette pour offrir des activités estivales aux familles.

${HOSPITAL_PARAGRAPH}
`,
  "annonce-sans-aide.txt": `Consultations sur l'habitation

LÉVIS, QC, le 15 août 2025 /CNW/ - La ministre des Affaires municipales, Mme Sophie Bélanger-Roy, lance aujourd'hui une tournée de consultations sur l'habitation dans douze villes du Québec.

${HOSPITAL_PARAGRAPH}
`,
};

/** The same body as rimouski-port.txt, reposted elsewhere with other page chrome: a duplicate, counted once. */
export const REPOST = {
  source: "https://www.example.org/nouvelles/2025/07/deux-projets-pour-le-littoral",
  text: SYNTHETIC_RELEASES["rimouski-port.txt"]!.replace(
    "Deux projets pour le littoral\n",
    "Deux projets pour le littoral\n\nPartager cette nouvelle\n",
  ),
};

const FIXTURES = resolve(__dirname, "../../fixtures");

/** Records of our synthetic releases, the repost last, then the fixtures' .txt releases when present. */
export function syntheticRecords(withFixtures = true): Release[] {
  const records = Object.entries(SYNTHETIC_RELEASES).map(([name, text]) => extractText({ source: `releases/${name}`, text }, { withText: true }));
  records.push(extractText(REPOST, { withText: true }));
  if (withFixtures && existsSync(FIXTURES)) {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith(".txt")).sort()) {
      try {
        records.push(extractText({ source: join("fixtures", name), text: readFileSync(join(FIXTURES, name), "utf8") }, { withText: true }));
      } catch {
        // A fixture made to fail extraction (chrome only) is not a release.
      }
    }
  }
  return records;
}

/** A database at `path` holding the synthetic releases (and fixtures); returns the records stored. */
export function buildReleaseDb(path: string, withFixtures = true): Release[] {
  const records = syntheticRecords(withFixtures);
  const store = openStore(path);
  try {
    // One batch per record so the repost finds the release it repeats already stored.
    for (const record of records) store.upsert([record]);
  } finally {
    store.close();
  }
  return records;
}
