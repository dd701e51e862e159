#!/usr/bin/env node
// Synthetic CNW-style press releases for the benchmark: our own templates and invented names,
// deterministic (seeded PRNG, never Math.random), 3-6 KB each, 5% wrapped in web-page chrome.
// Release i of seed s is the same text whatever the corpus size, and the generator knows its
// amounts, so a sample can be scored like the gold documents.
//
//   node bench/generate.mjs --size 10000 [--seed 20240] [--out bench/out]
//   -> bench/out/corpus-10000/000/r0000000.txt ... (1,000 files per shard) + manifest.json
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when templates change: a corpus written by another version is regenerated. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20240;
export const SHARD_SIZE = 1000;
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "out");

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 per document, seeded from (seed, index) so documents are independent.
// ---------------------------------------------------------------------------------------------

function mix32(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed, index = 0) {
  let state = mix32(seed >>> 0, index >>> 0);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------------------------------------
// Word banks: generic words and invented names only.
// ---------------------------------------------------------------------------------------------

const FIRST_F = ["Isabelle", "Nathalie", "Geneviève", "Sophie", "Mélanie", "Julie", "Émilie", "Claudine", "Josée", "Valérie", "Hélène", "Annick", "Maude", "Sylvie", "Chloé"];
const FIRST_M = ["Mathieu", "François", "Stéphane", "Olivier", "Benoît", "Jérôme", "Martin", "Éric", "Simon", "Patrice", "Luc", "Alexandre", "Gilles", "Hugo", "Sébastien"];
const LAST = ["Beaulieu", "Castonguay", "Desrochers", "Lamontagne", "Pelletier", "Bergeron", "Thibodeau", "Lévesque", "Marcoux", "Ouellet", "Simard", "Paradis", "Boisvert", "Charest-Dion", "Vaillancourt", "Gendron", "Rivard", "Lachance", "Bélanger", "Dufresne"];
const PLACE_HEAD = ["Saint-Firmin", "Sainte-Aurélie", "Val", "Lac", "Rivière", "Mont", "Pointe", "Notre-Dame", "Saint-Isidore", "Sainte-Brigide", "Port", "Cap"];
const PLACE_TAIL = ["des-Érables", "aux-Saules", "Doré", "des-Brumes", "du-Haut-Lac", "Clair", "des-Cèdres", "Joli", "de-la-Baie", "des-Pins", "aux-Outardes", "Vert"];
const REGIONS = ["du Haut-Lac", "des Deux-Rivières", "de la Vallée-Verte", "des Monts-Bleus", "de la Côte-des-Pins", "du Plateau-Doré", "des Basses-Terres", "de la Haute-Rive"];
const BIG_CITIES = ["QUÉBEC", "MONTRÉAL", "GATINEAU", "SHERBROOKE", "LÉVIS", "TROIS-RIVIÈRES", "SAGUENAY", "RIMOUSKI", "OTTAWA"];
const PORTFOLIOS = [
  "des Affaires municipales et de l'Habitation", "de l'Économie et de l'Innovation", "de la Culture et des Communications",
  "de l'Emploi et de la Solidarité sociale", "de l'Environnement et de la Lutte contre les changements climatiques",
  "des Transports et de la Mobilité durable", "de l'Éducation", "de la Santé et des Services sociaux",
  "du Tourisme", "de l'Agriculture, des Pêcheries et de l'Alimentation", "de la Famille", "des Aînés",
];
const FEDERAL_PORTFOLIOS = ["du Logement, de l'Infrastructure et des Collectivités", "du Développement économique régional", "de l'Industrie", "des Finances"];
// Organisations and programs with their article: "la" (f), "le" (m), "l'" (vowel), "" (none).
const ORG_FORMS = [
  (p) => ["la", `Coopérative de solidarité ${p.region}`],
  (p) => ["la", `Corporation de développement communautaire de ${p.place}`],
  (p) => ["le", `Centre d'action bénévole de ${p.place}`],
  (p) => ["la", `Société d'aide au développement des collectivités ${p.region}`],
  (p) => ["l'", `Association des loisirs de ${p.place}`],
  (p) => ["la", `Maison des jeunes de ${p.place}`],
  (p) => ["le", `Festival des arts de ${p.place}`],
  (p) => ["la", `Chambre de commerce ${p.region}`],
  (p) => ["le", `Regroupement des organismes communautaires ${p.region}`],
  (p) => ["la", `Fondation pour la santé ${p.region}`],
  (p) => ["la", `Municipalité de ${p.place}`],
  (p) => ["la", `Ville de ${p.place}`],
  (p) => ["la", `MRC ${p.region}`],
  (p) => ["la", `Table de concertation en sécurité alimentaire ${p.region}`],
];
const PROGRAM_FORMS = [
  ["le", "Fonds de développement des territoires"],
  ["le", "Programme d'aide aux infrastructures récréatives et sportives"],
  ["le", "Fonds d'appui aux initiatives locales (FAIL)"],
  ["le", "programme Essor-Communautés"],
  ["le", "Programme de soutien aux organismes communautaires"],
  ["le", "Fonds vert pour la relance régionale"],
  ["le", "Plan d'action pour la vitalité des régions 2024-2029"],
  ["le", "Programme d'infrastructures municipales pour les aînés"],
  ["le", "volet Projets structurants du Fonds régions et territoires"],
  ["la", "Stratégie québécoise de l'économie circulaire"],
];
/** "le Fonds ...", "l'Association ...", "la Ville ...". */
function named([article, name]) {
  return article === "l'" ? `l'${name}` : `${article ? article + " " : ""}${name}`;
}
/** "de" before an amount: "de 250 000 $", "d'environ 2 M$", "d'au moins 40 000 $". */
function deAmount(text) {
  return /^[aeiouéèhAEIOUÉ]/u.test(text) ? `d'${text}` : `de ${text}`;
}
/** "à" / "de" + article + name: "au Fonds ...", "à l'Association ...", "de la Ville ...". */
function withPreposition(prep, [article, name]) {
  if (article === "le") return `${prep === "à" ? "au" : "du"} ${name}`;
  if (article === "l'") return `${prep} l'${name}`;
  return `${prep} ${article ? article + " " : ""}${name}`;
}
const PURPOSES = [
  "moderniser ses installations et améliorer l'accueil de la clientèle", "mettre sur pied un service de transport collectif en milieu rural",
  "soutenir l'embauche d'une ressource en développement des affaires", "rénover le centre communautaire et le rendre accessible",
  "accompagner les entreprises dans leur transition numérique", "offrir des repas aux familles en situation de vulnérabilité",
  "aménager un sentier multifonctionnel le long de la rivière", "organiser des activités culturelles pour les aînés",
  "acquérir des équipements spécialisés", "réaliser une étude de faisabilité",
];
const VERBS_ANNOUNCE = ["annonce", "a annoncé", "a confirmé", "confirme"];
const MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_CNW = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."];
const QUALIFIERS = ["plus de ", "près de ", "environ ", "jusqu'à ", "jusqu’à ", "moins de ", "au moins ", "un peu plus de "];
const FILLERS = [
  "Ce projet s'inscrit dans la volonté du gouvernement de soutenir la vitalité des communautés et de favoriser l'occupation dynamique du territoire.",
  "Les organismes du milieu ont été consultés tout au long de la démarche afin que les actions retenues répondent aux besoins exprimés par la population.",
  "La réalisation des travaux devrait débuter au printemps {YEAR} et se terminer à l'automne de la même année, selon l'échéancier présenté par le promoteur.",
  "L'initiative permettra de créer {N} emplois directs et de maintenir {N2} emplois dans la région, en plus d'attirer de nouveaux résidents.",
  "Selon les données de l'organisme, plus de {N3} personnes ont bénéficié de ses services au cours de la dernière année, une hausse de {P} % par rapport à l'année précédente.",
  "Les municipalités régionales de comté (MRC) jouent un rôle central dans la planification du développement local et régional.",
  "Le comité régional de sélection, formé d'élus et de représentants de la société civile, a analysé {N} demandes lors du dernier appel de projets.",
  "Les citoyens intéressés peuvent obtenir plus de détails en consultant le site Web de l'organisme ou en composant le 1 800 555-{PH}.",
  "Les demandes doivent être transmises avant le 31 mars {YEAR} à l'adresse indiquée dans le guide du programme, au code postal G{D}R {D}A{D}.",
  "Conformément à l'article {ART} de la Loi, les sommes non utilisées seront réaffectées à d'autres projets de la région.",
  "Cette annonce témoigne de l'importance accordée par le gouvernement au développement économique et social de toutes les régions du Québec.",
  "Les partenaires du milieu se réjouissent de cette collaboration, qui permettra de consolider les acquis des dernières années et de préparer l'avenir.",
  "Depuis {YEAR0}, l'organisme accompagne les familles, les aînés et les personnes seules, en plus d'offrir un soutien aux nouveaux arrivants.",
  "La mise en œuvre sera assurée par une équipe de {N} personnes, en étroite collaboration avec les établissements scolaires et les services de santé du territoire.",
];
// Boilerplate is built from short parts with slots, so two releases rarely share a run of five
// words: a corpus where every release repeats the same sentences would make near-duplicate
// detection (word 5-shingles) see every release as a candidate repost of every other.
const OPENERS = ["Par ailleurs,", "De plus,", "Dans ce contexte,", "Selon la direction régionale,", "Depuis {YEAR0},", "Au cours des prochains mois,", "À {place},", "En {YEAR},", "Ainsi,", "Rappelons que", "Au printemps dernier,", "Concrètement,"];
const SUBJECTS = ["les partenaires du milieu", "l'équipe {org}", "les élus de {place}", "les citoyens de la région {region}", "le comité de suivi", "les {N} bénévoles", "les entreprises du secteur", "la direction {org}", "les organismes communautaires", "les familles de {place}", "les aînés de {place}", "les jeunes de la région {region}"];
const VERBS = ["pourront compter sur", "ont souligné", "souhaitent renforcer", "entendent poursuivre", "participeront à", "ont contribué à", "misent sur", "privilégient", "ont salué", "veulent consolider", "accompagnent", "appuient"];
const OBJECTS = ["la concertation régionale", "un service de proximité", "les {N} projets retenus", "l'accès aux soins", "la relance économique", "la vitalité des quartiers", "la formation de la main-d'œuvre", "l'offre culturelle", "la mobilité durable", "la sécurité alimentaire", "l'inclusion sociale", "le développement du territoire", "les initiatives {org}", "le réseau des bibliothèques"];
const COMPLEMENTS = ["d'ici {YEAR}", "sur l'ensemble du territoire", "avec {N} partenaires", "au bénéfice de {N3} personnes", "dans {N} municipalités", "en collaboration avec {orgname}", "pour une durée de {N} mois", "malgré une hausse de {P} % des demandes", "comme l'indique le site Web {org}", "au plus tard le 31 mars {YEAR}", "dès le printemps {YEAR}", "à {place} et à {place}", "selon le plan adopté en {YEAR0}", "avec l'appui de {N2} membres"];

const QUOTE_SENTENCES = [
  "Notre gouvernement est fier d'appuyer des projets qui font une réelle différence dans la vie des gens.",
  "Ce soutien permettra à l'organisme de poursuivre sa mission auprès de la population et de rayonner davantage.",
  "Les régions sont au cœur de notre développement, et cette annonce en est une nouvelle preuve.",
  "Nous sommes très reconnaissants de cet appui, qui arrive à un moment déterminant pour notre organisation.",
  "Grâce à ce financement, nous pourrons offrir des services de meilleure qualité à un plus grand nombre de familles.",
  "Il s'agit d'un investissement structurant pour l'ensemble de la communauté.",
  "Je salue le travail remarquable des bénévoles et des équipes qui rendent ces projets possibles.",
];
const CHROME_HEADLINES = [
  "Un nouveau parc industriel verra le jour d'ici deux ans", "La rentrée scolaire se déroule sous le signe de la pénurie",
  "Hausse marquée de la fréquentation des bibliothèques", "Le conseil municipal adopte son budget",
];

// ---------------------------------------------------------------------------------------------
// Money: every amount written in one of the forms releases use, and the value a reader reads.
// ---------------------------------------------------------------------------------------------

const GROUP_SEPARATORS = [" ", " ", "\u00A0", "\u202F"];

/** 686139 -> "686 139" with the separator given. */
function groupThousands(n, sep) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 2.3 -> "2,3"; 12 -> "12". */
function frenchDecimal(x) {
  return String(x).replace(".", ",");
}

/** An amount as written, with its value in dollars. */
function writeDollars(rng, value) {
  const sep = rng.pick(GROUP_SEPARATORS);
  const digits = Number.isInteger(value) ? groupThousands(value, sep) : `${groupThousands(Math.trunc(value), sep)},${String(Math.round((value % 1) * 100)).padStart(2, "0")}`;
  return digits + rng.pick([" $", " $", "\u00A0$", "$", " dollars"]);
}

function writeMillions(rng, millions) {
  const n = frenchDecimal(millions);
  const plural = millions >= 2 ? "millions" : "million";
  return rng.pick([`${n} ${plural} de dollars`, `${n} M$`, `${n}\u00A0M$`, `${n} ${plural} $`, `${n} M $`]);
}

function writeBillions(rng, billions) {
  const n = frenchDecimal(billions);
  const plural = billions >= 2 ? "milliards" : "milliard";
  return rng.pick([`${n} ${plural} de dollars`, `${n} G$`, `${n} ${plural} $`]);
}

/** A random amount: { text, value }. `scale` biases toward grants (small) or envelopes (large). */
function amount(rng, scale = rng.pick(["grant", "grant", "grant", "envelope", "big"])) {
  if (scale === "grant") {
    const round = rng.pick([1, 10, 100, 1000, 1000, 5000]);
    let value = Math.max(1000, Math.round(rng.int(5000, 950000) / round) * round);
    if (rng.chance(0.03)) value += rng.int(1, 99) / 100; // "12 345,50 $"
    return { text: writeDollars(rng, value), value };
  }
  if (scale === "envelope") {
    const millions = rng.chance(0.5) ? rng.int(1, 99) : rng.int(11, 999) / 10;
    if (rng.chance(0.25)) return { text: writeDollars(rng, Math.round(millions * 1e6)), value: Math.round(millions * 1e6) };
    return { text: writeMillions(rng, millions), value: Math.round(millions * 1e6) };
  }
  const billions = rng.chance(0.5) ? rng.int(1, 9) : rng.int(11, 99) / 10;
  return { text: writeBillions(rng, billions), value: Math.round(billions * 1e9) };
}

/** "entre 30 et 40 millions de dollars", "de 15 000 à 45 000 $": both ends are amounts. */
function range(rng) {
  if (rng.chance(0.5)) {
    const lo = rng.int(2, 40), hi = lo + rng.int(1, 20);
    const unit = rng.pick(["millions de dollars", "millions $", "M$"]);
    return { text: `entre ${lo} et ${hi} ${unit}`, values: [lo * 1e6, hi * 1e6] };
  }
  const sep = rng.pick(GROUP_SEPARATORS);
  const lo = rng.int(5, 50) * 1000, hi = lo + rng.int(5, 100) * 1000;
  const unit = rng.pick(["$", "dollars"]);
  return { text: `de ${groupThousands(lo, sep)} à ${groupThousands(hi, sep)} ${unit}`, values: [lo, hi] };
}

// ---------------------------------------------------------------------------------------------
// One release
// ---------------------------------------------------------------------------------------------

function person(rng) {
  const female = rng.chance(0.5);
  return { name: `${rng.pick(female ? FIRST_F : FIRST_M)} ${rng.pick(LAST)}`, female };
}

function place(rng) {
  return `${rng.pick(PLACE_HEAD)}-${rng.pick(PLACE_TAIL)}`;
}

function organisation(rng) {
  return rng.pick(ORG_FORMS)({ place: place(rng), region: rng.pick(REGIONS) });
}

/** "De plus, les élus de Val-Doré misent sur la mobilité durable d'ici 2027." */
function boilerplateSentence(rng) {
  if (rng.chance(0.2)) return fill(rng, rng.pick(FILLERS));
  const text = fill(rng, `${rng.pick(OPENERS)} ${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(COMPLEMENTS)}.`);
  return text[0].toUpperCase() + text.slice(1);
}

/** A paragraph of 2-5 boilerplate sentences. */
function filler(rng) {
  return Array.from({ length: rng.int(2, 5) }, () => boilerplateSentence(rng)).join(" ");
}

function fill(rng, template) {
  return template
    .replace(/\{org\}/g, () => withPreposition("de", organisation(rng)))
    .replace(/\{orgname\}/g, () => named(organisation(rng)))
    .replace(/\{place\}/g, () => place(rng))
    .replace(/\{region\}/g, () => rng.pick(REGIONS))
    .replace(/\{YEAR0\}/g, () => String(rng.int(1985, 2015)))
    .replace(/\{YEAR\}/g, () => String(rng.int(2019, 2028)))
    .replace(/\{N\}/g, () => String(rng.int(3, 60)))
    .replace(/\{N2\}/g, () => String(rng.int(10, 200)))
    .replace(/\{N3\}/g, () => groupThousands(rng.int(1000, 25000), " "))
    .replace(/\{P\}/g, () => String(rng.int(3, 40)))
    .replace(/\{PH\}/g, () => String(rng.int(1000, 9999)))
    .replace(/\{ART\}/g, () => String(rng.int(2, 90)))
    .replace(/\{D\}/g, () => String(rng.int(1, 9)));
}

function utf8Length(s) {
  return Buffer.byteLength(s, "utf8");
}

/**
 * Release `index` of corpus `seed`: its text, the distinct amounts of its body (chrome excluded)
 * and whether page chrome surrounds it.
 */
export function generateRelease(seed, index) {
  const rng = createRng(seed, index);
  const values = [];
  const money = (scale) => {
    const a = amount(rng, scale);
    values.push(a.value);
    return a.text;
  };
  const qualified = (scale) => (rng.chance(0.3) ? rng.pick(QUALIFIERS) : "") + money(scale);

  const year = rng.int(2015, 2025), month = rng.int(1, 12), day = rng.int(1, 28);
  const minister = person(rng);
  const portfolio = rng.pick(PORTFOLIOS);
  const region = rng.pick(REGIONS);
  const regional = person(rng);
  const federal = rng.chance(0.2) ? person(rng) : null;
  const program = rng.pick(PROGRAM_FORMS);
  const orgs = Array.from({ length: rng.int(1, 4) }, () => organisation(rng));
  const toOrg = () => withPreposition("à", rng.pick(orgs));
  const ofProgram = () => withPreposition("de", program);
  const article = (p) => (p.female ? "La" : "Le");
  const chrome = rng.chance(0.05);
  const targetBytes = rng.int(3000, 6000);

  // Blocks are paragraphs or groups of lines that stay together (a quote and its speaker).
  const head = [];
  const blocks = [];
  const closing = [];
  const tail = [];

  // Page chrome before the release (5%): menus, widgets, a page date, a byline.
  const headline = `${rng.pick(["Québec accorde", "Le gouvernement annonce", "Québec et Ottawa confirment", "Le ministère investit dans"])} ${rng.pick(["une aide financière", "un appui", "du financement"])} pour ${rng.pick(PURPOSES).split(" et ")[0]}`;
  if (chrome) {
    head.push("Nous joindre", "X", "Rechercher", "Publicité", "", rng.pick(["Actualités", "Économie", "Régions"]), "");
    head.push(headline, "", `durée ${String(rng.int(6, 20)).padStart(2, "0")}h00`, `${day} ${MONTHS_LONG[month - 1]} ${year}`, "", "commentaires", "", "Par Salle des nouvelles", "");
  } else if (rng.chance(0.6)) {
    head.push(`${rng.chance(0.5) ? ` date ${year}-${String(month).padStart(2, "0")} ` : ""}${headline}`, "", "");
  }

  // Lead paragraph: CNW dateline, "Publié le" line, or none.
  const style = rng.pick(["cnw", "cnw", "cnw", "published", "plain"]);
  const city = rng.chance(0.6) ? rng.pick(BIG_CITIES) : place(rng).toUpperCase();
  let lead = "";
  if (style === "cnw") {
    const date = rng.chance(0.6) ? `le ${day} ${MONTHS_CNW[month - 1]} ${year}` : `${day} ${MONTHS_LONG[month - 1]} ${year}`;
    lead = `${city}, QC, ${date} /${rng.pick(["CNW", "CNW Telbec"])}/ - `;
  } else if (style === "published") {
    head.push(`Publié le ${day} ${MONTHS_LONG[month - 1]} ${year}`, "");
  }
  lead += rng.chance(0.5)
    ? `${article(minister)} ministre ${portfolio}, ${minister.female ? "Mme" : "M."} ${minister.name}, ${rng.pick(VERBS_ANNOUNCE)}`
    : `${article(minister)} ministre ${portfolio} et ministre responsable de la région ${region}, ${minister.name}, ${rng.pick(VERBS_ANNOUNCE)}`;
  lead += rng.chance(0.5)
    ? ` l'octroi d'une aide financière ${deAmount(qualified(rng.pick(["grant", "envelope"])))} ${toOrg()} pour ${rng.pick(PURPOSES)}.`
    : ` qu'une somme ${deAmount(qualified(rng.pick(["grant", "envelope"])))} est accordée ${toOrg()} pour ${rng.pick(PURPOSES)}.`;
  if (federal) {
    lead += ` L'honorable ${federal.name}, ministre ${rng.pick(FEDERAL_PORTFOLIOS)}, a souligné la contribution fédérale de ${money("envelope")} au projet.`;
  }
  blocks.push([lead]);

  // Money paragraphs.
  const detail = [
    () => `D'abord, ${qualified("grant")} seront remis ${toOrg()} dans le but de ${rng.pick(PURPOSES)}.`,
    () => `Une aide financière ${deAmount(qualified("grant"))} est accordée ${toOrg()} dans le cadre ${ofProgram()}.`,
    () => `Le gouvernement du Québec investit ${qualified("envelope")} dans ${named(program)}, qui vise à ${rng.pick(PURPOSES)}.`,
    () => `Cette somme s'ajoute aux ${money("envelope")} déjà versés en ${year - 1} aux organismes de la région ${region}.`,
    () => `Le coût total du projet est estimé à ${money("envelope")}, dont ${money("grant")} proviennent ${ofProgram()}.`,
    () => { const r = range(rng); values.push(...r.values); return `Les projets admissibles pourront recevoir ${r.text}, selon leur envergure et leur portée régionale.`; },
    () => `Depuis ${year - rng.int(2, 6)}, ce sont ${qualified("big")} qui ont été investis pour soutenir les collectivités de l'ensemble du Québec.`,
  ];
  for (let i = rng.int(1, 4); i > 0; i--) blocks.push([rng.pick(detail)()]);

  // A table of municipalities and their amounts (one release in four).
  if (rng.chance(0.25)) {
    const rows = rng.int(3, 9);
    const sep = rng.pick(GROUP_SEPARATORS);
    const layout = rng.pick(["pipe", "colon", "tab"]);
    const table = [`Répartition de l'aide financière par municipalité${layout === "colon" ? " :" : ""}`, ""];
    if (layout === "pipe") table.push("| Municipalité | Montant accordé |", "| --- | --- |");
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const value = rng.int(8, 400) * 1000 + (rng.chance(0.5) ? rng.int(0, 999) : 0);
      total += value;
      values.push(value);
      const cell = `${groupThousands(value, sep)} $`;
      const name = `${rng.pick(["Municipalité de ", "Ville de ", ""])}${place(rng)}`;
      table.push(layout === "pipe" ? `| ${name} | ${cell} |` : layout === "colon" ? `${name} : ${cell}` : `${name}\t${cell}`);
    }
    values.push(total);
    table.push(layout === "pipe" ? `| Total | ${groupThousands(total, sep)} $ |` : `Total : ${groupThousands(total, sep)} $`);
    blocks.push(table);
  }

  // Quotes « … » with their attribution lines.
  const leader = person(rng);
  const speakers = [
    { who: minister.name, role: `ministre ${portfolio}` },
    { who: regional.name, role: `${regional.female ? "députée" : "député"} de ${place(rng)} et ministre responsable de la région ${region}` },
    { who: leader.name, role: `${leader.female ? rng.pick(["directrice générale", "présidente"]) : rng.pick(["directeur général", "président"])} ${withPreposition("de", rng.pick(orgs))}` },
  ];
  for (const s of speakers.slice(0, rng.int(1, 3))) {
    const sentences = new Set();
    for (let n = rng.int(2, 4); sentences.size < n; ) sentences.add(rng.pick(QUOTE_SENTENCES));
    const quote = [...sentences];
    if (rng.chance(0.2)) quote.push(`Les ${money("grant")} annoncés aujourd'hui feront une grande différence.`);
    blocks.push([`« ${quote.join(" ")} »`, "", `${s.who}, ${s.role}`]);
  }

  // "Faits saillants" with non-money numbers.
  if (rng.chance(0.4)) {
    const facts = ["Faits saillants", ""];
    for (let i = rng.int(2, 4); i > 0; i--) facts.push(`- ${fill(rng, rng.pick(FILLERS))}`);
    blocks.push(facts);
  }
  if (style === "cnw" || rng.chance(0.3)) {
    closing.push("-30-", "", `SOURCE Cabinet ${article(minister) === "La" ? "de la" : "du"} ministre ${portfolio}`, "", "Renseignements : ", `${person(rng).name}, ${rng.pick(["attachée de presse", "attaché de presse"])}, 418 555-${rng.int(1000, 9999)}`, "");
  }
  if (chrome) {
    tail.push("RECOMMANDÉS POUR VOUS", "");
    for (let i = rng.int(2, 3); i > 0; i--) {
      const other = amount(rng, "envelope"); // another article's amount: chrome, not expected
      tail.push(`${rng.int(1, 28)} ${rng.pick(MONTHS_LONG)} ${year}`, "", rng.pick(CHROME_HEADLINES), "", `Le projet de ${other.text} a été présenté ${rng.pick(["mardi", "jeudi", "hier"])} aux citoyens, qui ont pu poser leurs questions ...`, "");
    }
  }

  // Boilerplate paragraphs between blocks (never before the lead) until the target size.
  const render = () => [...head, ...blocks.map((b) => b.join("\n") + "\n"), ...closing, ...tail].join("\n");
  let bytes = utf8Length(render());
  while (bytes < targetBytes) {
    const paragraph = filler(rng);
    blocks.splice(rng.int(1, blocks.length), 0, [paragraph]);
    bytes += utf8Length(paragraph) + 2;
  }
  const text = render();
  const amounts = [...new Set(values.map((v) => Math.round(v * 100) / 100))];
  return { text, amounts, chrome };
}

// ---------------------------------------------------------------------------------------------
// Corpora on disk, reused when the manifest matches
// ---------------------------------------------------------------------------------------------

export function corpusDir(size, root = OUT_DIR) {
  return join(root, `corpus-${size}`);
}

export function releasePath(dir, index) {
  return join(dir, String(Math.floor(index / SHARD_SIZE)).padStart(3, "0"), `r${String(index).padStart(7, "0")}.txt`);
}

function readManifest(dir) {
  const file = join(dir, "manifest.json");
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Writes corpus-<size> unless a manifest with the same seed, count and version is there. */
export function ensureCorpus({ size, seed = DEFAULT_SEED, root = OUT_DIR, log = () => {} }) {
  const dir = corpusDir(size, root);
  const manifest = readManifest(dir);
  if (manifest && manifest.seed === seed && manifest.count === size && manifest.version === GENERATOR_VERSION) {
    return { dir, reused: true, ...manifest };
  }
  // Only our own generated directory is replaced, and only when its manifest is stale.
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  let bytes = 0, chrome = 0;
  for (let i = 0; i < size; i++) {
    if (i % SHARD_SIZE === 0) mkdirSync(dirname(releasePath(dir, i)), { recursive: true });
    const r = generateRelease(seed, i);
    writeFileSync(releasePath(dir, i), r.text);
    bytes += utf8Length(r.text);
    if (r.chrome) chrome++;
    if (i > 0 && i % 10000 === 0) log(`generate: ${i} of ${size} releases`);
  }
  const written = { seed, count: size, version: GENERATOR_VERSION, bytes, chrome, shards: Math.ceil(size / SHARD_SIZE), seconds: +((performance.now() - started) / 1000).toFixed(1) };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(written, null, 2) + "\n");
  return { dir, reused: false, ...written };
}

/**
 * `count` releases spread over the first `span` indices, each as s<index>.txt with s<index>.json
 * next to it ({ id, amounts, amounts_optional }, the annotation format of ../shared/gold).
 */
export function writeAmountSample({ seed = DEFAULT_SEED, count = 30, span = 10000, root = OUT_DIR }) {
  const dir = join(root, "amounts-sample");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const step = Math.floor(span / count);
  for (let k = 0; k < count; k++) {
    const index = k * step + 7;
    const r = generateRelease(seed, index);
    const id = `s${String(index).padStart(7, "0")}`;
    writeFileSync(join(dir, `${id}.txt`), r.text);
    writeFileSync(join(dir, `${id}.json`), JSON.stringify({ id, amounts: r.amounts, amounts_optional: [], chrome: r.chrome }, null, 2) + "\n");
  }
  return dir;
}

function main(argv) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const seed = Number(opt("--seed", DEFAULT_SEED));
  const root = opt("--out", OUT_DIR);
  const sizes = String(opt("--size", opt("--sizes", "1000"))).split(",").map(Number);
  for (const size of sizes) {
    if (!Number.isInteger(size) || size <= 0) throw new Error(`--size: not a positive integer: ${size}`);
    const c = ensureCorpus({ size, seed, root, log: (l) => process.stderr.write(l + "\n") });
    const mb = (c.bytes / 1e6).toFixed(1);
    console.log(`${c.dir}: ${c.count} releases, ${mb} MB, ${c.chrome} with page chrome${c.reused ? " (reused)" : ` (${c.seconds} s)`}`);
  }
  if (argv.includes("--sample")) console.log(writeAmountSample({ seed, root }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
