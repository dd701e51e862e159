// Generic French words for organisations, funding verbs and program keywords.
// Only generic vocabulary lives here: never the name of a person or an organisation.

/** Words that head a program name: "Fonds …", "programme …", "volet …". */
export const PROGRAM_KEYWORDS = [
  "fonds", "programme", "volet", "mesure", "plan", "stratégie", "partenariat", "enveloppe", "initiative", "entente",
  "chantier", "politique",
] as const;

/** Keywords that name a program only after a capitalised adjective: "du Grand chantier pour les familles". */
export const ADJECTIVE_ONLY_KEYWORDS = new Set(["chantier"]);

/** Capitalised adjectives that open a program name before a lower-case keyword: "Grand chantier", "Nouveau plan". */
export const PROGRAM_ADJECTIVES = new Set(["grand", "grande", "grands", "grandes", "nouveau", "nouvelle", "vaste"]);

/** Program kinds that are parts of a larger program ("volet …", "mesure 11"). */
export const SUB_PROGRAM_KINDS = new Set(["volet", "mesure"]);

/** Heads of organisation names: "Centre collégial …", "Festival international …", "MRC de …". */
export const ORG_HEADS = new Set([
  "organisme", "centre", "société", "fondation", "festival", "association", "réseau", "coopérative", "coop",
  "corporation", "conseil", "alliance", "regroupement", "fédération", "union", "chambre", "institut",
  "université", "cégep", "collège", "école", "commission", "groupement", "groupe", "club", "cercle",
  "maison", "musée", "théâtre", "office", "carrefour", "compagnie", "orchestre", "table", "comité",
  "fabrique", "entreprise", "entreprises", "événements", "productions", "produits", "services",
  "mrc", "municipalité", "ville", "village", "paroisse", "canton", "cité", "communauté", "administration",
  "pôle", "pôles", "diffusion", "atelier", "ateliers", "agence", "centres", "festivals", "régie", "consortium",
  "bibliothèque", "collectif", "syndicat", "cooperative",
]);

/** Heads of place-like organisations whose name is "<head> de <Place>": "MRC de La Mitis". */
export const PLACE_HEADS = new Set([
  "mrc", "municipalité", "ville", "village", "paroisse", "canton", "cité",
]);

/** Legal suffixes that end a company name: "… ltée", "… inc.". */
export const LEGAL_SUFFIXES = new Set(["inc", "ltée", "limitée", "enr", "ltd", "senc", "s.e.n.c", "coop"]);

/** Heads that name a government or a department: the funder, never the recipient. */
export const GOVERNMENT_HEADS = new Set([
  "ministère", "ministre", "gouvernement", "gouvernements", "secrétariat", "cabinet", "assemblée",
  "premier", "première", "député", "députée", "état", "sous-ministre",
]);

/** Plural nouns that name a vague class, not a named group: "les entreprises", "des organismes". */
export const VAGUE_CLASSES = new Set([
  "entreprises", "organismes", "municipalités", "projets", "citoyens", "citoyennes", "familles", "personnes",
  "pme", "obnl", "promoteurs", "partenaires", "festivals", "initiatives", "régions", "collectivités",
  "communautés", "producteurs", "aînés", "jeunes", "étudiants", "travailleurs", "milieux", "acteurs",
  "écoles", "villes", "mrc", "municipalités régionales", "organisations", "artistes", "diffuseurs",
  "majorité", "demandeurs", "bénéficiaires", "industries", "secteurs", "infrastructures", "investissements",
  "travaux", "activités", "services", "besoins", "coûts", "dépenses", "fins", "frais", "études", "équipements",
]);

/**
 * The people of a place as the subject (up to the text's end): "Les résidents de Sept-Îles et de
 * Port-Cartier" bénéficieront …: the places are where they live, not recipients.
 */
export const PEOPLE_SUBJECT = /(?:^\s*|[-–—:]\s+)(?:(?:Les|Des|Ces|les|des|ces)\s+)?(?:résident|résidente|citoyen|citoyenne|habitant|habitante|famille|population|usager|usagère|élève|aîné|aînée)s?\s+(?:de|d['’]|du|des)\s[^,;.]*$/u;

/** Plural nouns of what money pays for: "pour les travaux", unlike the people a name serves ("pour les proches aidants"). */
export const PURPOSE_NOUNS = new Set([
  "travaux", "activités", "services", "études", "équipements", "frais", "dépenses", "coûts", "besoins", "projets",
  "infrastructures", "investissements", "installations", "rénovations", "réparations", "achats", "opérations",
  "salaires", "honoraires", "locaux", "bâtiments", "programmes", "années", "prochaines", "prochains",
]);

/**
 * Participles of giving that take the recipient after "à": "remis à", "versée au", "octroyés aux".
 * Stems: the pattern adds the feminine and plural endings (-e, -s, -es).
 */
export const GIVEN_PARTICIPLES = [
  "remis", "versé", "octroyé", "accordé", "alloué", "attribué", "consenti", "destiné", "offert", "affecté",
  "réservé", "distribué",
] as const;

/** Finite verbs of giving whose indirect object comes first: "accorde au Réseau X … des contributions". */
export const GIVING_VERBS = [
  "accorde", "accordent", "accordera", "octroie", "octroient", "octroiera", "verse", "versent", "versera",
  "alloue", "allouent", "allouera", "attribue", "attribuera", "remet", "remettra", "consent", "consentira",
  "allouer", "accorder", "octroyer", "verser", "attribuer", "remettre",
] as const;

/** Verbs whose subject is the recipient: "l'organisme X reçoit 50 000 $", "… qui bénéficieront de". */
export const RECEIVING_VERBS = [
  "reçoit", "recevra", "reçoivent", "recevront", "obtient", "obtiendra", "obtiennent", "obtiendront",
  "bénéficie", "bénéficiera", "bénéficient", "bénéficieront", "touche", "touchera", "touchent", "toucheront",
  "décroche", "décrochera", "décrochent", "décrocheront",
] as const;
/** One word that is a receiving verb ("reçoit", "recevront", "obtient", …), any case. */
export const RECEIVING_VERB_WORD = new RegExp(String.raw`^(?:${RECEIVING_VERBS.join("|")})$`, "iu");

/**
 * Reflexive phrases whose subject is the recipient: "le Festival X se voit octroyer 600 000 $",
 * "Les cinq MRC de la Gaspésie se partagent 1,75 M$" (a named group's total).
 */
/** What a recipient "se voit …": "se voit octroyer 600 000 $", "se voit autoriser 41 M$". */
export const GIVEN_INFINITIVES = String.raw`(?:octroyer|accorder|attribuer|remettre|verser|allouer|confier|consentir|autoriser)`;

export const RECEIVING_PHRASES = [
  // ("se voit quant à lui accorder": an aside between)
  String.raw`se\s+voi(?:t|ent)\s+(?:quant\s+à\s+(?:lui|elle|eux|elles)\s+)?${GIVEN_INFINITIVES}`,
  String.raw`se\s+verra\s+(?:quant\s+à\s+(?:lui|elle)\s+)?${GIVEN_INFINITIVES}`,
  String.raw`se\s+(?:partag|répart)(?:issent|iront|ent|eront)`,
  // "Le Centre X voit son financement à la mission bonifié de 98 000 $", "Les X verront leur financement augmenter"
  String.raw`(?:voi(?:t|ent)|verr(?:a|ont))\s+(?:son|sa|leur|leurs)\s+(?:financement|aide|subvention|soutien|budget|enveloppe)(?:\s+[\p{L}'’]+){0,4}?\s+(?:bonifi|rehauss|augment|major|accr)[\p{L}]*`,
] as const;

/** Nouns of money that end an organisation name when a determiner precedes them: "… des contributions". */
export const FUNDING_NOUNS = [
  "aide", "aides", "somme", "sommes", "montant", "montants", "contribution", "contributions", "subvention",
  "subventions", "financement", "appui", "soutien", "prêt", "prêts", "investissement", "investissements",
  "enveloppe", "allocation", "bourse", "bourses",
] as const;

/** Function words allowed inside names: "Fonds du Canada pour la présentation des arts". */
export const NAME_CONNECTORS = new Set([
  "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "en", "à", "au", "aux", "pour", "sur",
  "par", "dans", "sans", "ou", "une", "un", "the", "of", "and",
]);

/**
 * Words that end a name: pronouns, conjunctions, and verbs frequent after a program or an
 * organisation ("Le programme X est destiné", "du programme X atteint 1 M$").
 */
export const NAME_STOP_WORDS = new Set([
  "qui", "que", "qu'", "qu’", "dont", "où", "afin", "lors", "lorsque", "grâce", "notamment", "ainsi", "soit",
  "selon", "depuis", "auprès", "alors", "tandis", "mais", "car", "donc", "puis", "cette", "ce", "ces", "cet",
  "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "se", "s'", "s’",
  "elle-même", "lui-même", "elles-mêmes", "eux-mêmes",
  "y", "ne", "n'", "n’", "avec", "sous", "entre", "comme", "si", "aussi", "également", "déjà", "sous",
  "est", "sont", "sera", "seront", "serait", "seraient", "était", "étaient", "a", "ont", "avait", "avaient",
  "aura", "auront", "fait", "font", "atteint", "atteindra", "sert", "servira", "servent", "vise", "visent",
  "visait", "visera", "permet", "permettra", "permettront", "permettent", "prévoit", "prévoyait", "soutient",
  "soutiendra", "soutiennent", "accorde", "accordera", "offre", "offrira", "finance", "financera", "appuie",
  "appuiera", "contribue", "contribuera", "destiné", "destinée", "destinés", "destinées",
  "géré", "gérée", "administré", "administrée", "lancé", "lancée", "annoncé", "annoncée", "institué",
  "instituée", "doit", "doivent", "peut", "peuvent", "pourra", "pourront", "représente", "totalise",
  "comprend", "regroupe", "découle", "provient", "bénéficie", "bénéficiera", "reçoit", "recevra", "octroie",
  "verse", "versera", "alloue", "dispose", "prend", "vient", "constitue", "demeure", "reste", "inscrit",
  "devient", "couvre", "cible", "visant", "permettant", "prévoyant", "ciblant", "incluant", "totalisant",
  "assure", "assurera", "agit", "agira", "chapeaute", "chapeautent", "organise", "organisera", "mettra",
  "remis", "remise", "versé", "versée", "versés", "versées", "accordé", "accordée", "accordés", "accordées",
  "octroyé", "octroyée", "octroyés", "octroyées", "alloué", "allouée", "investis", "investi", "investie",
  "bonifié", "bonifiée", "renouvelé", "renouvelée", "dévoilé", "dévoilée", "pourraient", "recevront",
  // the other receiving verbs ("touche" is also a noun): "Le Club de l'âge d'or obtient …" ends before the verb
  "obtient", "obtiendra", "obtiennent", "obtiendront", "reçoivent", "bénéficient", "bénéficieront", "touchera", "toucheront",
  // participles of an agreement: "l'Entente de développement culturel conclue entre …"
  "conclu", "conclue", "conclus", "conclues", "signé", "signée", "signés", "signées",
  // other verbs a name runs into: "Le Fonds de solidarité FTQ et Desjardins participent …", "La Stratégie repose sur …"
  "participe", "participent", "participera", "participeront", "contribuent", "contribueront", "repose", "reposent",
  "aujourd'hui", "aujourd’hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
]);

/** Multi-word phrases that end a name: "… dans le but de", "… en collaboration avec". */
export const NAME_STOP_PHRASES = [
  "dans le cadre", "dans le but", "en vue", "en partenariat", "en collaboration", "de même", "en plus",
  "au cours", "au moyen", "à hauteur", "à titre", "en lien", "au profit", "au bénéfice", "à l'issue", "à l’issue",
  "au nom", "à la suite", "en raison", "d'ici", "d’ici", "en matière", "mis en place", "mise en place",
  "mis sur pied", "mise sur pied", "mis en œuvre", "mise en œuvre", "mise sur", "misent sur", "misera sur",
] as const;

/** Phrases that introduce an intermediary: "par le biais du Cégep …", "par l'entremise de …". */
export const INTERMEDIARY_PHRASES = [
  "par le biais", "par l'entremise", "par l’entremise", "par l'intermédiaire", "par l’intermédiaire",
] as const;

/** Determiners and clitics that cannot start a name. */
export const ARTICLES = new Set(["le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux"]);

/** Counts written as words: "trois organismes", "plusieurs entreprises" are a class, not a name. */
export const COUNT_WORDS = new Set([
  "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
  "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "cent", "plusieurs", "quelques", "divers", "diverses",
  "nombreux", "nombreuses", "différents", "différentes", "certains", "certaines",
]);

/**
 * Adjective endings: after a capitalised word, a lower-case adjective still belongs to the name
 * ("Les Jardins maskoutains", "Technopole maritime"), a verb does not ("X mutualisera ses …").
 */
export const ADJECTIVE_ENDING = /(?:ain|aine|ien|ienne|ais|aise|ois|oise|al|ale|aux|ique|if|ive|el|elle|aire|ier|ière|eux|euse)s?$/u;

/** First words of a "label : amount" line that name money, not a recipient: "Coût total du projet : 2 M$". */
export const MONEY_LABELS = new Set([
  "total", "sous-total", "coût", "coûts", "budget", "valeur", "part", "montant", "montants", "aide", "aides",
  "contribution", "contributions", "subvention", "subventions", "financement", "investissement",
  "investissements", "somme", "sommes", "enveloppe", "prêt", "prêts", "dépenses", "solde", "revenus",
  "fonds", "mise", "apport", "participation", "répartition",
]);

/**
 * Column headers of a grants table flattened into one line ("Région Organisme Projet Aide accordée
 * Laurentides Théâtre X Tournée des villages 27 200 $ …"): a column before the recipient, the
 * recipient's, a project column between it and the amount, the amount's.
 */
export const TABLE_COLUMNS = {
  before: String.raw`(?:Région|Circonscription|Territoire|MRC)`,
  recipient: String.raw`(?:Nom\s+de\s+l['’]organisme|(?:Entreprise|Organisme)\s+ou\s+(?:entreprise|organisme)|Organismes?|Municipalités?|Bénéficiaires?|Promoteurs?|Entreprises?|Établissements?|Demandeurs?)`,
  project: String.raw`(?:(?:Nom|Titre|Description)\s+du\s+projet|Projets?|Description|Volet)`,
  amount: String.raw`(?:Montants?(?:\s+accordés?)?|Aide(?:\s+(?:accordée|financière|octroyée))?|Subventions?|Contributions?|Financement)`,
  /** "Nom de l'organisme Ville Montant": where the recipient is, a column right after its name */
  place: String.raw`(?:Ville|Municipalité|Localité|Lieu)`,
  /** "Organisme Montant Programme": a column after the amount, whose cells ("FCPA") open the next row */
  after: String.raw`(?:Programmes?|Volets?|Sources?|Fonds)`,
} as const;

/** Subject pronouns, capitalised at a sentence start ("On reçoit …", "Elle obtient …"): never a name. */
export const PRONOUNS = new Set([
  "on", "il", "elle", "ils", "elles", "nous", "vous", "je", "j'", "j’", "tu", "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
  "chacun", "chacune", "cela", "ceci", "ça", "tous", "toutes", "certains", "certaines", "plusieurs", "personne",
]);

/** "chacun", "chacune": a sum given to each one ("recevront chacune 150 000 $"). */
export const EACH = /(?<![\p{L}])[Cc]hacun(?:e|s|es)?(?![\p{L}])/u;

/** The funders themselves, named by metonymy: "Québec : 500 000 $", "Ottawa verse …". */
// ("Investissement Québec": the government's lender and agent, who lends or pays on its behalf, never a recipient)
export const FUNDER_NAMES = new Set(["québec", "canada", "ottawa", "gouvernement du québec", "gouvernement du canada", "services québec", "investissement québec"]);

/**
 * Time adverbials between a funding word and its recipient: "versé dès cette année à",
 * "2,75 M$ sur trois ans à", "accordés en 2025 au".
 */
export const TIME_ADVERBIAL = String.raw`(?:sur\s+(?:\p{L}+|\d+)\s+ans|pendant\s+(?:\p{L}+|\d+)\s+ans|dès\s+(?:cette\s+année|maintenant|aujourd['’]hui)|cette\s+année|cette\s+semaine|en\s+\d{4}(?:[-–]\d{2,4})?|par\s+(?:année|an)|annuellement|d['’]ici\s+\d{4}|au\s+cours\s+des\s+(?:\p{L}+|\d+)\s+(?:prochaines\s+)?(?:années|mois|ans)|également|aussi|ainsi|notamment|entre\s+autres|directement|entièrement|conjointement|par\s+ailleurs|de\s+plus|en\s+outre|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté)`;

/**
 * The name without its closing parenthesised part ("Centre X (CX)" -> "Centre X"), as
 * name.replace(/\s*\([^)]*\)\s*$/u, "") gives, by hand: that pattern retries at every blank of a
 * long run (a name that took masked chrome's blanks), which is quadratic.
 */
export function withoutFinalParens(name: string): string {
  const end = name.trimEnd();
  if (!end.endsWith(")")) return name;
  const open = end.indexOf("(", end.lastIndexOf(")", end.length - 2) + 1);
  return open < 0 ? name : end.slice(0, open).trimEnd();
}

/** Names come back many times per text (each candidate is checked against each program). */
const FOLDED = new Map<string, string>();

/**
 * The blank runs that /\s+/g → " " changes: two blanks or more, or one that is not a space. A lone space
 * (most of them) is left alone instead of replaced by itself: grants folds whole sentences, uncached.
 */
const UNEVEN_BLANKS = /\s{2,}|[^\S ]/g;

/** Strip accents and case: used to compare names. */
export function foldName(s: string): string {
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    folded = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’`]/g, "'")
      .replace(/\\([()])/g, "$1").replace(UNEVEN_BLANKS, " ").trim();
    if (s.length <= 200) { // names, not sentences
      if (FOLDED.size >= 2_000) FOLDED.clear();
      FOLDED.set(s, folded);
    }
  }
  return folded;
}

/** One word, elision or punctuation mark of the text, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "elision" | "punct" | "newline";
}

/** \p{L} or \p{N}, by code point; the BMP answers are kept in a table as they are asked. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000); // 0 not asked yet, 1 letter or digit, 2 other
function isLetterOrDigit(cp: number): boolean {
  if (cp >= 0x10000) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let c = BMP_CLASS[cp];
  if (c === 0) BMP_CLASS[cp] = c = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}
/** JavaScript's \s; ASCII letters leave at the first test. */
const isSpace = (c: number) => (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
  : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff));
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
/** Inside a word before a letter or digit: - – ‑ ' ’ . */
const isJoiner = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2011 || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2f;
/** ASCII letters, digits and "&": they go on a word. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = c === 0x26 || /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
/** The letters that elide alone ("d'", "L’"), by char code. */
const ELIDED_LETTER = new Uint8Array(0x80);
for (const l of "dDlLjJnNsScCmMtT") ELIDED_LETTER[l.charCodeAt(0)] = 1;
/**
 * The words that elide before an apostrophe ("qu'", "Jusqu’", "lorsqu'", "puisqu'"; first letter in
 * either case, the rest lower-case), by their lower-case first letter: their length, then their tail.
 */
const ELIDED_WORD_LENGTH = new Uint8Array(0x80);
const ELIDED_WORD_TAIL: string[] = [];
for (const w of ["qu", "jusqu", "lorsqu", "puisqu"]) {
  ELIDED_WORD_LENGTH[w.charCodeAt(0)] = w.length;
  ELIDED_WORD_TAIL[w.charCodeAt(0)] = w.slice(1);
}

/** The length of the elision at `i` ("d'", "qu’", "jusqu'" before a letter or digit), or 0. */
function elisionAt(text: string, i: number): number {
  // the cheap tests on the letters first: most words open with no elision, whatever comes before them
  const first = text.charCodeAt(i);
  let n = 0;
  if (first < 0x80 && ELIDED_LETTER[first] === 1 && isApostrophe(text.charCodeAt(i + 1))) n = 1;
  else {
    // one elided word at most opens with this letter: test the apostrophe after it, then its tail
    // ("la", "les", "pour" and "par" open with those letters too; trying every word there cost more)
    const lower = first | 0x20;
    const length = lower < 0x80 ? ELIDED_WORD_LENGTH[lower] : 0; // first | 0x20 is q, j, l or p for Q, J, L, P only
    if (length > 0 && isApostrophe(text.charCodeAt(i + length)) && text.startsWith(ELIDED_WORD_TAIL[lower], i + 1)) n = length;
  }
  if (n === 0 || i + n + 1 >= text.length || !isLetterOrDigit(text.codePointAt(i + n + 1)!)) return 0;
  if (i > 0) {
    let before = text.charCodeAt(i - 1);
    if ((before & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) before = text.codePointAt(i - 2)!;
    if (isLetterOrDigit(before)) return 0;
  }
  return n + 1;
}

/**
 * Split text[from, to) into tokens; spaces (U+00A0 and U+202F included) separate them. An elision
 * before a letter is a token ("d'expertise" -> "d'" + "expertise"); a word keeps inner hyphens,
 * dashes, apostrophes and dots ("Saint-Côme–Linière", "Na'gu'set", "4.0", "B.B"). Read by char
 * code, as the pattern in test/lexicon/organisations.test.ts reads it, several times faster; a
 * code point is read (codePointAt) only at a surrogate, every other char code is its own code point.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = from;
  while (i < to) {
    let cp = text.charCodeAt(i);
    if (cp === 0x20) { i += 1; continue; } // a sixth of the chars: out before the other tests
    if ((cp & 0xf800) === 0xd800) cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (cp === 0x0a) {
      tokens.push({ text: "\n", start: i, end: i + 1, kind: "newline" });
      i += 1;
      continue;
    }
    if (isSpace(cp)) { i += size; continue; }
    const elision = elisionAt(text, i);
    if (elision > 0) {
      tokens.push({ text: text.slice(i, i + elision), start: i, end: i + elision, kind: "elision" });
      i += elision;
      continue;
    }
    if (!isLetterOrDigit(cp)) {
      tokens.push({ text: text.slice(i, i + size), start: i, end: i + size, kind: "punct" });
      i += size;
      continue;
    }
    // a word keeps inner hyphens, dashes, apostrophes and dots: "Saint-Côme–Linière", "Na'gu'set", "4.0", "B.B"
    let end = i + size;
    while (end < length) {
      let c = text.charCodeAt(end);
      if (c < 0x80 && ASCII_WORD[c] === 1) { end += 1; continue; } // most chars of a word: no surrogate nor table test
      if ((c & 0xf800) === 0xd800) c = text.codePointAt(end)!;
      if (c === 0x26 || (c < 0x10000 ? BMP_CLASS[c] === 1 || (BMP_CLASS[c] === 0 && isLetterOrDigit(c)) : isLetterOrDigit(c))) {
        end += c > 0xffff ? 2 : 1;
      } else if (isJoiner(c) && end + 1 < length && isLetterOrDigit(text.codePointAt(end + 1)!)) end += 1;
      else break;
    }
    tokens.push({ text: text.slice(i, end), start: i, end, kind: "word" });
    i = end;
  }
  return tokens;
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * tokenize(text) of a whole document, kept for the next caller with the same text: programs and
 * recipients read the same tokens. Callers must not change the array or its tokens.
 */
export function documentTokens(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

// Both are asked of nearly every token: an ASCII first char answers without a pattern.
/** "Québec", "MRC", "Économique": starts with a capital letter. */
export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^[\p{Lu}]/u.test(w);
};
/** "FQIS", "TECQ", "SHQ": two or more capitals and no lower-case letter. */
export const isAcronym = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false; // "de", "2024": no capital first
  return /^[\p{Lu}][\p{Lu}\p{N}&.\-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
};
/** "2017-2023", "2019", "2024‑2027". */
export const isYearOrRange = (w: string): boolean => /^(?:19|20)\d\d(?:[-–‑](?:19|20)?\d\d)?$/u.test(w);
