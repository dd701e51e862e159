// Recipients: organisations and named groups that receive the money announced.
// Each construction is one small finder that yields mentions: "remis à X", "<montant> au X",
// "accorde au X, à la Y et à la Z des contributions", "X qui bénéficieront", "les municipalités
// de A, B et C", "Voici les bénéficiaires : A, B et C.", table rows ("Lac-Poulin — 75 000 $").
// Intermediaries ("par le biais du Cégep …", "que gère X") are kept with role "intermediary".
// Quoted organisations, partners and committees are never reached: no finder starts from them.
import type { Amount, Program, Recipient } from "../record.js";
import {
  ARTICLES, FUNDING_NOUNS, GIVEN_PARTICIPLES, GIVING_VERBS, GOVERNMENT_HEADS, INTERMEDIARY_PHRASES,
  ADJECTIVE_ENDING, ADJECTIVE_ONLY_KEYWORDS, COUNT_WORDS, FUNDER_NAMES, PEOPLE_SUBJECT, PRONOUNS, LEGAL_SUFFIXES, MONEY_LABELS, NAME_STOP_WORDS, TIME_ADVERBIAL, ORG_HEADS, PLACE_HEADS, PROGRAM_KEYWORDS, PURPOSE_NOUNS, RECEIVING_PHRASES, RECEIVING_VERB_WORD, RECEIVING_VERBS, TABLE_COLUMNS, VAGUE_CLASSES,
  EACH, documentTokens, foldName, isAcronym, isCapitalized, withoutFinalParens, type Token,
} from "../lexicon/organisations.js";
import { acronymAnchor, readAcronym, startsStopPhrase } from "./programs.js";
import { endsSentence, firstAtOrAfter, sentenceMarks } from "../text/scan.js";

export interface RecipientContext {
  amounts: Amount[];
  programs: Program[];
}

/** One place where the text names a recipient; table rows carry their amount. */
export interface RecipientMention {
  name: string;
  acronym: string | null;
  role: "recipient" | "intermediary";
  start: number;
  end: number;
  /** The row's amount when the mention is a table row ("Lac-Poulin — 75 000 $"). */
  amount?: Amount;
  /** Where the text takes the name up in a few generic words ("l'organisme recevra"), when that is what was read. */
  at?: { start: number; end: number };
  via: "given" | "amount" | "giving-verb" | "support" | "receiving-verb" | "list" | "table" | "intermediary";
}

const MAX_NAME_TOKENS = 16;
/** A Québec numbered company's number: "9187-3344" (Québec inc.), as the registry writes it. */
const NUMBERED_COMPANY = /^\d{4}-\d{4}$/u;
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : "");
const isWord = (t: Token | undefined) => t?.kind === "word";
const isInfinitive = (t: Token | undefined) => isWord(t) && !isCapitalized(t!.text) && /(?:er|ir|re|oir)$/u.test(t!.text);
const FUNDING = new Set<string>(FUNDING_NOUNS);
const DETERMINERS = new Set(["un", "une", "des", "les", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "ces"]);
const PROGRAM_WORDS = new Set<string>(PROGRAM_KEYWORDS.filter((k) => !ADJECTIVE_ONLY_KEYWORDS.has(k))); // "Chantier de l'économie sociale" is an organisation
const startsIntermediary = (text: string, t: Token) => {
  const ahead = text.slice(t.start, t.start + 24).toLowerCase();
  return INTERMEDIARY_PHRASES.some((p) => ahead.startsWith(p));
};

interface Scanned { start: number; end: number; name: string; acronym: string | null; next: number; group: boolean }

/** What follows "et" in a firm's name: "Boisvert et fils ltée", "Gagnon et associés". */
const FAMILY_FIRM = /^(?:fils|filles|frères|sœurs|soeurs|associée?s|partenaires|cie)$/u;

/**
 * Reads one organisation name from token `i`: "Centre collégial d'expertise en innovation sociale
 * (CERESO)", "Festival international des arts de la marionnette à Saguenay", "Lelièvre et
 * Lemoignan ltée", or, with `allowGroup`, a named group "pôles d'économie sociale".
 * `next` is the index of the first token after the name.
 */
export function scanOrgName(text: string, toks: Token[], i: number, allowGroup = false): Scanned | null {
  if (/^(?:ce|ces|cet|cette)$/iu.test(toks[i]?.text ?? "")) return null; // "Ces projets": an anaphora
  // skip "l'organisme", articles and counts: "aux 22 pôles", "à l'organisme X", "à trois organismes"
  const from = i;
  i = afterApproximateCount(toks, i);
  while (i < toks.length && ((ARTICLES.has(lower(toks[i])) && !keepsArticle(toks, i, from)) || /^\p{N}+$/u.test(toks[i].text)
    || COUNT_WORDS.has(lower(toks[i])) || toks[i].text === "autres")) i += 1; // "deux autres projets": a class like "deux projets"
  // "à l'organisme X", "la ferme maraîchère Les Jardins du Coteau", "l'organisme sans but lucratif
  // Habitations X": what kind of organisation it is, then its name
  const described = descriptorEnd(toks, i);
  if (described > i) i = described;
  // "la petite municipalité de Packington-Nord": an adjective before a town's kind
  else if (PRENOMINAL_ADJECTIVES.has(toks[i]?.text ?? "") && isWord(toks[i + 1]) && PLACE_HEADS.has(toks[i + 1]!.text) && headsProperName(toks, i + 1)) i += 1;
  // "à L’Appui pour …": a kept elided article opens the name, its word is the first of the name
  const lead = toks[i]?.kind === "elision" ? toks[i] : null;
  if (lead) i += 1;
  const first = toks[i];
  // "9187-3344 Québec inc.": a numbered company opens on its number (not "2024-2028 Québec", a span of years)
  const numbered = isWord(first) && NUMBERED_COMPANY.test(first.text) && isWord(toks[i + 1]) && isCapitalized(toks[i + 1].text)
    && LEGAL_SUFFIXES.has(lower(toks[i + 2]));
  if (!isWord(first) || (/^\p{N}/u.test(first.text) && !numbered)) return null;
  const nameStart = lead ? lead.start : first.start;
  const titled = lead !== null || (ARTICLES.has(lower(first)) && isCapitalized(first.text)); // "L’Appui", "Les Ateliers"
  // "la coopérative d'habitation Les Berges du Saint-Maurice": a generic head, its complement, a proper name
  const group = !numbered && !isCapitalized(first.text) && !headsProperName(toks, i);
  if (group && !allowGroup) return null;
  // "consacrer 2 M$ à des partenariats de recherche": "à des" is indefinite (à + les is "aux"), a class, not a named group
  if (group && lower(toks[from]) === "des" && lower(toks[from - 1]) === "à") return null;
  let k = i + 1;
  let acronym: string | null = null;
  const anchor = group ? -1 : acronymAnchor(toks, i);
  if (anchor > i) {
    // "Consortium québécois de recherche en procédés minéraux (CQRPM)": the acronym says where the name ends
    const acr = readAcronym(toks, anchor)!;
    const name = text.slice(nameStart, toks[acr.end - 1].end).replace(/\\([()])/g, "$1").replace(/\s+/gu, " ");
    return { start: nameStart, end: toks[acr.end - 1].end, name, acronym: acr.acronym, next: acr.end, group };
  }
  while (k < toks.length && k - i < MAX_NAME_TOKENS) {
    const t = toks[k];
    const w = lower(t);
    if (t.kind === "newline") break;
    if (t.kind === "punct") {
      const acr = t.text === "(" || t.text === "\\" ? readAcronym(toks, k) : null;
      if (acr) { acronym = acr.acronym; k = acr.end; break; }
      // "inc.", "B.B.": the dot of an abbreviation belongs to the name
      if (t.text === "." && (LEGAL_SUFFIXES.has(lower(toks[k - 1])) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(toks[k - 1].text))
        && toks[k + 1] && toks[k + 1].kind !== "newline" && !(toks[k + 1].kind === "word" && isCapitalized(toks[k + 1].text) && t.end < toks[k + 1].start - 1)) {
        k += 1;
        continue;
      }
      // "Na'gu'set Mesen'g inc. - Tracey Metallic Design": a spaced hyphen inside a company name
      // (not a headline's two parts: "Lutte contre la pauvreté au Centre-du-Québec - Trois organismes reçoivent")
      if ((t.text === "-" || t.text === "–") && isWord(toks[k + 1]) && isCapitalized(toks[k + 1].text) && !COUNT_WORDS.has(lower(toks[k + 1]))) { k += 1; continue; }
      // "Ferme Beaulac & Fils S.E.N.C.", "Gagnon & Associés"
      if (t.text === "&" && k > i && isWord(toks[k + 1]) && isCapitalized(toks[k + 1].text)) { k += 1; continue; }
      if (t.text === "(" && toks[k + 1] && isCapitalized(toks[k + 1].text)) {
        // "(Kuma Brakes)": a parenthesised other name
        let j = k + 1;
        while (j < toks.length && j < k + 6 && toks[j].text !== ")" && (toks[j].kind === "word" || toks[j].text === "&")) j += 1;
        if (toks[j]?.text === ")") { k = j + 1; break; }
      }
      break;
    }
    if (t.kind === "elision") {
      if (!/^[dl]['’]$/iu.test(t.text) || !isWord(toks[k + 1])) break;
      k += 1;
      continue;
    }
    // "Le Pont entre les Âges": "entre" inside a name, a capital after it (its article between)
    const between = w === "entre" && isWord(toks[k + 1]) && (isCapitalized(toks[k + 1]!.text)
      || ARTICLES.has(lower(toks[k + 1])) && isWord(toks[k + 2]) && isCapitalized(toks[k + 2]!.text));
    if (!between && !isCapitalized(t.text) && (NAME_STOP_WORDS.has(w) || /.{3}(?:ait|aient)$/u.test(w))) break;
    if (startsStopPhrase(text, t, toks[k - 1]) || startsIntermediary(text, t)) break;
    if (/^\p{N}/u.test(t.text)) break;
    if (w === "et" && ["à", "au", "aux", "le", "la", "les", "l'", "l’"].includes(lower(toks[k + 1]))) break; // "… et au Festival B", "… et le Grenier C"
    // "préfet de la MRC et maire de X": "et" before a lower-case noun opens another phrase (not "et fils", "et associés",
    // nor "et de services sociaux": a connector or an article goes on)
    if (w === "et" && isWord(toks[k + 1]) && /^\p{Ll}/u.test(toks[k + 1]!.text) && !ARTICLES.has(lower(toks[k + 1])) && !NAME_CONNECTORS_LOWER.has(lower(toks[k + 1]))
      && !FAMILY_FIRM.test(toks[k + 1]!.text) && !isLowercaseTail(text, toks, k + 1)) break;
    // "Vergers Kowalczyk ltée et Serres Beamsville inc.": a legal form ends a company's name, "et" opens the next
    if (w === "et" && (LEGAL_SUFFIXES.has(lower(toks[k - 1])) || toks[k - 1]?.text === "." && LEGAL_SUFFIXES.has(lower(toks[k - 2])))) break;
    // "Centre d'aide aux entreprises de la Rivière-du-Nord", "Carrefour d'aide à la famille": after a
    // service noun the people served are part of the name
    if ((w === "à" || w === "au" || w === "aux") && !(isWord(toks[k + 1]) && isCapitalized(toks[k + 1].text))
      && !(SERVICE_NOUNS.has(lower(toks[k - 1])) && k - 2 >= i && toks[k - 2]?.kind === "elision")) break;
    if (DETERMINERS.has(w) && FUNDING.has(lower(toks[k + 1]))) break; // "… des contributions"
    if ((w === "un" || w === "une") && !["pour", "à"].includes(lower(toks[k - 1]))) break; // "au X une occasion"
    if (w === "pour" && titled) {
      // "L’Appui pour les proches aidants,": a titled name may end on the people it serves
      const tail = servedClass(toks, k);
      if (tail > 0) { k = tail; break; }
    }
    if (w === "pour") {
      let j = k + 1;
      while (j < toks.length && (ARTICLES.has(lower(toks[j])) || lower(toks[j]) === "une")) j += 1;
      if (isInfinitive(toks[k + 1]) || !(isWord(toks[j]) && isCapitalized(toks[j].text))) break;
    }
    if (!group && !between && !isCapitalized(t.text) && isWord(t) && !ARTICLES.has(w) && !["et", "en", "à", "pour", "sur", "of", "and", "the"].includes(w)
      && isLowercaseTail(text, toks, k)) break;
    k += 1;
  }
  let end = k;
  if (!acronym) {
    while (end > i + 1 && (ARTICLES.has(lower(toks[end - 1])) || ["et", "en", "à", "pour", "sur", "ou", "par"].includes(lower(toks[end - 1]))
      || toks[end - 1].kind === "elision" || toks[end - 1].text === "-")) end -= 1;
  }
  const start = nameStart;
  const name = text.slice(start, toks[end - 1].end).replace(/\\([()])/g, "$1").replace(/\s+/gu, " ");
  return { start, end: toks[end - 1].end, name, acronym, next: k, group };
}

/** Lower-case nouns of what kind an organisation is, before its name. */
const DESCRIPTOR_NOUNS = new Set(["organisme", "organisation", "entreprise", "coopérative", "société", "ferme", "firme", "compagnie",
  "exploitation", "entreprises", "organismes", "fermes", "association", "corporation", "fondation", "troupe", "maison",
  "centre", "regroupement", "collectif", "club", "festival", "événement", "théâtre", "musée",
  "incubateur", "accélérateur", "épicerie", "cantine", "radio", "galerie", "chorale", "orchestre", "refuge", "camp", "pousse"]);
/** Kinds of events and troupes, whose own name often has no article: "le festival Vents et Marées". */
const EVENT_KINDS = new Set(["festival", "événement", "troupe", "chorale", "orchestre", "galerie", "collectif", "radio"]);
/** Kinds said with a complement before the name: "centre de recherche appliquée", "maison d'hébergement jeunesse". */
const KIND_WITH_COMPLEMENT = new Set(["centre", "maison", "organisme", "regroupement", "corporation", "club", "camp", "entreprise"]);
/** Words for any organisation, which a capitalised name may follow directly: "à l'organisme Mères et monde". */
const GENERIC_KINDS = /^(?:organisme|organisation|entreprise|coopérative|société|corporation|association|fondation|pousse)s?$/u; // ("la jeune pousse X": a start-up)
/** A company by what it does: "le producteur serricole Les Serres X inc.", "le fabricant de portes Y ltée". */
const TRADE_NOUNS = /^(?:producteur|productrice|fabricant|transformateur|distributeur|détaillant|manufacturier|éditeur|exploitant|fournisseur|équipementier|constructeur|imprimeur|torréfacteur|grossiste|diffuseur|organisateur|promoteur)s?$/u;
const DESCRIPTOR_ADJECTIVE = /(?:cole|ère|er|ant|ante|iste|é|ée)s?$/u;
const NOT_FOR_PROFIT = /^(?:sans but lucratif|à but non lucratif)$/u;
const PRENOMINAL_ADJECTIVES = new Set(["petite", "petit", "petites", "petits", "jeune", "jeunes", "nouvelle", "nouveau", "nouvel",
  "nouvelles", "nouveaux", "grande", "grand", "grandes", "grands", "vieille", "vieux", "vieil"]);

/**
 * "ferme maraîchère Les Jardins", "entreprise acéricole Érablière X", "organisme sans but lucratif
 * Habitations Y", "fromagerie artisanale La Meule": a kind of organisation (a generic noun or a
 * trade), one to three adjectives, then a capital. Returns the index of the capital, or -1.
 */
function descriptorEnd(toks: Token[], i: number): number {
  // "la petite ferme familiale X", "la jeune entreprise Y": an adjective that goes before the noun
  if (PRENOMINAL_ADJECTIVES.has(toks[i]?.text ?? "") && isWord(toks[i + 1]) && !isCapitalized(toks[i + 1]!.text)) i += 1;
  const head = toks[i];
  const trade = isWord(head) && TRADE_NOUNS.test(head.text);
  if (!isWord(head) || !/^\p{Ll}/u.test(head.text) || !(trade || DESCRIPTOR_NOUNS.has(head.text) || BUSINESS_HEADS.has(head.text) || GENERIC_KINDS.test(head.text))) return -1;
  let j = i + 1;
  const phraseAt = (n: number) => NOT_FOR_PROFIT.test(toks.slice(j, j + n).map((t) => t.text).join(" "));
  for (let n = 0; n < 3 && j < toks.length; n++) {
    const phrase = [3, 4].find(phraseAt); // "sans but lucratif", "à but non lucratif"
    if (phrase !== undefined) { j += phrase; continue; }
    // "le producteur maraîcher en serre Les Serres X inc.": "en" and a noun, after an adjective
    if (toks[j]?.text === "en" && j > i + 1 && isWord(toks[j + 1]) && /^\p{Ll}{3,}$/u.test(toks[j + 1]!.text) && !NAME_STOP_WORDS.has(toks[j + 1]!.text)
      && isWord(toks[j + 2]) && isCapitalized(toks[j + 2]!.text)) { j += 2; continue; }
    const w = toks[j];
    if (!isWord(w) || !/^\p{Ll}+$/u.test(w.text) || NAME_STOP_WORDS.has(w.text) || ARTICLES.has(w.text)
      || NAME_CONNECTORS_LOWER.has(w.text) || !(ADJECTIVE_ENDING.test(w.text) || DESCRIPTOR_ADJECTIVE.test(w.text))) break;
    j += 1;
  }
  // what a trade makes or deals in: "de portes et fenêtres" (content words only, "et" between them;
  // not after a generic word: "la coopérative d'habitation Les Pins" is the cooperative's name);
  // what kind of centre or house: "le centre de recherche appliquée Biopterre", "la maison d'hébergement jeunesse Le Tremplin"
  if ((trade || KIND_WITH_COMPLEMENT.has(head.text)) && /^(?:de|d['’])$/u.test(toks[j]?.text ?? "")) {
    const content = (t: Token | undefined): boolean => t !== undefined && isWord(t) && /^\p{Ll}{3,}$/u.test(t.text) && !NAME_STOP_WORDS.has(t.text)
      && !ARTICLES.has(t.text) && !NAME_CONNECTORS_LOWER.has(t.text);
    let k = j + 1;
    // "le centre de la petite enfance Les Petits Hérons", "l'organisme d'intégration à l'emploi Les Ateliers X":
    // articles inside a kind's complement, and then the name opens on its own capitalised article
    let inner = false;
    const innerArticle = (t: number): boolean => KIND_WITH_COMPLEMENT.has(head.text) && ["de", "à"].includes(toks[t]?.text ?? "")
      && ["la", "l'", "l’"].includes(toks[t + 1]?.text ?? "") && content(toks[t + 2]);
    if (innerArticle(j)) { k = j + 2; inner = true; }
    for (let n = 0; n < 4 && content(toks[k]); n++) {
      k += 1;
      if (toks[k]?.text === "et" && content(toks[k + 1])) k += 1;
      // "de bois d'œuvre", "de fabrication de composants hydrauliques": a complement of the product
      else if ((toks[k]?.kind === "elision" && /^d['’]$/u.test(toks[k]!.text) || toks[k]?.text === "de") && content(toks[k + 1])) k += 1;
      else if (innerArticle(k)) { k += 2; inner = true; }
    }
    if (k > j + 1 && isWord(toks[k]) && isCapitalized(toks[k]!.text) && (!inner || /^(?:Le|La|Les)$/u.test(toks[k]!.text))) return k;
    if (inner && toks[k]?.kind === "elision" && /^L['’]$/u.test(toks[k]!.text)) return k;
  }
  // no adjective: "l'organisme X" (a generic word before any capital), "la microbrasserie Le Fût",
  // "l'association Les Aînés actifs" (a capitalised article opens the name)
  if (j === i + 1) {
    // "l'organisme Mères et monde", "la ferme Pousses et Racines": a generic word or a business's
    // trade, then a name of two words or more (not "la ferme Gagnon": a family's farm, or a place)
    // (so does an event's or a troupe's kind: "le festival Vents et Marées", "la chorale Voix du Fjord")
    if ((GENERIC_KINDS.test(head.text) || ((BUSINESS_HEADS.has(head.text) || EVENT_KINDS.has(head.text)) && /^(?:\p{Lu}|&$|et$|des?$|du$)/u.test(toks[j + 1]?.text ?? "")))
      && isCapitalized(toks[j]?.text ?? "")) return j;
    // "la société 9432-1187 Québec inc.": a numbered company
    if (GENERIC_KINDS.test(head.text) && NUMBERED_COMPANY.test(toks[j]?.text ?? "") && isWord(toks[j + 1]) && isCapitalized(toks[j + 1]!.text)) return j;
    return /^(?:Le|La|Les|L['’])$/u.test(toks[j]?.text ?? "") && isWord(toks[j + 1]) && isCapitalized(toks[j + 1]!.text) ? j : -1;
  }
  const next = toks[j];
  return isWord(next) && isCapitalized(next.text) ? j : -1;
}

/**
 * "pour les proches aidants," / "pour les jeunes)": "pour les|des" and one to three lower-case
 * words, the first a plural, up to punctuation. Returns the index after them, or -1.
 */
/** Nouns of what an organisation offers, after which "aux entreprises", "à la famille" goes on in its name. */
const SERVICE_NOUNS = new Set(["aide", "accueil", "entraide", "accompagnement", "assistance", "hébergement"]);
const NAME_CONNECTORS_LOWER = new Set(["de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "et", "ou", "pour", "sur", "par", "dans"]);

function servedClass(toks: Token[], k: number): number {
  if (!["les", "des"].includes(lower(toks[k + 1]))) return -1;
  let j = k + 2;
  while (j < toks.length && j < k + 4 && isWord(toks[j]) && !isCapitalized(toks[j].text) && !NAME_STOP_WORDS.has(lower(toks[j]))
    && !ARTICLES.has(lower(toks[j])) && !NAME_CONNECTORS_LOWER.has(lower(toks[j]))) j += 1;
  if (j === k + 2 || !/[sx]$/u.test(toks[k + 2].text) || PURPOSE_NOUNS.has(lower(toks[k + 2]))) return -1;
  return !toks[j] || toks[j].kind === "punct" || toks[j].kind === "newline" ? j : -1;
}

/** "près de vingt festivals", "plus de 30 organismes", "environ douze projets": skip to the count. */
function afterApproximateCount(toks: Token[], i: number): number {
  const isCount = (t: Token | undefined) => !!t && (/^\p{N}+$/u.test(t.text) || COUNT_WORDS.has(t.text));
  if (["près", "plus", "moins"].includes(lower(toks[i])) && ["de", "d'", "d’"].includes(lower(toks[i + 1])) && isCount(toks[i + 2])) return i + 2;
  if (lower(toks[i]) === "environ" && isCount(toks[i + 1])) return i + 1;
  return i;
}

/**
 * A capitalised article inside a sentence opens the name: "à la coopérative Les Jardins
 * maskoutains", "versée à La Pocatière"; at the start of a sentence it is only an article.
 */
function keepsArticle(toks: Token[], i: number, from: number): boolean {
  if (!isCapitalized(toks[i].text) || !isWord(toks[i + 1]) || !isCapitalized(toks[i + 1].text)) return false;
  const prev = toks[i - 1];
  if (!prev || (prev.kind !== "word" && prev.kind !== "elision")) return false;
  // "à L’Appui pour …", "à La Ruche": a capital article right after a lower-case word opens the name
  return i > from || (prev.kind === "word" && !isCapitalized(prev.text));
}

/** "coopérative d'habitation Les Berges …": a singular org head, lower-case complements, then a capital. */
function headsProperName(toks: Token[], i: number): boolean {
  if (!ORG_HEADS.has(lower(toks[i])) || /s$/u.test(toks[i].text)) return false;
  // "la ville de Saint-Georges", "la municipalité de Lac-Etchemin": a town by its kind, written in lower case
  if (PLACE_HEADS.has(toks[i].text) && /^(?:de|du|d['’])$/u.test(toks[i + 1]?.text ?? "") && isWord(toks[i + 2]) && isCapitalized(toks[i + 2]!.text)) return true;
  let content = false;
  for (let j = i + 1; j < toks.length && j < i + 5; j++) {
    const t = toks[j];
    if (t.kind === "word" && isCapitalized(t.text)) return content; // not "communauté de Lanaudière"
    if (t.kind === "word" && !ARTICLES.has(lower(t))) content = true;
    if (t.kind !== "elision" && !(t.kind === "word" && !NAME_STOP_WORDS.has(lower(t)) && !/^\p{N}/u.test(t.text))) return false;
  }
  return false;
}

/**
 * After a proper name, a run of lower-case words that holds no capital before the next stop is
 * a sentence going on, not the name: "Alliance Métal Québec mutualisera ses ressources".
 * Lower-case words right after the head ("Centre collégial d'expertise") are part of it, and so is
 * an adjective that leads to a capital or ends the name: "Technopole maritime de l'Est (TME)",
 * "Réussite éducative Montérégie", "Les Jardins maskoutains pour …"; and a legal suffix ("inc.").
 */
function isLowercaseTail(text: string, toks: Token[], k: number): boolean {
  // the word right after an org head or after "de/des/du" is part of the name
  const prev = lower(toks[k - 1]);
  // "Portes Côte-Sud ltée obtient": a legal suffix ends the company's name ("coop" may head one)
  if (LEGAL_SUFFIXES.has(prev) && prev !== "coop") return true;
  if (ORG_HEADS.has(prev) || ["de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’"].includes(prev)) return false;
  if (!isCapitalized(toks[k - 1].text) && toks[k - 1].kind === "word") return false; // "collégial d'expertise en innovation sociale"
  const w = lower(toks[k]);
  if (LEGAL_SUFFIXES.has(w)) return false;
  if (!ADJECTIVE_ENDING.test(w) && !/ime$/u.test(w)) return true;
  return !(leadsToCapital(toks, k + 1) || endsName(text, toks, k + 1));
}

/** "… Montérégie", "… de l'Est", "… du Saint-Laurent": the name goes on to a proper noun. */
function leadsToCapital(toks: Token[], j: number): boolean {
  for (let n = 0; n < 3 && j < toks.length; n++, j++) {
    const t = toks[j];
    if (t.kind === "word" && isCapitalized(t.text)) return true;
    if (!["de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les"].includes(lower(t))) return false;
  }
  return false;
}

/** A clause boundary right after the word: punctuation, "pour", "afin", "qui", "dans le cadre". */
function endsName(text: string, toks: Token[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind === "newline" || t.kind === "punct") return true;
  const w = lower(t);
  return w === "pour" || NAME_STOP_WORDS.has(w) || startsStopPhrase(text, t, toks[j - 1]);
}

function isGovernment(name: string): boolean {
  const folded = foldName(name);
  const cut = folded.search(/[\s'’-]/u); // the head, as split(...)[0] has it, without splitting the rest
  return GOVERNMENT_HEADS.has(cut < 0 ? folded : folded.slice(0, cut)) || /^(?:gouvernement|ministere|ministre)/u.test(folded)
    || FEDERAL_DEPARTMENT.test(folded);
}
/** Federal departments and agencies by name ("Environnement et Changement climatique Canada", "Développement économique Canada", "Patrimoine canadien"): funders. */
const FEDERAL_DEPARTMENT = /^(?:environnement et changement climatique|patrimoine|emploi et developpement social|innovation, sciences et developpement economique|services aux autochtones|relations couronne-autochtones|infrastructure|peches et oceans|transports|sante|sport|parcs|agriculture et agroalimentaire|ressources naturelles|developpement economique|immigration, refugies et citoyennete|femmes et egalite des genres|anciens combattants|service) canad(?:a|ien)(?:\s|$)/u;

/**
 * The folded name and acronym of each program, made once per findRecipientMentions (which forgets them
 * when it starts), not once per candidate name: a fold of a new string hashes it and replaces first.
 */
let programKeysOf: Program[] | null = null;
let programKeys: { name: string; acronym: string | null; acronymHead: string | null }[] = [];
function keysOf(programs: Program[]) {
  if (programs !== programKeysOf) {
    programKeys = programs.map((p) => {
      const acronym = p.acronym ? foldName(p.acronym) : null;
      return { name: foldName(p.name.replace(/\s*\([^)]*\)/gu, "")), acronym, acronymHead: acronym === null ? null : acronym.split(" ")[0] };
    });
    programKeysOf = programs;
  }
  return programKeys;
}

function isProgram(s: Scanned, programs: Program[]): boolean {
  const key = foldName(withoutFinalParens(s.name));
  if (PROGRAM_WORDS.has(foldName(s.name).split(" ")[0])) return true;
  return keysOf(programs).some((p) => p.name === key
    || (p.acronym !== null && (p.acronym === key || p.acronym === foldName(s.acronym ?? "") || p.acronymHead === key)));
}

/** A named group, not a vague class: "pôles d'économie sociale", "mandataires des Alliances …". */
function isNamedGroup(name: string): boolean {
  const words = name.split(/\s+/u);
  const head = words[0].toLowerCase();
  if (VAGUE_CLASSES.has(head) || !/[sx]$/u.test(head) || words.length < 2) return false;
  // "repreneurs d'entreprises", "responsables de projets": a complement without article or capital is a class
  if (words.length === 2 && /^d['’]\p{Ll}.*[sx]$/u.test(words[1]) || words.length === 3 && words[1] === "de" && /^\p{Ll}.*[sx]$/u.test(words[2])) return false;
  // "banques alimentaires membres de Moisson X": up to two words between the head and its complement
  return words.slice(1, 4).some((w) => /^(?:de|des|du)$/u.test(w) || /^d['’]/u.test(w));
}

function accept(s: Scanned | null, ctx: RecipientContext, allowGroup: boolean): s is Scanned {
  if (!s || s.name.length < 2 || !/\p{L}{2}/u.test(s.name) || isGovernment(s.name) || isProgram(s, ctx.programs)) return false;
  // "Parmi les organismes qui reçoivent …", "Chaque jeune qui décroche …", "Cette année encore", "ses propres services":
  // a preposition, "chaque", a demonstrative or a possessive opens no name
  if (NOT_A_NAME_OPENING.test(s.name.toLowerCase())) return false;
  // "organismes de bassins versants (OBV)": a lower-case group the text names with its own acronym is a named group
  if (s.group) return allowGroup && (isNamedGroup(s.name) || s.acronym !== null && /^[^\p{Lu}(]+ [^\p{Lu}(]+\(/u.test(s.name));
  // "investit 7,5 milliards au Québec", "des gouvernements du Canada et du Québec": a funder or its territory, never a recipient
  const key = s.name.toLowerCase();
  // "On reçoit plus de commandes": a pronoun subject is nobody's name
  if (VAGUE_CLASSES.has(key) || FUNDER_NAMES.has(key) || PRONOUNS.has(key)) return false;
  // "à cinq MRC de la région", "à quatre PME de la région": a kind and where, no one's name
  return !KIND_OF_THE_REGION.test(s.name);
}
const KIND_OF_THE_REGION = /^\S+\s+(?:de\s+la\s+région|du\s+territoire|de\s+la\s+province|du\s+pays)$/u;
// (nor a personal pronoun: "Nous avons choisi des projets …", "Elle en reçoit")
const NOT_A_NAME_OPENING = /^(?:parmi|chaque|chacune?|selon|depuis|lors|chez|cette|ces|cet|ce|son|sa|ses|leurs?|notre|nos|votre|vos|nous|vous|ils|elles?|il|on)(?![\p{L}-])/u; // (not "Notre-Dame-de-X")

// (a count in words: a few, named one by one further on; "31 haltes-garderies de l'Estrie" stays a recipient)
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:un|une)\s+$/iu;
const COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|quelques)\s+$/iu;

type Sink = (s: Scanned, via: RecipientMention["via"], role?: RecipientMention["role"], amount?: Amount, at?: RecipientMention["at"]) => void;

/**
 * A list of prepositional items: "au Réseau X, à la Société Y (SY) et à la Société Z (SZ)",
 * "au Festival A et au Festival B". `i` is the token after the first preposition.
 */
function readPrepositionList(text: string, toks: Token[], i: number, ctx: RecipientContext, via: RecipientMention["via"], add: Sink,
  preps: readonly string[] = TO): void {
  for (let guard = 0; guard < 20; guard++) {
    const s = scanOrgName(text, toks, i, true);
    if (!accept(s, ctx, true)) {
      const earlier = guard === 0 ? takenUpName(text, toks, i, ctx) : null;
      // not one named earlier in the same sentence: "la Fondation X … remettra 3,5 M$ à l'établissement"
      // gives to another
      // (but "la Fondation X … verra sa campagne complétée par une contribution versée à la fondation": the same word, the same one)
      const word = DEFINITE.test(toks[i]?.text ?? "") ? toks[i + 1] : toks[i];
      const same = earlier !== null && earlier.name.name.split(/[\s'’]/u)[0]!.toLowerCase() === lower(word);
      if (earlier && (same || earlier.name.start < fullSentenceStart(text, toks[i]!.start))) add(earlier.name, via, "recipient", undefined, earlier.at);
      return;
    }
    // "à trois maisons d'hébergement de la Montérégie": a counted group, not a named one
    if (s.group && COUNT_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return;
    // "Québec prête 1,2 M$ à une entreprise serricole de Saint-Rémi": an indefinite kind names no one (yet)
    if (/^\p{Ll}/u.test(s.name) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start))) return;
    add(s, via);
    let k = s.next;
    if (toks[k]?.text === ",") k += 1;
    if (lower(toks[k]) === "et") k += 1;
    if (!preps.includes(lower(toks[k])) || k === s.next) return;
    if (isPlaceAfterA(text, toks, k)) return; // "au Centre d'art X, à Magog, dans le cadre …"
    i = k + 1;
  }
}

const CONNECTOR = /^(?:de|du|des|d['’]|la|le|les|l['’]|et)$/u;
const DEFINITE = /^(?:la|le|l['’])$/iu;
/** "Cette même entreprise bénéficie", "Cet organisme recevra": a demonstrative, "même" after it or not. */
const DEMONSTRATIVE = /^(?:cette|ce|cet)$/iu;
/** Generic words for any organisation a release has named: "l'organisme recevra", "accordée à l'entreprise". */
const ANY_ORGANISATION = new Set(["organisme", "organisation", "entreprise", "établissement"]);
/** Words after generic ones that end them ("à l'établissement dans le cadre du Programme X"). */
const END_OF_TAKE_UP = new Set(["pour", "dans", "par", "sur", "en", "au", "aux", "à", "afin", "lors", "recevra", "recevront", "reçoit", "reçoivent", "obtient", "obtiendra"]);
/** What a business is called by its trade ("la Fromagerie des Deux-Clochers"): "l'entreprise" takes it up. */
const BUSINESS_HEADS = new Set([
  "fromagerie", "boulangerie", "brasserie", "microbrasserie", "distillerie", "cidrerie", "vignoble", "ferme", "érablière",
  "scierie", "fonderie", "imprimerie", "quincaillerie", "usine", "manufacture", "laiterie", "boucherie", "poissonnerie",
  "pâtisserie", "chocolaterie", "fromageries", "serres", "pépinière", "auberge", "hôtel", "restaurant", "transport", "transports",
  "construction", "constructions", "technologies", "industries", "aliments", "laboratoires", "pêcheries",
  "verger", "bergerie", "porcherie", "miellerie", "pourvoirie", "meunerie", "charcuterie", "savonnerie", "ébénisterie",
  "menuiserie", "vinaigrerie", "station", "conserverie", "biscuiterie", "confiserie", "crèmerie", "fumoir",
]);
/** What a generic word may be "of" and still be generic: "le conseil de bande", "le centre de services", "la société de transport". */
const GENERIC_COMPLEMENTS = new Set(["bande", "services", "transport", "recherche", "santé", "gestion", "développement", "loisirs"]);
/** Adjectives that make a generic word another organisation than the one named: "l'organisme fédéral", "l'entreprise voisine". */
const OTHER_ONE = /^(?:fédéral|provincial|gouvernemental|public|voisin|partenaire|mandataire|subventionnaire|prêteur|prêteuse|privé|parapublic|autre)(?:e|s|es|ique|iques)?$/u;
/** How far back the name that generic words take up may be. */
const TAKE_UP_WINDOW = 1500;

/** "du ministère de l'Agriculture, des Pêcheries et de l'Alimentation": a word at `start` that goes on a ministry's name. */
const MINISTRY_BEFORE = /ministère\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)[^.;:\n]{1,60}(?:,\s*|\s+et\s+)(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)$/iu;
function inMinistryName(text: string, start: number): boolean {
  return MINISTRY_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}

/**
 * "L'organisme recevra 385 000 $", "accordée à l'entreprise", "au centre de services scolaire":
 * generic words, lowercase after a definite article (or "au"), that take up an organisation the
 * text named before. Two words or more besides connectors ("centre de services scolaire") take up
 * the one earlier name that opens with them; a name's own head ("la municipalité") the nearest
 * earlier name with that head; "l'organisme", "l'entreprise", "l'établissement" the nearest earlier
 * organisation that is not a place. With `last` (a subject before its verb), the words must end
 * there. Returns the earlier name, where it was given, and where the words are.
 */
function takenUpName(text: string, toks: Token[], i: number, ctx: RecipientContext, last?: number): { name: Scanned; at: { start: number; end: number } } | null {
  const found = nameTakenUp(text, toks, i, ctx, last);
  // (never a piece of a ministry's name: "du ministère de l'Agriculture, des Pêcheries et de l'Alimentation")
  return found && !inMinistryName(text, found.name.start) ? found : null;
}

function nameTakenUp(text: string, toks: Token[], i: number, ctx: RecipientContext, last?: number): { name: Scanned; at: { start: number; end: number } } | null {
  const h = DEFINITE.test(toks[i]?.text ?? "") ? i + 1
    : DEMONSTRATIVE.test(toks[i]?.text ?? "") ? (lower(toks[i + 1]) === "même" ? i + 2 : i + 1) : i;
  const head = toks[h];
  if (!head) return null;
  // the generic word as written, but "MRC", written in capitals as a generic word too: "Québec y
  // versera 180 000 $ à la MRC, qui …" takes up "la MRC de Kamouraska"
  const headWord = head.text === "MRC" ? "mrc" : head.text;
  if (!/^\p{Ll}/u.test(headWord) || !(ORG_HEADS.has(headWord) || ANY_ORGANISATION.has(headWord))) return null;
  let e = h + 1;
  // the generic words run to the first word that no name goes on with ("pour", "dans", "qui", a verb)
  while (e < toks.length && e < h + 7 && /^\p{Ll}[\p{L}'’-]*$/u.test(toks[e]!.text) && !NAME_STOP_WORDS.has(toks[e]!.text) && !END_OF_TAKE_UP.has(toks[e]!.text)) e++;
  // "au centre de services scolaire de la Capitale": another one, named
  if (/^\p{Lu}/u.test(toks[e]?.text ?? "") && CONNECTOR.test(toks[e - 1]!.text)) return null;
  const at = (end: number) => ({ start: toks[i]!.start, end: toks[end - 1]!.end });
  for (let end = last !== undefined ? Math.min(e, last + 1) : e; end > h + 2; end--) {
    const words = toks.slice(h, end).map((t) => t.text);
    if (CONNECTOR.test(words[words.length - 1]!)) continue;
    const phrase = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join(String.raw`\s+`);
    const full = new RegExp(String.raw`(?<![\p{L}])${phrase[0]!.toUpperCase()}${phrase.slice(1)}\s+(?:(?:de|du|des)\s+|d['’]\s*)?[\p{Lu}]`, "gu");
    const names = new Map<string, Scanned>();
    for (let m = full.exec(text); m && m.index < head.start; m = full.exec(text)) {
      const s = scanOrgName(text, toks, tokenAt(toks, m.index));
      if (s && s.start === m.index && accept(s, ctx, false) && !names.has(foldName(s.name))) names.set(foldName(s.name), s);
    }
    if (names.size > 0) return names.size === 1 && (last === undefined || end === last + 1) ? { name: [...names.values()][0]!, at: at(end) } : null;
  }
  // One word: the head alone. As a subject, the whole subject; after "à", not followed by what
  // makes it another one ("l'organisme fédéral", "l'entreprise de Pierre", "la municipalité voisine").
  // ("le conseil de bande": a generic complement, lower-case, stays with the generic word)
  const genericOf = /^(?:de|d['’])$/u.test(toks[h + 1]?.text ?? "") && isWord(toks[h + 2]) && /^\p{Ll}+$/u.test(toks[h + 2]!.text)
    && !ARTICLES.has(toks[h + 2]!.text) && GENERIC_COMPLEMENTS.has(toks[h + 2]!.text);
  if (last !== undefined) {
    // "L'entreprise familiale obtient", "l'organisme communautaire recevra": an adjective after a generic word, as a
    // subject, still takes up the one named (not one that makes it another: "l'organisme fédéral", "l'entreprise voisine")
    const described = last === h + 1 && ANY_ORGANISATION.has(headWord) && /^\p{Ll}[\p{Ll}-]+$/u.test(toks[h + 1]!.text)
      && !NAME_STOP_WORDS.has(toks[h + 1]!.text) && !OTHER_ONE.test(toks[h + 1]!.text);
    if (last !== h && !(genericOf && last === h + 2) && !described) return null;
  } else {
    const next = toks[h + 1];
    // ("permettra à l'entreprise d'installer …": "d'" before an infinitive goes with the verb)
    const ofInfinitive = /^(?:de|d['’])$/u.test(next?.text ?? "") && isInfinitive(toks[h + 2]);
    // ("accorde à l'entreprise bromontoise une contribution": an adjective that makes it no other one, as for a subject)
    const described = ANY_ORGANISATION.has(headWord) && next?.kind === "word" && /^\p{Ll}[\p{Ll}-]+$/u.test(next.text) && !OTHER_ONE.test(next.text);
    if (next?.kind === "word" && !ofInfinitive && !genericOf && (/^\p{Lu}/u.test(next.text) || /^(?:de|du|des|d['’])$/u.test(next.text) || ADJECTIVE_ENDING.test(next.text) && !described)) return null;
  }
  // "porté par l'organisme à but non lucratif Logis X … L'organisme touchera": the same word before a
  // name, when no organisation named by its head ("Maison Y", "Coopérative Z") comes between
  // (one named earlier in this sentence is its giver: "la Société canadienne … (SCHL) consent à l'organisme")
  const [own] = sentenceAround(text, head.start);
  for (let k = h - 1; k >= 0 && toks[k]!.start >= head.start - TAKE_UP_WINDOW; k--) {
    if (isCapitalized(toks[k]!.text) && ORG_HEADS.has(toks[k]!.text.toLowerCase()) && toks[k]!.start < own) break;
    if (toks[k]!.text !== headWord) continue;
    const e = descriptorEnd(toks, k);
    const s = e > 0 ? scanOrgName(text, toks, e) : null;
    if (s && s.end < head.start && accept(s, ctx, false)) return { name: s, at: at(h + 1) };
  }
  const any = ANY_ORGANISATION.has(headWord);
  for (let k = h - 1; k >= 0 && toks[k]!.start >= head.start - TAKE_UP_WINDOW; k--) {
    const t = toks[k]!;
    const word = t.text.toLowerCase();
    // "Usinage Précis Beauce inc.": a company named by its legal form, taken up from its first word
    if (headWord === "entreprise" && LEGAL_SUFFIXES.has(word) && k > 0 && /^\p{Lu}/u.test(toks[k - 1]!.text)) {
      let f = k - 1;
      // ("Forages du Nord inc.": a connector between two capitals)
      while (f > 0 && (/^\p{Lu}/u.test(toks[f - 1]!.text) || ((toks[f - 1]!.text === "&" || /^(?:de|du|des|d['’])$/u.test(toks[f - 1]!.text)) && f > 1 && /^\p{Lu}/u.test(toks[f - 2]!.text)))) f--;
      // the longest name the scanner reads up to the legal form: "Usinage de précision Chaudière inc."
      for (let g = f - 1; g > 0 && f - g < 6 && toks[g]!.kind === "word"; g--) {
        if (!/^\p{Lu}/u.test(toks[g]!.text)) continue;
        const longer = scanOrgName(text, toks, g);
        if (longer && longer.start === toks[g]!.start && longer.end >= t.end && longer.end < head.start && accept(longer, ctx, false)) f = g;
      }
      const s = scanOrgName(text, toks, f);
      if (s && s.start === toks[f]!.start && s.end >= t.end && s.end < head.start && accept(s, ctx, false)) return { name: s, at: at(h + 1) };
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text) || !(ORG_HEADS.has(word) || (headWord === "entreprise" && BUSINESS_HEADS.has(word)))) continue;
    if (any ? PLACE_HEADS.has(word) : word !== headWord) continue;
    // "Les Ateliers du Fjord": the article belongs to the name when the scanner keeps it
    const withArticle = /^(?:Les|Le|La)$/u.test(toks[k - 1]?.text ?? "") ? scanOrgName(text, toks, k - 1) : null;
    const s = withArticle && withArticle.start === toks[k - 1]!.start ? withArticle : scanOrgName(text, toks, k);
    if (!s || s.start > t.start || s.end >= head.start || !accept(s, ctx, false)) continue;
    // "à la Fromagerie A et à la Boulangerie B. … à l'entreprise": two of a kind in one sentence, no telling which
    const [sentenceStart] = sentenceAround(text, s.start);
    for (let j = k - 1; j >= 0 && toks[j]!.start >= sentenceStart; j--) {
      const other = toks[j]!.text.toLowerCase();
      if (/^\p{Lu}/u.test(toks[j]!.text) && (any ? (ORG_HEADS.has(other) || (headWord === "entreprise" && BUSINESS_HEADS.has(other))) && !PLACE_HEADS.has(other) : other === headWord)) {
        const o = scanOrgName(text, toks, j);
        if (o && o.end <= s.start && accept(o, ctx, false)) return null;
      }
    }
    return { name: s, at: at(h + 1) };
  }
  return null;
}

/**
 * "à Magog", "à La Tuque": a bare "à" before a proper noun and no org head is where, not who
 * (unless a funding verb governs it directly, which the callers check before coming here).
 */
function isPlaceAfterA(text: string, toks: Token[], k: number): boolean {
  if (lower(toks[k]) !== "à") return false;
  const s = scanOrgName(text, toks, k + 1);
  if (!s || s.acronym) return false;
  const words = s.name.split(/\s+/u);
  return words.length <= 3 && words.every((w) => isCapitalized(w) && !ORG_HEADS.has(w.toLowerCase()));
}

const TO = ["à", "au", "aux"] as const;
const OF = ["de", "du", "des", "d'", "d’"] as const;
// "versé à", "versé dès cette année à", "iront au"
// ("est accordée, également par l'intermédiaire du FCEC, à la Coopérative X": an aside between commas)
// ("a été accordée par le gouvernement du Québec à l'Université X": the passive's agent between)
const PARTICIPLE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${GIVEN_PARTICIPLES.join("|")})(?:e|s|es)?|iront|ira)(?:\s*,[^,.;:\n\d$]{1,60},|\s+par\s+(?:le|la|les|l['’])\s*[^,.;:\n\d$]{1,60}?)?\s+(?:${TIME_ADVERBIAL}\s+)?(?=(?:à|au|aux)\s)`, "giu");
// "<montant> à", "<montant> sur trois ans à", "<montant> vont à", "<montant> reviennent au"
const GOES = String.raw`(?:vont|va|iront|ira|reviennent|revient|reviendront|reviendra)`;
// "une contribution de 1 200 000 $, va à X": the amount in apposition to the subject of "va"
// "18 M$ du Fonds stratégique pour l'innovation (FSI) à X": the source fund, closed by its acronym, between the amount and "à"
const SOURCE_FUND = String.raw`(?:(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+)[\p{Lu}][^()\n;:.]{0,90}?\([\p{Lu}\p{N}&\-]{2,12}\)\s+)`;
// "1 146 900 $ sur trois ans, soit 382 300 $ par année, à la Maison X": the same sum put another way, in between
// ("500 000 $ par année pendant trois ans, soit 1,5 M$ au total, à X": two adverbials before it)
const RESTATED = String.raw`(?:,\s*soit\s+(?:[^,;.\n]|[,.](?=\d)){1,40}?,\s*)`;
// "un prêt de 3,5 M$ de Investissement Québec à l'entreprise X": who lends or gives, in capitalised words, between
const SOURCE_BODY = String.raw`(?:(?:de|du)\s+(?:la\s+|l['’])?|d['’]\s*)\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,4}\s+`;
// ("87 500 $ sur deux ans va au Centre X": a time before the verb)
// (", remboursable sur cinq ans, au Club X", "une seconde aide, de 125 000 dollars, au Club X": a loan's terms, or the
// amount's own aside, before "au"/"aux" and a capital)
const LOAN_TERMS = String.raw`,\s*(?:remboursable|non\s+remboursable|sans\s+intérêts?|à\s+taux\s+(?:nul|réduit)|sur\s+\p{L}+\s+ans)[^,.;:\n\d$]{0,40},\s*(?=(?:à|au|aux)\s)`;
// ("Le reste de l'aide — deux millions de dollars — va à l'Institut X": the sum set apart by dashes)
const AFTER_AMOUNT = new RegExp(String.raw`^\s*(?:${LOAN_TERMS}|,\s*(?=(?:au|aux)\s+\p{Lu})|[,—–]\s*(?=${GOES}\s))?(?:${TIME_ADVERBIAL}\s+(?=${GOES}\s))?(?:${GOES}\s+)?(?:${TIME_ADVERBIAL}\s*){0,2}${RESTATED}?(?:${TIME_ADVERBIAL}\s+)?(?:${SOURCE_FUND}|${SOURCE_BODY})?(?=(?:à|au|aux)\s(?!cours\s+d))`, "u");
// "au bénéfice du X", "au profit de la Y", "en faveur de l'organisme Z"
const BENEFIT = /(?<![\p{L}])(?:au\s+bénéfice|au\s+profit|en\s+faveur)\s+(?=(?:de|du|des|d['’]))/giu;
// "confirmée pour la Coopérative X": "pour" + an article, in a sentence with money
const FOR_ORG = /(?<![\p{L}])pour\s+(?=(?:le|la|les|l['’])[\s\p{L}])/giu;
// "une aide de 180 000 $ partagée entre A, B et C"
const SHARED = /(?<![\p{L}])(?:partagée?s?|répartie?s?|divisée?s?)\s+entre\s+/giu;
// "dont 40 000 $ pour le X", "dont 25 000 $ seront versés à la Y"
const DONT_BEFORE = /(?<![\p{L}])dont\s+(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+|jusqu['’]à\s+)?$/iu;
const DONT_AFTER = /^\s*(?:(?:sont|seront|est|sera|iront|ira)\s+)?(?:(?:destinée?s?|réservée?s?|versée?s?|accordée?s?|octroyée?s?|attribuée?s?|remise?s?)\s+)?(?:pour|à|au|aux)\s+/u;
// ("accorde également à la quincaillerie X": an adverb between)
// (not "versera au cours de la même période …": a time, not whom)
const GIVING = new RegExp(String.raw`(?<![\p{L}])(?:${GIVING_VERBS.join("|")})\s+(?:(?:également|aussi|ainsi|notamment|enfin|en\s+outre|par\s+ailleurs|d['’]abord|ensuite)\s+)?(?=(?:à|au|aux)\s(?!cours\s+d))`, "giu");
const RECEIVING = new RegExp(String.raw`(?<![\p{L}])(?:${[...RECEIVING_PHRASES, ...RECEIVING_VERBS].join("|")})(?![\p{L}])`, "giu");
// "une contribution de 76 300 $ permettra à la Corporation X d'aménager …": the one it enables benefits
/** "l'appui du gouvernement au projet d'automatisation d'Usinage X inc.": whose project the money supports. */
// (read by matchesAfterNonLetter from PROJECT_OF_OPENERS: no leading look-behind)
const PROJECT_OF_OPENERS = ["appui", "soutien", "aide", "contribution", "financement"];
const PROJECT_OF = /(?:appui|soutien|aide|contribution|financement)(?:\s+financi(?:er|ère))?(?:\s+(?:du|des)\s+gouvernements?(?:\s+(?:du|de\s+l['’])\s*[\p{Lu}][\p{L}]+)?)?\s+au\s+projet(?:\s+(?:de|d['’])\s*\p{Ll}[\p{Ll}-]+)?\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])(?=\p{Lu})/gu;
/**
 * "ont annoncé un appui financier à Nanoptix Matériaux inc. pour …", "une contribution non remboursable au Centre X":
 * the aid's noun, after an article or a possessive, then whom it goes to (not "Programme d'aide aux Municipalités").
 * Read by matchesAfterNonLetter from AID_NOUNS; the determiner before is tested apart.
 */
const AID_NOUNS = ["appui", "soutien", "aide", "contribution", "subvention", "financement"];
const AID_TO = new RegExp(String.raw`(?<![\p{L}])(?:${AID_NOUNS.join("|")})(?:\s+financi(?:er|ère))?(?:\s+(?:non\s+)?remboursable)?\s+(?:à|au|aux)\s+`, "giu");
/** What follows AID_TO: a capital, an article before it or not. */
const CAPITAL_NEXT = /^(?:(?:la|le|les)\s+|l['’])?\p{Lu}/u;
const AID_DETERMINER = /(?:^|[^\p{L}])(?:un|une|l['’]|son|sa|leur|cet|cette)\s*$/u;
const ENABLES = /(?<![\p{L}])permett(?:ra|ront|rait|raient|ent|e)\s+(?=(?:à|au|aux)\s)/giu;
const OF_INFINITIVE = new Set(["de", "d'", "d’"]);
const SUPPORT = /(?<![\p{L}])pour\s+(?:appuyer|soutenir|aider)\s+/giu;
// "les municipalités de A et de B", "les municipalités voisines de A et de B"; read by matchesAfterNonLetter
const MUNICIPALITIES_OPENERS = ["municipalités", "villes", "MRC"];
const MUNICIPALITIES = /(?:municipalités|villes|MRC)\s+(?:(?:voisines|riveraines|rurales|concernées|suivantes|participantes|partenaires)\s+)?(?:de|d['’])\s*|MRC\s+(?:du|des)\s+/gu;
const SUPPORTED_ARE_HINT = "s sont ";
// ("Les municipalités retenues sont Amqui (412 000 $), Matane …": a town's name needs no article)
// (read by matchesAfterNonLetter from SUPPORTED_KINDS: no leading look-behind)
const SUPPORTED_KINDS = ["organismes", "projets", "bénéficiaires", "lauréats", "partenaires", "municipalités", "villes", "entreprises", "organisations"];
const SUPPORTED_ARE = /(?:organismes|projets|bénéficiaires|lauréats|partenaires|municipalités|villes|entreprises|organisations)\s+(?:\p{L}+\s+)?(?:soutenu|retenu|financé|choisi|sélectionné|appuyé)e?s\s+sont\s+(?=(?:(?:le|la|les)\s+|l['’])?\p{Lu})/gu;
const BENEFICIARIES = /(?<![\p{L}])(?:bénéficiaires|récipiendaires|lauréats|organismes\s+retenus|organismes\s+soutenus)(?:\s+sont)?\s*:\s*/giu;
const INTERMEDIARY = /(?<![\p{L}])(?:par\s+le\s+biais|par\s+l['’]entremise|par\s+l['’]intermédiaire)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*|(?<![\p{L}])(?:que\s+gèrent?|gérée?s?\s+par|administrée?s?\s+par)\s+/giu;

/**
 * text.matchAll(/(?<![\p{L}])…/g) for `re`, the same /g pattern without that look-behind: V8 tries a
 * leading look-behind at every position, while a pattern that opens on its words skips ahead to them
 * (several times faster). A match right after a letter is dropped and the scan goes on from the next
 * character, as the look-behind would have it. `re` never matches "" and opens on a BMP character.
 * Every match of `re` (no i flag) opens with one of `openers`: `re` is tried, sticky, only where the
 * next of them is, found by indexOf (a native scan, several times faster than the pattern's own walk
 * over every position); the leftmost match is the same, and so is each match.
 */
const STICKY = new Map<RegExp, RegExp>();
function matchesAfterNonLetter(text: string, re: RegExp, openers: readonly string[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, sticky = new RegExp(re.source, re.flags.replace("g", "") + "y"));
  const next = openers.map((o) => text.indexOf(o)); // the next offset of each opener at or after `from`, or -1
  for (let from = 0; ;) {
    let at = -1;
    for (let o = 0; o < openers.length; o++) {
      if (next[o] >= 0 && next[o] < from) next[o] = text.indexOf(openers[o], from);
      if (next[o] >= 0 && (at < 0 || next[o] < at)) at = next[o];
    }
    if (at < 0) return found;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) { from = at + 1; continue; }
    if (letterBefore(text, at)) { from = at + 1; continue; }
    found.push(m);
    from = at + m[0].length;
  }
}

/**
 * Where a /giu pattern matches, read on a lower-cased copy by the same pattern without the i flag
 * (V8 runs a leading (?<![\p{L}]) under /iu about five times slower). The copy is used only when
 * lower-casing keeps every offset and no letter folds otherwise under /i ("İ" grows, "ſ" matches
 * "s"), and the pattern's literals hold no capital; else the pattern reads the text. Each match is [start, end).
 */
const CASELESS = new Map<RegExp, { plain: RegExp; cased: RegExp; sticky: RegExp }>();
function caseless(re: RegExp) {
  let compiled = CASELESS.get(re);
  if (!compiled) {
    const flags = re.global ? re.flags : `${re.flags}g`; // exec walks the text: g is required
    const literals = re.source.replace(/\\[pP]\{[^}]*\}|\\./gu, ""); // escapes (\p{L}, \S) do not depend on case
    const cased = new RegExp(re.source, flags);
    const plain = /\p{Lu}/u.test(literals) ? cased : new RegExp(re.source, flags.replace("i", ""));
    compiled = { cased, plain, sticky: new RegExp(plain.source, plain.flags.replace("g", "y")) };
    CASELESS.set(re, compiled);
  }
  return compiled;
}
function matchesCaseless(text: string, lowered: string | null, re: RegExp): [number, number][] {
  const compiled = caseless(re);
  const [pattern, input] = lowered !== null ? [compiled.plain, lowered] : [compiled.cased, text];
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    found.push([m.index, m.index + m[0].length]);
    if (m[0] === "") pattern.lastIndex += 1;
  }
  return found;
}

/**
 * A cue pattern opens with (?<![\p{L}]) and each of its matches begins with one of `starts`
 * (lower-case, two letters or more).
 */
interface Cue { re: RegExp; starts: readonly string[] }
/** \p{L}, by code point; the BMP answers are kept in a table as they are asked. */
const LETTER_CLASS = new Uint8Array(0x10000); // 0 not asked yet, 1 letter, 2 other
function isLetter(cp: number): boolean {
  if (cp >= 0x10000) return /^\p{L}$/u.test(String.fromCodePoint(cp));
  let c = LETTER_CLASS[cp];
  if (c === 0) LETTER_CLASS[cp] = c = /^\p{L}$/u.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}
/** Whether the code point just before `at` (a surrogate pair read whole) is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  let before = text.charCodeAt(at - 1);
  if ((before & 0xfc00) === 0xdc00 && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800) before = text.codePointAt(at - 2)!;
  return isLetter(before);
}
const pairKey = (s: string, at: number) => s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);
/** Lower-case letters of Latin-1 (not ÷): a char outside them may still be a letter ("œ"), which is checked apart. */
const LATIN_LOWER = String.raw`a-z\u00df-\u00f6\u00f8-\u00ff`;
/**
 * The cues of a list by the first two letters of their starts, and `words`: any start, after the
 * text's start or a char that is no Latin-1 lower-case letter; its group 1 is the start.
 */
interface CueIndex { byPair: Map<number, { cue: number; start: string }[]>; words: RegExp }
const CUE_INDEX = new Map<readonly Cue[], CueIndex>();

/**
 * The matches of each cue (same order as `cues`), as matchesCaseless finds them, in one pass: a
 * cue can only match where a word begins (after a non-letter) with one of its starts, so it is tried
 * there alone, by its sticky form, from the end of its last match on (as a global scan goes).
 * The words that open with a start are found by one pattern of all the starts (a native scan, about
 * three times faster than walking the text char by char); a match after a letter that the pattern
 * lets through ("œ", an astral letter) is dropped. A start holds only letters, so no word opens
 * inside a match, where the scan goes on from.
 */
function cueMatches(text: string, lowered: string | null, cues: readonly Cue[]): [number, number][][] {
  const found = cues.map((): [number, number][] => []);
  const walk: number[] = [];
  cues.forEach((c, i) => {
    if (lowered === null || caseless(c.re).plain === caseless(c.re).cased) found[i] = matchesCaseless(text, lowered, c.re);
    else walk.push(i);
  });
  if (lowered === null || walk.length === 0) return found;
  let index = CUE_INDEX.get(cues);
  if (!index) {
    const byPair: CueIndex["byPair"] = new Map();
    const starts = new Set<string>();
    for (const i of walk) {
      for (const start of cues[i].starts) {
        if (!/^\p{Ll}+$/u.test(start) || start.length < 2 || start !== start.toLowerCase()) {
          throw new Error(`cue start "${start}": two lower-case letters or more`);
        }
        const key = pairKey(start, 0);
        byPair.set(key, [...(byPair.get(key) ?? []), { cue: i, start }]);
        starts.add(start);
      }
    }
    // no u flag: the pattern reads char codes, as the walk it replaced did; the starts hold no pattern syntax
    const words = new RegExp(String.raw`(?:^|[^${LATIN_LOWER}])(${[...starts].join("|")})`, "g");
    index = { byPair, words };
    CUE_INDEX.set(cues, index);
  }
  const from = cues.map(() => 0);
  const tried = cues.map(() => -1);
  const { byPair, words } = index;
  words.lastIndex = 0;
  for (let w = words.exec(lowered); w; w = words.exec(lowered)) {
    const p = w.index + w[0].length - w[1].length;
    if (letterBefore(lowered, p)) continue;
    const here: { cue: number; start: string }[] = byPair.get(pairKey(lowered, p))!;
    for (const { cue, start } of here) {
      if (p < from[cue] || tried[cue] === p || !lowered.startsWith(start, p)) continue;
      tried[cue] = p;
      const sticky: RegExp = caseless(cues[cue].re).sticky;
      sticky.lastIndex = p;
      const m = sticky.exec(lowered);
      if (m) { found[cue].push([p, p + m[0].length]); from[cue] = p + m[0].length; }
    }
  }
  return found;
}

/** The text lower-cased with the same offsets, or null (see matchesCaseless). */
function lowerSameOffsets(text: string): string | null {
  const lowered = text.toLowerCase();
  // indexOf is a native scan, several times faster than the same test by a character class
  return lowered.length === text.length && text.indexOf("\u017f") < 0 && text.indexOf("\u0130") < 0 ? lowered : null;
}

function tokenAt(toks: Token[], offset: number): number {
  return firstAtOrAfter(toks.length, (i) => toks[i].start, offset);
}

/** Where sentences (or lines) end in the last text asked: the offsets of its "\n", ".", "!" and "?". */
let boundsText: string | null = null;
let bounds: number[] = [];

/** Sentence (or line) that holds `offset`: [start, end), from the last boundary before it to the first at or after it. */
function sentenceAround(text: string, offset: number): [number, number] {
  if (text !== boundsText) {
    bounds = sentenceMarks(text);
    boundsText = text;
  }
  const lo = firstAtOrAfter(bounds.length, (i) => bounds[i], offset); // first boundary at or after offset
  const s = offset <= 0 ? offset : lo > 0 ? bounds[lo - 1] + 1 : 0;
  return [s, lo < bounds.length ? bounds[lo] : Math.max(offset, text.length)];
}

/** The start of the sentence around `offset`, across marks that end none ("… du Bras inc. (37 800 $)", "4.0"). */
function fullSentenceStart(text: string, offset: number): number {
  let [start] = sentenceAround(text, offset);
  while (start > 0 && text.charCodeAt(start - 1) !== 0x0a && !endsSentence(text, start - 1)) [start] = sentenceAround(text, start - 1);
  return start;
}

/** The first word of the sentence around `offset` (a token index): where a sentence-opening subject starts. */
function sentenceOpening(text: string, toks: Token[], offset: number): number {
  let k = tokenAt(toks, fullSentenceStart(text, offset));
  // "VAUDREUIL-DORION, QC, le 2 mai 2025 /CNW/ - La Ville de …": the sentence opens after the dateline
  const dateline = datelineEnd(text);
  if (dateline > (toks[k]?.start ?? offset) && dateline <= offset) k = tokenAt(toks, dateline);
  while (k < toks.length && toks[k]!.kind !== "word") k++;
  return k;
}
const DATELINE_END = /(?:19|20)\d\d[ \t]*\/[^/\n]{2,20}\/ - /u;
let datelineText: string | null = null;
let datelineAt = -1;
/** Where the text goes on after its dateline's "2025 /CNW/ - ", or -1: read once a document. */
function datelineEnd(text: string): number {
  if (text !== datelineText) {
    datelineText = text;
    const at = text.indexOf("/ - ");
    const m = at < 0 ? null : DATELINE_END.exec(text.slice(Math.max(0, at - 40), at + 4));
    datelineAt = m ? at + 4 : -1;
  }
  return datelineAt;
}

/** A giving verb or participle before a gapped clause: "X se voit octroyer 600 000 $, et le Y, 400 000 $". */
const GIVING_CUE = /(?:octroy|accord|attribu|allou|vers|remi[st])/iu;
const FUNDING_CUE = /(?:accord|octroi|octroy|vers|remi|allou|attribu|aide|somme|montant|contribution|subvention|financ|appui|soutien|investi|bénéfic|reçoi|recevr|obtien|\$|dollars)/iu;

/**
 * A bare list "A, B, Lelièvre, Lelièvre et Lemoignan ltée, C et D" up to the end of the sentence.
 * A one-word item before an item that ends with a legal suffix and holds " et " is the start of
 * the same company name ("Tremblay, Gagnon et associés inc.").
 */
function splitBareList(list: string): { name: string; offset: number }[] {
  const parts: { name: string; offset: number }[] = [];
  const re = /,\s+/gu;
  let last = 0;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    parts.push({ name: list.slice(last, m.index), offset: last });
    last = m.index + m[0].length;
  }
  const tail = list.slice(last);
  const et = tail.lastIndexOf(" et ");
  if (et > 0 && !endsWithLegalSuffix(tail)) {
    parts.push({ name: tail.slice(0, et), offset: last });
    parts.push({ name: tail.slice(et + 4), offset: last + et + 4 });
  } else parts.push({ name: tail, offset: last });
  const merged: typeof parts = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (prev && /^[\p{Lu}][\p{L}'’-]*$/u.test(prev.name) && / et /u.test(p.name) && endsWithLegalSuffix(p.name)) {
      prev.name = `${prev.name}, ${p.name}`;
    } else merged.push({ ...p });
  }
  return merged.map((p) => ({ name: p.name.trim().replace(/[.\s]+$/u, (x) => (/inc\.$|\p{Lu}\.$/u.test(p.name) ? x.trimEnd() : "")), offset: p.offset }));
}

/**
 * An organisation by its head word, its acronym or its legal form ("… pour Les Industries X inc.":
 * a legal suffix marks a company as surely as a head word), not a place or a person.
 */
function isSurelyOrganisation(s: Scanned): boolean {
  return ORG_HEADS.has(s.name.split(/[\s'’]/u)[0]!.toLowerCase()) || s.acronym !== null || endsWithLegalSuffix(s.name);
}

/** "X, un organisme à but non lucratif de …", "Y, une entreprise de …": a name the apposition after it calls an organisation. */
function describedAsOrganisation(toks: Token[], next: number): boolean {
  if (toks[next]?.text !== ",") return false;
  // ("X, organisme sans but lucratif qui …": the noun without its article)
  let k = ["un", "une"].includes(toks[next + 1]?.text ?? "") ? next + 2 : next + 1;
  if (PRENOMINAL_ADJECTIVES.has(toks[k]?.text ?? "")) k += 1;
  const head = toks[k]?.text ?? "";
  return DESCRIPTOR_NOUNS.has(head) || BUSINESS_HEADS.has(head) || TRADE_NOUNS.test(head);
}

/**
 * Whether the name scanned from token `from` opens past the token after it: an article and a kind, or a kind and
 * its words, were read before the name ("la fromagerie artisanale La Chèvrerie X", "l'organisme à but non lucratif X").
 */
const afterKind = (s: Scanned, toks: Token[], from: number): boolean => s.start > (toks[from + 1]?.start ?? Infinity);

/** An organisation by its head, legal form or acronym, or a business by its trade ("Station X", "Verger Y"): not a place. */
function isOrganisationName(s: Scanned): boolean {
  return isSurelyOrganisation(s) || BUSINESS_HEADS.has(s.name.split(/[\s'’]/u)[0]!.toLowerCase());
}

function endsWithLegalSuffix(name: string): boolean {
  const w = name.trim().split(/\s+/u).pop() ?? "";
  return LEGAL_SUFFIXES.has(w.toLowerCase().replace(/\.$/u, ""));
}

/** End of a sentence for a list: a dot that is not an abbreviation's ("inc.", "B.B."), or a newline. */
function listEnd(text: string, from: number): number {
  const re = /\n|\.(?=\s|$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "\n") return m.index;
    const before = text.slice(Math.max(from, m.index - 6), m.index);
    const next = text.charAt(m.index + 1);
    if (/(?:^|[\s.])(?:inc|enr|\p{Lu})$/iu.test(before) && next !== "" && next !== "\n") continue;
    return m.index;
  }
  return text.length;
}

/** "Courcelles-Saint-Évariste — 150 000 $", "Auclair75 000 $", "| Dégelis | 169 065 $ |". */
const ROW_NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’.\-–&]*(?:[ \u00A0](?:[\p{L}\p{M}'’.\-–&]+|\([\p{L} ]+\)))*?`;
const ROW_SEPARATOR = String.raw`[—–:|]|-(?=[ \t])`;
// No two blank runs touch (a blank run after "|" or the separator only), so a line of blanks costs O(n), not O(n²).
const TABLE_LINE = new RegExp(String.raw`^[ \t\u00A0]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?(?:\|[ \t]*)?(${ROW_NAME})[ \t\u00A0]*(?:(${ROW_SEPARATOR})[ \t\u00A0]*)?(\d[\d \u00A0\u202F]*(?:,\d+)?)[^\n]*$`, "gmu");
/**
 * What opens a row's amount after its label: digits, or the kind of money then its sum ("– prêt sans
 * intérêt de 410 000 $", "– contribution non remboursable de 176 500 $", "– un demi-million de dollars",
 * ": cinq cent mille dollars").
 */
const AMOUNT_OPENS = String.raw`\d|(?:(?:un|une)\s+)?(?:prêt|contribution|subvention|aide|somme|montant|bourse|financement|appui)s?(?![\p{L}])|un\s+(?:demi-)?million|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)[\s-]`;
/**
 * A labelled line whose label may hold lower-case words: "- Maison de la famille de Bellechasse : 312 500 $",
 * "Centre de femmes L'Ancrage (Lévis) – 50 000 $". The separator is required. The label ends on a
 * non-blank (as the shortest label always did), so a label cannot grow over a run of blanks: O(n), not O(n²).
 */
// ("Centre d'action bénévole X — Sherbrooke — 25 000 $", "– Ville de Percé – réaménagement de la promenade – 640 000 $",
// "- MRC de La Mitis – Corridor cyclable du littoral : 312 000 $": a place's or a project's cell may come between)
// (a dash between two letters stays in the name: "Régie de transport Gaspésie–Îles-de-la-Madeleine (RÉGÎM) : …")
// ("- l'épicerie solidaire Le Frigo d'Alma : 185 000 $", "- le Centre de services scolaire X : …": an article and
// up to three lower-case words of what it is, before the name)
/** A town by its kind, in lower case: "– la ville de Saint-Georges : 1 000 000 $", "la municipalité de Lac-Etchemin". */
const TOWN_KIND = "(?:ville|municipalité|village|paroisse|canton)";
const TOWN_BY_KIND = new RegExp(String.raw`^${TOWN_KIND}\s+(?:de\s+|du\s+|d['’])\p{Lu}`, "u");
// ("1. Club X – 25 000 $": a numbered item is a bullet's)
const LABEL_LINE = new RegExp(String.raw`^[ \t\u00A0]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?(?:(?:l['’]|la[ \t]|le[ \t]|les[ \t])(?:(?!(?:de|du|des|la|le|les|ministère|gouvernement)[ \t])\p{Ll}[\p{L}\-]*[ \t]){0,3})?((?:${TOWN_KIND}[ \t]+(?:de[ \t]+|du[ \t]+|d['’]))?[\p{Lu}](?:(?:[^\n:|—–]|(?<=\p{L})[—–](?=\p{L}))*?[^\n:|—– \t\u00A0])?)[ \t\u00A0]+(?:[:—–]|-(?=[ \t]))[ \t\u00A0]*(?:[^\s:|—–][^\n:|—–]{0,80}?(?:[ \t\u00A0]+[—–]|[ \t\u00A0]*:)[ \t\u00A0]*)?(?=${AMOUNT_OPENS})`, "gmu");
/**
 * A cell row "Centre X | Projet Y | 50 000 $" or "| Saint-Boniface | Rue Principale | 203 115 $ |": the first
 * cell names. The cell may not start or end with a blank, so a line of blanks (masked chrome) costs O(n), not O(n³).
 */
const PIPE_LINE = /^[ \t\u00A0]*(?:\|[ \t\u00A0]*)?([^|\n \t\u00A0](?:[^|\n]*[^|\n \t\u00A0])?)[ \t\u00A0]*\|[^\n]*$/gmu;

const LABEL_LINE_AT = new RegExp(LABEL_LINE.source, "ymu");

/**
 * Whether text holds a line end other than "\n" (\r, U+2028, U+2029), by indexOf: native scans, faster than a
 * class. The answer for the last text is kept: the three line readers of a text ask it in turn.
 */
let otherLineEndsText: string | null = null;
let otherLineEnds = false;
function hasOtherLineEnds(text: string): boolean {
  if (text !== otherLineEndsText) {
    otherLineEnds = text.indexOf("\r") >= 0 || text.indexOf("\u2028") >= 0 || text.indexOf("\u2029") >= 0;
    otherLineEndsText = text;
  }
  return otherLineEnds;
}

/** A label's separator before its amount, as LABEL_LINE has it (the blank before it is checked apart). */
const LABEL_SEPARATOR = new RegExp(String.raw`(?:[:—–]|-(?=[ \t]))[ \t\u00A0]*(?=${AMOUNT_OPENS})`, "gu");

/**
 * text.matchAll(LABEL_LINE), read only on the lines that hold a label's separator before digits:
 * a match holds no newline and is the only one of its line, so it is LABEL_LINE tried at the start
 * of those lines. A text with other line ends (\r, U+2028, U+2029) is read whole.
 */
function labelLines(text: string): RegExpExecArray[] {
  if (hasOtherLineEnds(text)) return [...text.matchAll(LABEL_LINE)];
  const found: RegExpExecArray[] = [];
  LABEL_SEPARATOR.lastIndex = 0;
  for (let sep = LABEL_SEPARATOR.exec(text); sep; sep = LABEL_SEPARATOR.exec(text)) {
    const before = text.charCodeAt(sep.index - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0xa0) continue;
    const lineStart = text.lastIndexOf("\n", sep.index) + 1;
    LABEL_LINE_AT.lastIndex = lineStart;
    const m = LABEL_LINE_AT.exec(text);
    if (m) found.push(m);
    const lineEnd = text.indexOf("\n", sep.index);
    if (lineEnd < 0) break;
    LABEL_SEPARATOR.lastIndex = lineEnd;
  }
  return found;
}

const PIPE_LINE_AT = new RegExp(PIPE_LINE.source, "ymu");

/**
 * text.matchAll(PIPE_LINE), read only on the lines that hold a "|" (the pattern alone tries its ^ at
 * every character): a match holds no newline and runs from a line's start, so it is PIPE_LINE tried
 * at the start of those lines. A text with other line ends (\r, U+2028, U+2029) is read whole.
 */
function pipeLines(text: string): RegExpExecArray[] {
  if (hasOtherLineEnds(text)) return [...text.matchAll(PIPE_LINE)];
  const found: RegExpExecArray[] = [];
  for (let bar = text.indexOf("|"); bar >= 0;) {
    PIPE_LINE_AT.lastIndex = text.lastIndexOf("\n", bar) + 1;
    const m = PIPE_LINE_AT.exec(text);
    if (m) found.push(m);
    const lineEnd = text.indexOf("\n", bar);
    if (lineEnd < 0) break;
    bar = text.indexOf("|", lineEnd);
  }
  return found;
}

const TABLE_LINE_AT = new RegExp(TABLE_LINE.source, "ymu");
const DIGIT = /\d/gu;

/**
 * text.matchAll(TABLE_LINE), tried only at the start of lines that hold a digit and open (after
 * blanks) with a bullet, a "|" or a capital: a match runs from a line's start to its end, so it is
 * TABLE_LINE tried at those starts. A text with other line ends (\r, U+2028, U+2029) is read whole.
 */
function tableLines(text: string): RegExpExecArray[] {
  if (hasOtherLineEnds(text)) return [...text.matchAll(TABLE_LINE)];
  const found: RegExpExecArray[] = [];
  let digit = -1; // the first digit at or after the line's start, or text.length
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    if (digit < start) {
      DIGIT.lastIndex = start;
      digit = DIGIT.exec(text)?.index ?? text.length;
    }
    if (digit < end) {
      let i = start;
      while (i < end && (text[i] === " " || text[i] === "\t" || text[i] === "\u00A0")) i += 1;
      const c = text.codePointAt(i) ?? 0;
      if (c === 0x2d || c === 0x2a || c === 0x2022 || c === 0x7c || UPPER.test(String.fromCodePoint(c))) {
        TABLE_LINE_AT.lastIndex = start;
        const m = TABLE_LINE_AT.exec(text);
        if (m) found.push(m);
      }
    }
    start = end + 1;
  }
  return found;
}
const UPPER = /^\p{Lu}$/u;
const FIRST_DIGIT = /\d/u;

const BULLET_AT = /^[ \t\u00A0]*(?:[-*•–]|\d{1,2}[.)])[ \t]/u;
const AMOUNT_FIRST_LINE = /^[ \t\u00A0]*[-*•–][ \t]+[\d][\d \u00A0\u202F,.]*[ \u00A0]*(?:M\$|G\$|k\$|\$|dollars)[ \t\u00A0]*[:—–][ \t\u00A0]*(\p{Lu}(?:[^\n:;]{0,120}[^\s:;])?)[ \t\u00A0;]*$/gmu;
const BULLET_ASIDE = /^(?:(?:un|une|le|la|l['’]|pour|situé|située|basé|basée|qui|dont)\s*)(?:[^\s,]+\s+){0,11}[^\s,]+$/u;
/** What opens a bullet line, looked for before BULLET_COMMA_LINE's pass over every line. */
const BULLETS = ["• ", "\n- ", "\n– ", "\n* ", "\n\t- ", "\n  - ", "\n-\t"];
const BULLET_COMMA_LINE = /^[ \t\u00A0]*[-*•–][ \t]+(\p{Lu}[^\n,:;]*?),[ \t][^\n]*?\d[^\n]*$/gmu;

interface Row { name: string; start: number; lineStart: number; lineEnd: number; amount?: Amount; bullet?: boolean; more?: Amount[] }

/** A row label that names a recipient, not money ("Coût total"), a funder ("Québec") or a sentence. */
function isRecipientLabel(name: string, lowercaseAllowed: boolean): boolean {
  // pure tests, the cheap and most often decisive first: most labels tried are the opening words of a
  // sentence ("Le gouvernement du Québec investit 98 M$"), which the shape of a name rejects
  const words = name.split(/\s+/u);
  if (words.length > (lowercaseAllowed ? 12 : 8) || /^\p{N}/u.test(name)) return false;
  // a column's header ("Bénéficiaire", "Organisme"), not a name
  if (words.length <= 2 && ORG_COLUMN.test(name) && !/\s\p{Lu}/u.test(name)) return false;
  const nameLike = lowercaseAllowed ? !words.some((w) => !isCapitalized(w) && NAME_STOP_WORDS.has(w.toLowerCase()))
    : !/\p{N}/u.test(name) && words.every((w) => isCapitalized(w) || LABEL_CONNECTOR.test(w));
  if (!nameLike) return false;
  if (MONEY_LABELS.has(words[0].toLowerCase()) || FUNDER_NAMES.has(name.toLowerCase()) || /^voici$/iu.test(words[0])) return false;
  // "Pour l'ensemble de la région : 14,7 M$", "la MRC elle-même", "Entente de …": no organisation's name
  // "Cette année encore, nous avons reçu …": a demonstrative, a possessive or a preposition opens no name (as in prose)
  // ("- Au Québec, les programmes … représentent 538 M$": a preposition opens the line, not a name)
  if (/^(?:pour|au|aux|à|dans|sur|avec)$/iu.test(words[0]!) || NOT_A_NAME_OPENING.test(name.toLowerCase()) || words.some((w) => /^(?:elle|lui|eux|elles)-mêmes?$/iu.test(w)) || PROGRAM_WORDS.has(words[0]!.toLowerCase())) return false;
  return !isGovernment(name); // it folds the label (NFKD, uncached for a new name): last
}
/** Lower-case words of a label that names: "Ville de La Tuque", "Fabrique d'Alma". */
const LABEL_CONNECTOR = /^(?:de|des|du|la|le|les|et|sur|en|à|d['’].*|l['’].*)$/u;

/** Who carries a project out: "porté par", "réalisée par", "organisés par" (the participle, any gender and number). */
const CARRIER = String.raw`(?:porté|piloté|réalisé|mené|exécuté|organisé)(?:e|s|es)?`;
/** What goes on a label after its comma: a firm's "et …" or legal form, or who carries the project (read later). */
const ASIDE_KEPT = new RegExp(String.raw`^(?:et|inc|ltée|enr|${CARRIER})(?![\p{L}])`, "u");
/** "Organisme X (Rimouski)": the place in parentheses says where, the name is before it. */
// (by hand: the pattern \s*\(…\)$ retries at every blank of a long run, which is quadratic)
const withoutPlace = (marked: string) => {
  // "Usinage Précis Laviolette inc.¹", "Ferme X*": a footnote's mark after the name
  const name = marked.replace(FOOTNOTE_MARK, "");
  // "La Soupe au Caillou, de Roberval": the town after a comma
  const town = /,\s+(?:de|d['’]|à)\s*\p{Lu}[\p{L}'’\-]*$/u.exec(name);
  if (town) return name.slice(0, town.index);
  // "Le Défi des Vents de Chicoutimi, course à relais de 100 km", "la Ville de Saguenay, à titre d'organisatrice de …":
  // a long aside in lower case after the name (not a short kind, "Le Phare, centre d'écoute", nor who carries the project,
  // ", portée par la Chambre X", read later)
  const aside = name.indexOf(", ");
  const rest = aside > 0 ? name.slice(aside + 2) : "";
  if (aside > 0 && /^\p{Ll}/u.test(rest) && rest.split(" ").length >= 4 && !ASIDE_KEPT.test(rest)) {
    return name.slice(0, aside);
  }
  if (!name.endsWith(")")) return name;
  const open = name.lastIndexOf("(");
  const inner = open < 0 ? "" : name.slice(open + 1, -1);
  if (!/^\p{Lu}[^()]{0,40}$/u.test(inner) || /^[\p{Lu}\p{N}&.\-]+$/u.test(inner)) return name;
  return name.slice(0, open).trimEnd();
};

const FOOTNOTE_MARK = /[ \u00A0]?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡]|\(\d\))$/u;

/** First words of a project's label: "Aménagement d'un sentier", "Achat d'équipement", "Mise à niveau", "Parc X". */
const PROJECT_NOUN = /^(?:\p{Lu}\p{Ll}+(?:ment|tion|sion|age|ure)s?|Achat|Mise|Projet|Marché|Parc|Halte|Ajout|Sentier|Festival|Circuit|Programmation|Étude|Plan)$/u;
/**
 * "Réfection du quai municipal (Municipalité de Lac-Vermillon)", "Halte vélo (Corporation de développement
 * de X)": a project's label with who carries it in parentheses (a name of two words or more, an
 * organisation by its head or the label a project by its first word); the promoter's name, or null.
 */
function promoterInParens(label: string, afterPlace = false): string | null {
  if (!label.endsWith(")")) return null;
  const open = label.lastIndexOf("(");
  if (open <= 0) return null;
  const inner = label.slice(open + 1, -1).trim();
  const outer = label.slice(0, open).trim();
  // (one word will do after a place's cell: "Saint-Ludger — Ressourcerie (Recyclo-Granit) — 29 500 $")
  if (!/^\p{Lu}/u.test(inner) || !(afterPlace || /\s/u.test(inner)) || /^[\p{Lu}\p{N}&.\-\s]+$/u.test(inner) || !isRecipientLabel(inner, true)) return null;
  const head = (s: string) => s.split(/[\s'’]/u)[0]!.toLowerCase();
  if (ORG_HEADS.has(head(outer)) || BUSINESS_HEADS.has(head(outer))) return null;
  const organisation = ORG_HEADS.has(head(inner)) || BUSINESS_HEADS.has(head(inner)) || endsWithLegalSuffix(inner);
  return afterPlace || organisation || PROJECT_NOUN.test(outer.split(/[\s'’]/u)[0]!) ? inner : null;
}

/** Two names joined by "et" before a capital: "Centre A et Commission scolaire B" (not "Société d'histoire et de généalogie"). */
const PAIR = /^(\p{Lu}.*?\S)\s+et\s+(?:(?:la|le|les)\s+|l['’])?(\p{Lu}.*)$/u;
/** "Cuisine collective A, Jardins communautaires B et Popote roulante C": three names or more, each a label (longer than one may be). */
function isSeriesOfNames(name: string): boolean {
  const pair = PAIR.exec(name);
  const items = pair ? [...pair[1]!.split(SERIES_COMMA), pair[2]!] : [];
  return items.length >= 3 && items.every((item) => isRecipientLabel(item, true));
}
/** The commas of a series of names: "Société A, Cercle B" (a comma before a capital, an article or not). */
const SERIES_COMMA = /,[ \u00A0]+(?:(?:la|le|les)[ \u00A0]+|l['’])?(?=\p{Lu})/u;

const CARRIED_BY_IN_LABEL = new RegExp(String.raw`,\s*${CARRIER}\s+par\s+(?:la\s+|le\s+|les\s+|l['’])?(\p{Lu}[^,]*?)(?:,\s*(?:à|au|en)\s[^,]*)?$`, "u");
const PURPOSE_AFTER_NAMES = /,\s+pour\s+(?:(?:leur|son|sa|ses|un|une|le|la|les)\s|l['’])[^,]*$/u;
const headOf = (name: string) => name.replace(/^(?:(?:la|le|les)\s+|l['’])/iu, "").split(/[\s'’]/u)[0]!.toLowerCase();
/** "La Maison A et le Cercle B": two names joined by "et", each headed by a kind of organisation. */
function isPairOfOrganisations(name: string): boolean {
  const pair = PAIR.exec(name);
  return pair !== null && ORG_HEADS.has(headOf(pair[1]!)) && ORG_HEADS.has(headOf(pair[2]!));
}

/** The line starts STACKED_HINT needs, looked for first: that multi-line pattern costs a pass over every line. */
const STACKED_HEADS = ["\nOrganisme", "\nOrganisation", "\nPromoteur", "\nBénéficiaire", "\nNom de l", "\norganisme", "\nORGANISME",
  "\nMunicipalité", "\nEntreprise"];
/** A header line of a table flattened one cell per line: "Organisme", "Nom de l'organisme", "Municipalité". */
const STACKED_HINT = /^[ \t]*(?:organismes?|organisations?|promoteurs?|bénéficiaires?|municipalités?|entreprises?|nom\s+de\s+l['’]organisme)[ \t]*$/imu;
const STACKED_ORG = /^(?:organismes?|organisations?|promoteurs?|bénéficiaires?|municipalités?|entreprises?|nom\s+de\s+l['’]organisme)$/iu;
const STACKED_MONEY = /^(?:montants?|aides?|subventions?|contributions?|financements?|sommes?)(?:\s+[\p{L}'’]+){0,3}$/iu;

/**
 * A table flattened one cell per line, rows apart by blank lines: a header block ("Organisme\nProjet\n
 * Montant accordé"), then blocks of as many lines whose cell under "Montant" is an amount; the cell
 * under "Organisme" names the row's recipient.
 */
function findStackedRows(text: string, ctx: RecipientContext, add: Sink): void {
  type Line = { text: string; start: number };
  const blocks: Line[][] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/gu; // runs of non-empty lines
  for (const m of text.matchAll(re)) {
    let at = m.index!;
    blocks.push(m[0].split("\n").map((line) => { const l = { text: line.trim(), start: at + line.length - line.trimStart().length }; at += line.length + 1; return l; }));
  }
  const headerLike = (l: Line | undefined) => l !== undefined && /^\p{Lu}/u.test(l.text) && !/\d/u.test(l.text) && l.text.split(/\s+/u).length <= 5;
  // one row: its cell under "Organisme" names, its cell under "Montant" is an amount; false ends the table
  // ("Aide du Québec / Aide du Canada": a grant in each column of money given)
  const readRow = (row: Line[], org: number, money: number[]): boolean => {
    const amounts = money.map((m) => { const cell = row[m]!; return ctx.amounts.find((a) => a.start === cell.start && a.end - a.start >= cell.text.length - 1); });
    const name = row[org]!.text;
    if (amounts.some((a) => a === undefined) || !isRecipientLabel(name, true)) return false;
    const s: Scanned = { start: row[org]!.start, end: row[org]!.start + name.length, name, acronym: ACRONYM_END.exec(name)?.[1] ?? null, next: 0, group: false };
    if (accept(s, ctx, false)) for (const amount of amounts) add(s, "table", "recipient", amount);
    return true;
  };
  for (let b = 0; b < blocks.length; b++) {
    const lines = blocks[b]!;
    const o = lines.findIndex((l) => STACKED_ORG.test(l.text));
    if (o < 0) continue;
    // the header: the run of short capitalised lines without digits around "Organisme"
    let h = o;
    while (h > 0 && headerLike(lines[h - 1])) h--;
    let e = o + 1;
    // (the money's column ends it: "… / Aide financière" then "Estrie", a row's first cell; unless another column of
    // money follows: "Coût total / Aide du Québec / Aide du Canada")
    while (e < lines.length && headerLike(lines[e]) && e - h < 6 && (!STACKED_MONEY.test(lines[e - 1]!.text) || STACKED_MONEY.test(lines[e]!.text))) e++;
    const header = lines.slice(h, e);
    const k = header.length;
    const org = o - h;
    const money = header.flatMap((l, i) => (STACKED_MONEY.test(l.text) ? [i] : []));
    if (k < 2 || money.length === 0) continue;
    if (e < lines.length) {
      // rows right under the header, k lines each ("Centre X / Projet Y / 3 250 000 $ / Centre Z / …")
      for (let r = e; r + k <= lines.length && readRow(lines.slice(r, r + k), org, money); r += k);
    } else {
      // rows apart by blank lines
      for (let r = b + 1; r < blocks.length && blocks[r]!.length === k && readRow(blocks[r]!, org, money); r++);
    }
  }
}

/** A header cell that names who receives: "Organisme", "Promoteur", "Bénéficiaire". */
const ORG_COLUMN = /^(?:organismes?|organisations?|promoteurs?|bénéficiaires?|demandeurs?|récipiendaires?|entreprises?)(?![\p{L}])/iu;

/** The cells of a "a | b | c" line (or "a — b — c", `dashes`), trimmed, with their offsets in the line (no empty edge cells). */
function cellsOf(line: string, dashes = false): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  const bounds = dashes ? dashCellBounds(line) : [];
  if (!dashes) for (let bar = line.indexOf("|"); bar >= 0; bar = line.indexOf("|", bar + 1)) bounds.push(bar);
  let from = 0;
  for (const bound of [...bounds, line.length]) {
    const part = line.slice(from, bound);
    cells.push({ text: part.trim(), offset: from + part.length - part.trimStart().length });
    from = bound + 1;
  }
  if (cells[0]?.text === "") cells.shift();
  if (cells[cells.length - 1]?.text === "") cells.pop();
  return cells;
}
/**
 * Where a line's dashes between blanks are ("Événement — Organisme — Aide"): found by indexOf and their
 * neighbours, not by a pattern with blanks on both sides, which backtracks over a long run of blanks.
 */
function dashCellBounds(line: string): number[] {
  const bounds: number[] = [];
  const blank = (c: string | undefined) => c === " " || c === "\t" || c === "\u00A0";
  for (const dash of ["—", "–"]) {
    for (let at = line.indexOf(dash); at >= 0; at = line.indexOf(dash, at + 1)) if (blank(line[at - 1]) && blank(line[at + 1])) bounds.push(at);
  }
  return bounds.sort((a, b) => a - b);
}

/**
 * The cells of the header line above the table's row at `lineStart`: the first line with bars ("a | b | c"), or with
 * dashes between blanks (`dashes`: "Événement — Organisme promoteur — Aide accordée"), and no figure; blank lines and
 * short headings may come between ("Mauricie", "Région touristique de Charlevoix"). Null when a sentence comes first.
 */
function tableHeader(text: string, lineStart: number, dashes = false): { text: string; offset: number }[] | null {
  let end = lineStart - 1;
  for (let guard = 0; guard < 60 && end > 0; guard++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (dashes ? dashCellBounds(line).length === 0 : !line.includes("|")) {
      if (line.trim() === "" || /^\p{Lu}[^\d|:.;!?]{0,90}$/u.test(line)) continue;
      return null;
    }
    // (years and spans of years head columns too: "Bénéficiaire | 2025-2026 | 2026-2027 | Total")
    const figures = line.replace(/(?<!\d)(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?(?!\d)/gu, "");
    if (!/\d|\$/u.test(figures) && !/^[\s|:\-–]+$/u.test(line)) return cellsOf(line, dashes);
  }
  return null;
}
/** The column a header names as the organisation's; 0 when the first column names, or no header says. */
function organisationColumn(header: { text: string }[] | null): number {
  const k = header ? header.findIndex((c) => ORG_COLUMN.test(c.text)) : -1;
  return k > 0 ? k : 0;
}
/** A column of one government's share: "Contribution fédérale", "Contribution du Québec", "Aide provinciale". */
const GOVERNMENT_SHARE_COLUMN = /^(?:contribution|aide|part|subvention|financement)\s+(?:fédérale|provinciale|québécoise|du\s+(?:Québec|Canada|fédéral|provincial|gouvernement(?:\s+du\s+(?:Québec|Canada))?))(?:\s*\(\$\))?$/iu;
const FUNDER_COLUMN = /^(?:partenaires?(?:\s+financiers?)?|bailleurs?\s+de\s+fonds|sources?(?:\s+de\s+financement)?|provenance|financeurs?|contributeurs?)$/iu;
/** "Municipalité | Contribution fédérale | Contribution du Québec | Total": the row's grant is its total. */
const TOTAL_COLUMN = /^(?:total|montant\s+total|aide\s+totale|total\s+de\s+l['’]aide)$/iu;
/** A project's cost, not its grant: "Coût total du projet", "Investissement total", "Valeur du projet ($)". */
const COST_COLUMN = /^(?:co[uû]ts?|investissements?|valeur|budget)(?:\s+(?:total|totale|global|globale|admissible|estimé))?(?:\s+(?:du|des|de\s+l['’])\s*projets?)?(?:\s*\(\$\))?$/iu;
const AID_COLUMN = /^(?:aide|subvention|contribution|financement|montant\s+accordé|appui|somme\s+accordée)/iu;

/** A row's number before its cells: "Projet 1", "Volet 2", "Lot B". */
const ROW_NUMBER = /^(?:Projet|Volet|Lot|Phase|Dossier|Bloc|Item)[ \t\u00A0]+(?:\d{1,2}|[A-Z])$/u;
/** The cell after a row's first one (from `from` to `to`, dashes and a colon around it), with where it starts. */
function nextCell(text: string, from: number, to: number): { name: string; start: number } | null {
  const cell = /^[ \t\u00A0]*[—–-][ \t\u00A0]*([^\n—–:]*?[^\s—–:])[ \t\u00A0]*(?:[—–:][ \t\u00A0]*)?$/u.exec(text.slice(from, to));
  return cell ? { name: cell[1]!, start: from + cell[0].indexOf(cell[1]!) } : null;
}

function findTableRows(text: string, ctx: RecipientContext, add: Sink): void {
  const rows: Row[] = [];
  const amountIn = (from: number, to: number) => ctx.amounts.find((a) => a.start >= from && a.end <= to);
  // `byHeader`: the name or amount was read in the column a header line names; it replaces a row
  // read on the same line without the header
  // returns the row kept for the line (the one read first, unless this one was read by a header)
  const push = (name: string, start: number, lineStart: number, lineEnd: number, amount?: Amount, byHeader = false): Row => {
    const row: Row = { name, start, lineStart, lineEnd, amount: amount ?? amountIn(start + name.length, lineEnd) };
    const at = rows.findIndex((r) => r.lineStart === lineStart);
    if (at < 0) rows.push(row);
    else if (byHeader) rows[at] = row;
    return at < 0 || byHeader ? row : rows[at]!;
  };
  for (const m of tableLines(text)) {
    const line = m[0];
    const name = withoutPlace(m[1].trim());
    if (!isRecipientLabel(name, false)) continue;
    // where the name and the amount open, read without the d flag (its indices cost more than the match):
    // nothing before the name is a letter, nothing before the amount is a digit (ROW_NAME holds none)
    const nameStart = m.index! + line.indexOf(m[1]);
    const digits = m.index! + line.search(FIRST_DIGIT);
    // without a separator, the number must be an amount: not "Conformément à l'article 12"
    if (!m[2] && !ctx.amounts.some((a) => a.start === digits)) continue;
    push(name, nameStart, m.index!, m.index! + line.length);
  }
  const pipes = pipeLines(text);
  const labels = labelLines(text);
  const hyphenCells = hyphenCellRows(text, labels);
  for (const matches of [labels, pipes]) {
    for (const m of matches) {
      const lineStart = m.index!;
      const lineEnd = text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart);
      // "• Chorale X - Série de concerts - 24 000 $": the last cell before the sum is the project's
      const label = hyphenCells.has(lineStart) ? m[1].slice(0, m[1].lastIndexOf(" - ")) : m[1];
      let name = withoutPlace(label.trim());
      let start = lineStart + m[0].indexOf(m[1]);
      // "- Réfection du quai (Municipalité de Lac-Vermillon) : 55 000 $": a project, its promoter in parentheses
      const promoter = promoterInParens(label.trim());
      // "Projet 1 – Télécommunications X inc. : 4 656 700 $ …": a row's number, then who receives
      const numbered = matches === labels && ROW_NUMBER.test(label.trim()) ? nextCell(text, lineStart + m[0].indexOf(m[1]) + m[1].length, lineStart + m[0].length) : null;
      if (numbered) {
        name = numbered.name;
        start = numbered.start;
      } else if (promoter) {
        name = promoter;
        start += label.lastIndexOf(promoter);
      } else if (matches === labels) {
        // "Audet — Halte routière (Municipalité d'Audet) — 35 000 $": a place's cell, then the project's with its promoter
        const labelEnd = start + m[1].length;
        const cell = text.slice(labelEnd, lineStart + m[0].length).replace(/^\s*[—–]\s*/u, "").replace(/\s*[—–:]\s*$/u, "");
        const inCell = !/[—–]/u.test(cell) ? promoterInParens(cell, true) : null;
        if (inCell) {
          name = inCell;
          start = labelEnd + text.slice(labelEnd, lineStart + m[0].length).lastIndexOf(inCell);
        }
      }
      // "Projet | Organisme | … | Aide": the row's organisation is in the column so headed
      // ("Événement — Organisme promoteur — Aide accordée" over rows of dashes)
      const dashes = matches === labels && dashCellBounds(m[0]).length > 0;
      const header = matches === pipes || dashes ? tableHeader(text, lineStart, dashes) : null;
      // "Partenaire financier | Programme | Contribution au COJFC": rows of funders, not recipients
      if (header && FUNDER_COLUMN.test(header[0]?.text ?? "")) continue;
      const column = organisationColumn(header);
      const cells = header ? cellsOf(text.slice(lineStart, lineEnd), dashes) : [];
      // a row with fewer cells than its header left its first ones empty (the region's, under the row that gave it):
      // its cells line up with the header's last ones
      const cell = column > 0 ? cells[column - Math.max(0, header!.length - cells.length)] : undefined;
      if (cell?.text) {
        name = withoutPlace(cell.text);
        start = lineStart + cell.offset;
      }
      // the row's grant under "Total", or under the aid's column beside a project's cost ("organisme | projet | coût total
      // du projet | aide gouvernementale")
      const headed = header && header.length === cells.length ? header.map((c) => c.text.replace(/[\s():]+$/u, "")) : null;
      const aid = headed && headed.some((c) => COST_COLUMN.test(c)) ? headed.findIndex((c) => AID_COLUMN.test(c) && !COST_COLUMN.test(c)) : -1;
      const total = aid > 0 ? aid : headed ? headed.findIndex((c) => TOTAL_COLUMN.test(c)) : -1;
      const totalCell = total > 0 ? cells[total] : undefined;
      // "A et B, pour leur projet commun de sentier : 150 000 $": the names before the purpose
      name = name.replace(PURPOSE_AFTER_NAMES, "");
      // "• La Route des cidres, portée par la Chambre de commerce X : 780 000 $": who carries the project
      const carrier = CARRIED_BY_IN_LABEL.exec(name);
      if (carrier) {
        start += name.indexOf(carrier[1]!, carrier.index);
        name = carrier[1]!;
      }
      // the sum after the name, or anywhere on the row when a header names the columns ("Montant | Organisme | Municipalité")
      const amount = (totalCell ? amountIn(lineStart + totalCell.offset, lineEnd) : undefined)
        ?? amountIn(start + name.length, lineEnd) ?? (cell?.text ? amountIn(lineStart, start) : undefined);
      if (!(isCapitalized(name) || TOWN_BY_KIND.test(name)) || !(isRecipientLabel(name, true) || isPairOfOrganisations(name) || isSeriesOfNames(name)) || !amount) continue;
      const row = push(name, start, lineStart, lineEnd, amount, column > 0 || totalCell !== undefined);
      // "Municipalité | Projet | Contribution fédérale | Contribution du Québec | Contribution municipale": each
      // government's column is a grant of the row (the town's own share is none)
      const shares = header && header.length === cells.length && !totalCell
        ? cells.filter((_, c) => GOVERNMENT_SHARE_COLUMN.test(header[c]!.text)).map((c) => amountIn(lineStart + c.offset, lineStart + c.offset + c.text.length + 1))
        : [];
      if (shares.length >= 2 && shares.every((a) => a !== undefined)) {
        row.amount = shares[0];
        row.more = shares.slice(1) as Amount[];
      }
      // "- Société X : 18 250 $ pour …": a bullet item is a row of a list even alone under its heading; so is a row
      // whose organisation's column a header names, alone under a region's heading
      if (BULLET_AT.test(m[0]) || column > 0) row.bullet = true;
    }
  }
  // "Université X ; plateforme d'imagerie ; 2 100 000 $": cells apart by " ; ", the name first, the sum last
  // (a name's aside after a comma left out: "Collège X, par l'entremise de son centre Y ; …")
  // (";" looked up, not " ; ": a needle that opens on a blank stops the native scan at every blank)
  for (let semi = text.indexOf(";"); semi >= 0;) {
    if (text.charCodeAt(semi - 1) !== 0x20 || text.charCodeAt(semi + 1) !== 0x20) { semi = text.indexOf(";", semi + 1); continue; }
    const lineStart = text.lastIndexOf("\n", semi) + 1;
    const lineEnd = text.indexOf("\n", semi) < 0 ? text.length : text.indexOf("\n", semi);
    semi = text.indexOf(";", lineEnd);
    const cells = text.slice(lineStart, lineEnd).split(" ; ");
    if (cells.length < 3) continue;
    const last = ctx.amounts.find((a) => a.start >= lineEnd - cells[cells.length - 1]!.length && a.end <= lineEnd);
    const first = cells[0]!.trimStart();
    const name = withoutPlace(first.replace(/,\s+\p{Ll}.*$/u, "").trim());
    const start = lineStart + cells[0]!.length - first.length;
    if (!last || !/^\s*$/u.test(text.slice(last.end, lineEnd).replace(/[.;]/gu, "")) || !isCapitalized(name) || !isRecipientLabel(name, true)) continue;
    push(name, start, lineStart, lineEnd, last);
  }
  // "Bénéficiaire : Ville de X" / "Projet : …" / "Aide du ministère : 1 150 000 $": a block of fields, the
  // sum on one of the next lines of the block
  for (const m of RECIPIENT_FIELD_WORDS.some((w) => text.includes(w)) ? text.matchAll(RECIPIENT_FIELD) : []) {
    const lineStart = m.index!;
    const lineEnd = lineStart + m[0].length;
    const name = m[1]!.trim();
    const start = lineStart + m[0].lastIndexOf(m[1]!);
    if (!isRecipientLabel(name, true)) continue;
    let blockEnd = lineEnd;
    for (let n = 0; n < 4; n++) {
      const next = text.indexOf("\n", blockEnd + 1);
      const line = text.slice(blockEnd + 1, next < 0 ? text.length : next);
      if (!/\S/u.test(line) || RECIPIENT_FIELD_AT.test(line)) break;
      blockEnd = next < 0 ? text.length : next;
      const field = MONEY_FIELD.exec(line);
      const amount = field ? ctx.amounts.find((a) => a.start >= blockEnd - line.length + field[0].length - 1 && a.end <= blockEnd) : undefined;
      if (amount) {
        push(name, start, lineStart, blockEnd, amount).bullet = true; // a block stands alone, like a bullet item
        break;
      }
    }
  }
  // "• L'Ensoleillée de Nicolet, un centre de jour pour aînés, 118 000 $": a bullet item, its name up
  // to the first comma, its sum last on the line
  for (const m of BULLETS.some((bullet) => text.includes(bullet)) ? text.matchAll(BULLET_COMMA_LINE) : []) {
    const lineStart = m.index!;
    const lineEnd = lineStart + m[0].length;
    const name = m[1]!.trim();
    const start = lineStart + m[0].indexOf(m[1]!);
    const last = ctx.amounts.filter((a) => a.start > start + name.length && a.end <= lineEnd).pop();
    // the words between are an aside ("un centre de jour pour aînés", "pour ses cafés-rencontres"), not a
    // sentence ("- Depuis 2020, le volet 1 a permis de soutenir 90 projets, pour un total de 14,7 M$")
    if (!last) continue;
    const between = text.slice(start + name.length + 1, last.start).trim().replace(/,$/u, "");
    if ( /\S/u.test(text.slice(last.end, lineEnd).replace(/[.;]$/u, "")) || /\d/u.test(name)
      || (between !== "" && !BULLET_ASIDE.test(between)) || !isRecipientLabel(name, true)) continue;
    push(name, start, lineStart, lineEnd, last).bullet = true;
  }
  // "- 2,8 M$ : Croisières Fjord-et-Fleuve inc.": the sum first, then the name
  if (text.includes("$ :") || text.includes("$ –") || text.includes("$ —")) {
    for (const m of text.matchAll(AMOUNT_FIRST_LINE)) {
      const lineStart = m.index!;
      const lineEnd = lineStart + m[0].length;
      const amount = ctx.amounts.find((a) => a.start >= lineStart && a.end <= lineEnd);
      // a final "." ends the item, unless it is a legal form's ("… inc.")
      const raw = m[1]!.trim();
      const name = withoutPlace(raw.endsWith(".") && !endsWithLegalSuffix(raw) ? raw.slice(0, -1) : raw);
      const start = lineStart + m[0].lastIndexOf(m[1]!);
      if (!amount || amount.end > start || !isRecipientLabel(name, true)) continue;
      push(name, start, lineStart, lineEnd, amount);
    }
  }
  // "MRC de La Matapédia – 512 300 $ au total" over its own list of items (the heading no item itself): a
  // heading's total, no one's grant
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r]!;
    // (blank lines may come between the heading and its first item)
    let next = row.lineEnd + 1;
    while (text.charCodeAt(next) === 0x0a) next++;
    if (row.amount && SUM_OF_ITEMS_AFTER.test(text.slice(row.amount.end, row.lineEnd)) && !BULLET_AT.test(text.slice(row.lineStart, row.lineEnd))
      && BULLET_AT.test(text.slice(next, next + 8))) rows.splice(r, 1);
  }
  rows.sort((a, b) => a.lineStart - b.lineStart);
  // a table is two rows or more on consecutive lines
  const near = (a: Row, b: Row) => !/\S/u.test(text.slice(a.lineEnd, b.lineStart).replace(/\n/gu, ""))
    && (text.slice(a.lineEnd, b.lineStart).match(/\n/gu)?.length ?? 0) <= 2;
  let funders = false; // the run of rows is a list of who pays ("Les partenaires financiers de l'entente sont :")
  for (let r = 0; r < rows.length; r++) {
    const prev = rows[r - 1], next = rows[r + 1];
    if (!(prev && near(prev, rows[r]))) funders = FUNDERS_INTRO.test(listIntro(text, rows[r]!.lineStart));
    if (funders) continue;
    if (!rows[r].bullet && !(prev && near(prev, rows[r])) && !(next && near(rows[r], next))) continue;
    const row = rows[r];
    // "– Centre de services scolaire A et Commission scolaire B : 700 000 $ chacun": two rows in one
    // "• La Maison A et le Cercle B — 12 000 $ pour un projet commun": two organisations share the row's sum
    const each = row.amount !== undefined && EACH.test(text.slice(row.amount.end, row.amount.end + 9));
    const pair = PAIR.exec(row.name);
    // "- Société A, Cercle B et Club C : 2 000 $ chacun": a series before the last "et", each its own row
    const items = pair ? [...(each ? pair[1]!.split(SERIES_COMMA) : [pair[1]!]), pair[2]!] : [];
    if (pair && items.every((item) => isRecipientLabel(item, true)) && (each || isPairOfOrganisations(row.name))) {
      const shared = each ? row.amount : undefined;
      let from = 0;
      for (const item of items) {
        const at = row.name.indexOf(item, from);
        from = at + item.length;
        add({ start: row.start + at, end: row.start + from, name: item, acronym: null, next: 0, group: false }, "table", "recipient", shared);
      }
      continue;
    }
    const s: Scanned = { start: row.start, end: row.start + row.name.length, name: row.name, acronym: null, next: 0, group: false };
    add(s, "table", "recipient", row.amount);
    for (const a of row.more ?? []) add(s, "table", "recipient", a);
  }
}

/** A field that names who receives, alone on its line: "Bénéficiaire : Ville de X", "Organisme : Y". */
const RECIPIENT_FIELD_WORDS = ["Bénéficiaire", "Organisme", "Promoteur", "Récipiendaire", "Demandeur"];
const RECIPIENT_FIELD_AT = new RegExp(String.raw`^[ \t\u00A0]*(?:${RECIPIENT_FIELD_WORDS.join("|")})[ \t\u00A0]*:`, "u");
const RECIPIENT_FIELD = new RegExp(String.raw`${RECIPIENT_FIELD_AT.source}[ \t\u00A0]*(\p{Lu}[^\n]{1,150})$`, "gmu");
/** A field that gives the sum: "Aide du ministère : …", "Montant accordé : …", "Contribution fédérale : …". */
const MONEY_FIELD = /^[ \t\u00A0]*(?:Aide|Montant|Contribution|Subvention|Financement|Prêt|Somme)[^:\n]{0,40}:[ \t\u00A0]*/u;
/** The line that introduces the list a line belongs to: the first line above it that is no item (a bullet, or a sum). */
function listIntro(text: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let n = 0; n < 16 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (/\S/u.test(line) && !BULLET_AT.test(line) && !/\d[\d \u00A0\u202F,]*\s*(?:[kMG]?\$|dollars)/u.test(line)) return line;
    end = start - 1;
  }
  return "";
}

/** The line above a list of who pays, not who receives: "Les partenaires financiers de l'entente sont les suivants :", "… y contribuent comme suit :". */
const FUNDERS_INTRO = /(?<![\p{L}])(?:partenaires\s+financiers|partenaires\s+de\s+l['’](?:entente|alliance)|bailleurs\s+de\s+fonds|contribu(?:ent|eront)\s+comme\s+suit|y\s+contribu(?:ent|eront))(?![\p{L}])/iu;
const SUM_OF_ITEMS_AFTER = /^\s*(?:au\s+total|en\s+tout)\s*[.:]?\s*$/u;

/**
 * Rows of a list whose cells are apart by " - ", the name, the project, the sum ("• Maison X -
 * Programme de mentorat - 12 500 $", "• FADOQ - Club de Val-David - Aménagement d'un jardin - 25 000 $"):
 * the lines (their starts) whose label holds " - " and ends on " - " before the sum, next to another
 * such line. Alone, " - " may be inside the name ("FADOQ - Club de Val-David - 25 000 $").
 */
function hyphenCellRows(text: string, labels: RegExpExecArray[]): Set<number> {
  const rows = labels.filter((m) => m[1]!.includes(" - ") && /^\s+-\s/u.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length)));
  const kept = new Set<number>();
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!, b = rows[i + 1]!;
    const lineEnd = text.indexOf("\n", a.index!);
    if (lineEnd < 0 || /\S/u.test(text.slice(lineEnd, b.index!)) || text.slice(lineEnd, b.index!).split("\n").length > 3) continue;
    kept.add(a.index!).add(b.index!);
  }
  return kept;
}

/**
 * Flattened table rows: "1 MRC de La Matapédia Eau et égout 25 523 $ 2 MRC de La Mitis …":
 * a row number, a place-like organisation ("MRC de X", "Municipalité de X"), other columns, an amount.
 */
const FLAT_ROW = new RegExp(String.raw`(?:^|\s)(\d{1,3})\s+((?:${[...PLACE_HEADS].join("|")})\s+(?:(?:de|des|du)\s+|d['’])?(?:(?:La|Le|Les)\s+|L['’])?[\p{Lu}][\p{L}'’\-–]*)`, "giu");
function findFlatRows(text: string, ctx: RecipientContext, add: Sink): void {
  const found: { n: number; s: Scanned; amount: Amount }[] = [];
  const amounts = [...ctx.amounts].sort((a, b) => a.start - b.start);
  for (let i = 0; i < amounts.length; i++) {
    const from = i > 0 ? amounts[i - 1].end : Math.max(0, amounts[i].start - 150);
    const seg = text.slice(from, amounts[i].start);
    const m = [...seg.matchAll(FLAT_ROW)].pop();
    if (!m || /\n/u.test(seg.slice(m.index!).trim())) continue;
    const start = from + m.index! + m[0].lastIndexOf(m[2]);
    found.push({ n: Number(m[1]), s: { start, end: start + m[2].length, name: m[2], acronym: null, next: 0, group: false }, amount: amounts[i] });
  }
  for (let i = 0; i < found.length; i++) {
    const numbered = found[i + 1]?.n === found[i].n + 1 || found[i - 1]?.n === found[i].n - 1;
    if (numbered) add(found[i].s, "table", "recipient", found[i].amount);
  }
}

// "Région Organisme Projet Aide accordée", "Municipalité Montant": a flattened table's header
// read by matchesAfterNonLetter, which stands for a leading (?<![\p{L}])
// ("Nom de l'organisme Ville Montant du financement": a place's column after the recipient's; "Montant accordé
// Organisme Municipalité Projet": the amount first, each row's cells after its amount)
const FLAT_HEADER = new RegExp(String.raw`(?:(${TABLE_COLUMNS.before})\s+)?${TABLE_COLUMNS.recipient}\s+(?:(${TABLE_COLUMNS.place})\s+)?(?:(${TABLE_COLUMNS.after})\s+(?=${TABLE_COLUMNS.project}))?(?:(${TABLE_COLUMNS.project})\s+)?${TABLE_COLUMNS.amount}(?:\s+(?:du|de\s+la|de\s+l['’])\s*\p{L}+)?(?:\s+(${TABLE_COLUMNS.after}))?(?![\p{L}])`, "gu");
const AMOUNT_FIRST_HEADER = new RegExp(String.raw`${TABLE_COLUMNS.amount}\s+${TABLE_COLUMNS.recipient}(?:\s+(${TABLE_COLUMNS.place}))?(?:\s+(${TABLE_COLUMNS.project}))?[ \t\u00A0]*$`, "ymu");
/** What a header opens with: its first column, the one before the recipient's or the recipient's (TABLE_COLUMNS). */
const FLAT_HEADER_OPENERS = [...new Set([TABLE_COLUMNS.before, TABLE_COLUMNS.recipient].flatMap(capitalWords))];
const AMOUNT_FIRST_OPENERS = [...new Set(capitalWords(TABLE_COLUMNS.amount))].map((word) => `\n${word}`);

/**
 * The capitalised words of a pattern's source, a plural "s?" left off ("Organismes?" -> "Organisme"):
 * every alternative of the TABLE_COLUMNS opening columns starts with one, so they are what a match
 * opens with, and the list follows the lexicon when a column name is added.
 */
function capitalWords(source: string): string[] {
  return [...source.matchAll(/\p{Lu}\p{L}*/gu)].map((m) => (source[m.index + m[0].length] === "?" ? m[0].slice(0, -1) : m[0]));
}
/** Words after which a capital goes on inside the same cell: "à Saint-Jérôme", "de la Matawinie". */
const CELL_CONNECTORS = new Set(["de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "en", "sur", "pour"]);

/**
 * A table flattened into one line after its header: "Municipalité Montant Population Ville de A
 * 6 214 880 $ 27 810 Ville de B 2 905 114 $ 9 204 …". Each row is the text between two amounts:
 * leading numbers (another column of the previous row) are dropped, a column before the
 * recipient takes one word, a project column is split off at the last capital that does not
 * follow a connector ("Théâtre du Marais | Tournée des villages").
 */
function findHeaderedFlatRows(text: string, ctx: RecipientContext, add: Sink): void {
  const amounts = [...ctx.amounts].sort((a, b) => a.start - b.start);
  for (const h of matchesAfterNonLetter(text, FLAT_HEADER, FLAT_HEADER_OPENERS)) {
    const headerEnd = h.index! + h[0].length;
    const end = tableEnd(text, headerEnd);
    const rows: FlatRow[] = [];
    let from = headerEnd;
    for (const a of amounts.filter((x) => x.start >= headerEnd && x.end <= end)) {
      const segment = text.slice(from, a.start);
      from = a.end;
      // "Municipalité Programme Projet Aide financière": the program's acronym ends the recipient's cell
      const cell = h[3] ? cellBeforeAcronym(segment) : rowCell(segment, !!h[1], !!h[4], !!h[5], !!h[2]);
      keepFlatRow(rows, a, a.start - segment.length, cell, ctx);
    }
    if (rows.length >= 2) for (const { s, amount } of rows) add(s, "table", "recipient", amount);
  }
  // "Montant accordé Organisme Municipalité Projet" on its own line, then one row a line: "1 450 000 $ Corporation X
  // Trois-Rivières Rénovation de la scène": a row's cells are after its amount, up to the next row's
  // (a header opens its line: only the openers after a line's end are tried, sticky)
  for (const opener of AMOUNT_FIRST_OPENERS) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length)) {
      AMOUNT_FIRST_HEADER.lastIndex = at + 1;
      const h = AMOUNT_FIRST_HEADER.exec(text);
      if (!h) continue;
      const headerEnd = h.index + h[0].length;
      const end = tableEnd(text, headerEnd);
      const inTable = amounts.filter((x) => x.start >= headerEnd && x.end <= end);
      const rows: FlatRow[] = [];
      inTable.forEach((a, i) => {
        const segment = text.slice(a.end, inTable[i + 1]?.start ?? end);
        keepFlatRow(rows, a, a.end, rowCell(segment, false, !!h[2], false, !!h[1]), ctx);
      });
      if (rows.length >= 2) for (const { s, amount } of rows) add(s, "table", "recipient", amount);
    }
  }
}

interface FlatRow { s: Scanned; amount: Amount }
/** Keeps a flattened row's cell (at `segmentStart` + its offset) when it names an organisation. */
function keepFlatRow(rows: FlatRow[], amount: Amount, segmentStart: number, cell: { name: string; offset: number } | null, ctx: RecipientContext): void {
  if (!cell) return;
  const start = segmentStart + cell.offset;
  const s: Scanned = { start, end: start + cell.name.length, name: cell.name, acronym: null, next: 0, group: false };
  if (isRecipientLabel(cell.name, true) && !MONEY_LABELS.has(cell.name.split(/\s+/u)[0]!.toLowerCase()) && accept(s, ctx, false)) rows.push({ s, amount });
}

/** Where a table after its header ends: the header's line when rows follow on it, else the first blank line after the rows. */
function tableEnd(text: string, headerEnd: number): number {
  const lineEnd = text.indexOf("\n", headerEnd) < 0 ? text.length : text.indexOf("\n", headerEnd);
  if (text.slice(headerEnd, lineEnd).trim() !== "") return lineEnd;
  const blank = text.slice(lineEnd + 1).search(/\n[ \t\u00A0]*\n/u);
  const end = blank < 0 ? text.length : lineEnd + 1 + blank;
  // rows whose cells are set apart ("|", a tab, a dash, a run of blanks) are read line by line (findTableRows)
  return CELL_SEPARATOR.test(text.slice(lineEnd, end)) ? lineEnd : end;
}
const CELL_SEPARATOR = /[|\t]| {3}| [—–-] /u;

/** "Saint-Boniface FIMEAU Réfection des conduites …": the capitalised words before the program's acronym. */
function cellBeforeAcronym(segment: string): { name: string; offset: number } | null {
  const words = [...segment.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index! }));
  const p = words.findIndex((w, i) => i > 0 && isAcronym(w.text));
  if (p < 0) return null;
  let first = p - 1;
  while (first > 0 && !/^[\p{N}(]/u.test(words[first - 1]!.text) && !isAcronym(words[first - 1]!.text) && p - first < 6) first--;
  if (!isCapitalized(words[first]!.text)) return null;
  const offset = words[first]!.at;
  return { name: segment.slice(offset, words[p - 1]!.at + words[p - 1]!.text.length), offset };
}

/** The recipient's cell of a flattened row, with its offset in the segment. */
/** A name's own acronym as one word of a flattened row: "(ALPHE)". */
const OWN_ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}&.\-]+\)$/u;
function rowCell(segment: string, before: boolean, project: boolean, after = false, place = false): { name: string; offset: number } | null {
  const words = [...segment.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index! }));
  // the previous row's other columns ("27 810", "(2021)") and the header's tail ("TECQ 2019-2023 Population");
  // an ordinal inside a name ("Comité des fêtes du 150e") is not a column
  // (a name's own acronym in parentheses, "(ALPHE)", is no column)
  const numeric = (w: { text: string }) => /^[\p{N}][\p{N},.\-–]*$|^\(.*\)$/u.test(w.text) && !OWN_ACRONYM.test(w.text);
  // (numbers inside the project's cell, "Réfection du rang X (3,2 km)", "Resurfaçage de la route 291 Nord", are not
  // columns before the name: the project's cell is cut first, the columns looked for before it)
  let cutFrom = 0;
  words.forEach((w, i) => { if (numeric(w)) cutFrom = i + 1; });
  let last = words.length;
  if (project) {
    // "Association X (ALPHE) Trousse de sensibilisation Le loisir, c'est pour tous": the name ends at its acronym
    let cut = words.findIndex((w, k) => k > cutFrom && OWN_ACRONYM.test(w.text) && isCapitalized(words[k + 1]?.text ?? "")) + 1;
    if (cut === 0) cut = -1;
    // (a lower-case word of the project, "8e" too; not a number or a parenthesis, "(3,2 km)")
    const lowerWord = (w: { text: string }) => !isCapitalized(w.text) && !CELL_CONNECTORS.has(w.text.toLowerCase()) && !numeric(w) && !/^\(|\)$/u.test(w.text);
    for (const from of cut > 0 ? [] : cutFrom > 0 ? [cutFrom, 0] : [0]) {
      for (let k = words.length - 1; k > from; k--) {
        const prev = words[k - 1].text;
        if (!isCapitalized(words[k].text) || CELL_CONNECTORS.has(prev.toLowerCase()) || /['’]$/u.test(prev)) continue;
        if (words.slice(k + 1).some(lowerWord)) { cut = k; break; }
      }
      if (cut >= 0) break;
    }
    if (cut < 0) return null;
    last = cut;
  }
  let first = 0;
  words.forEach((w, i) => { if (i < last && numeric(w)) first = i + 1; });
  // a column after the amount: the previous row's program acronym ("62 000 $ FCPA Les Productions …")
  while (after && first < words.length - 1 && isAcronym(words[first].text)) first += 1;
  if (before) first += 1;
  // the place's column after the name: its last word ("Trois-Pistoles"), with its article ("La Malbaie")
  if (place && last - first >= 2 && isCapitalized(words[last - 1]!.text)) {
    last -= 1;
    if (last - first >= 2 && /^(?:La|Le|Les)$/u.test(words[last - 1]!.text)) last -= 1;
  }
  if (first >= last || !isCapitalized(words[first].text)) return null;
  const offset = words[first].at;
  return { name: segment.slice(offset, words[last - 1].at + words[last - 1].text.length), offset };
}

/** The item before "(45 000 $)": back to ": ", ", ", " et " or the start of the line. */
// also "… sont ceux du Club X (21 000 $), du Regroupement Y (52 000 $) et d'Entraide Z (45 000 $)"
const ITEM_BEFORE_PAREN = /(?:^\s*|:\s+|,\s+|;\s+(?:et\s+)?|\s+et\s+)(?:(?:le|la|les|l['’]|à\s+la|à\s+l['’]|au|aux|du|des|de\s+la|de\s+l['’]|d['’])\s*)?([\p{Lu}][^,:;()\n]*?(?:\s*\([\p{Lu}][\p{Lu}\p{N}&.\-]{1,11}\))?)\s*\(\s*$/du;
/**
 * "Les autres projets sont ceux du Club X", "Les bénéficiaires sont la Ville de A (248 000 $); la …":
 * the first item after "ceux du" or "sont la" inside a sentence-long match.
 */
const AFTER_CEUX = /\s(?:(?:ceux|celles?|celui)\s+(?:du|des|de\s+la|de\s+l['’]|d['’])|sont\s+(?:(?:le|la|les)\s+|l['’])?)\s*(?=[\p{Lu}])/du;

/**
 * "Les organismes retenus sont : le Centre X (45 000 $), la Maison Y (32 800 $) et l'Association Z
 * (18 200 $).", "Les municipalités retenues sont Amqui (412 000 $), Matane (389 540 $) …", "… soit 313 400 $ : Saint-A (125 000 $), Sainte-B (98 400 $) et Saint-C (90 000 $)":
 * items that carry their amount in parentheses, two or more in a sentence.
 */
const ACRONYM_END = /\(([\p{Lu}][\p{Lu}\p{N}&.\-]+)\)$/u;

function findParenthesisedAmounts(text: string, ctx: RecipientContext, add: Sink): void {
  const bySentence = new Map<number, { s: Scanned; amount: Amount }[]>();
  for (const a of ctx.amounts) {
    if (!/^\s*\)/u.test(text.slice(a.end, a.end + 3))) continue;
    const sStart = fullSentenceStart(text, a.start);
    const from = Math.max(sStart, a.start - 120);
    const m = ITEM_BEFORE_PAREN.exec(text.slice(from, a.start));
    if (!m) continue;
    const ceux = AFTER_CEUX.exec(m[1]);
    const name = (ceux ? m[1].slice(ceux.index + ceux[0].length) : m[1]).trim();
    if (!isRecipientLabel(name, true) || MONEY_LABELS.has(name.split(/\s+/u)[0].toLowerCase())) continue;
    const start = from + m.indices![1][0] + (ceux ? ceux.index + ceux[0].length : 0);
    // "l'Atelier X (AX) (250 000 $)": the name's own acronym, then the amount
    const acronym = ACRONYM_END.exec(name)?.[1] ?? null;
    const s: Scanned = { start, end: start + name.length, name, acronym, next: 0, group: false };
    if (!accept(s, ctx, false)) continue;
    const list = bySentence.get(sStart) ?? [];
    list.push({ s, amount: a });
    bySentence.set(sStart, list);
  }
  for (const [sStart, items] of bySentence) {
    // "L'Entente est financée par le ministère A (600 000 $), B (250 000 $) et …": who pays, not who receives
    if (items.length < 2 || FUNDED_BY.test(text.slice(sStart, items[0]!.s.start))) continue;
    for (const { s, amount } of items) add(s, "list", "recipient", amount);
  }
}
const FUNDED_BY = /(?<![\p{L}])(?:financée?s?|assumée?s?|payée?s?|soutenue?s?|appuyée?s?|dotée?s?)\s+(?:conjointement\s+|notamment\s+|en\s+partie\s+)?par(?![\p{L}])/u;

const RECEIVED = ["reçu", "obtenu", "touché", "recu"] as const; // ("recu": written without its accent)
const RECEIVED_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${RECEIVED.join("|")})(?![\p{L}])`, "gu");
const RELATIVE_DATIVE_WORD = /(?<![\p{L}])(?:auquel|auxquels|auxquelles|laquelle|qui)(?![\p{L}])/gu;

// the cues read on each text, with the words their matches begin with (see cueMatches)
const CUES: readonly Cue[] = [
  { re: PARTICIPLE, starts: [...GIVEN_PARTICIPLES, "iront", "ira"] },
  { re: GIVING, starts: GIVING_VERBS },
  { re: ENABLES, starts: ["permett"] },
  { re: BENEFIT, starts: ["au", "en"] },
  { re: FOR_ORG, starts: ["pour"] },
  { re: SHARED, starts: ["partag", "réparti", "divis"] },
  { re: SUPPORT, starts: ["pour"] },
  // its verbs, and the first words of its phrases ("se voit …", "voit son …", "verra leur …")
  { re: RECEIVING, starts: [...RECEIVING_VERBS, "se", "voi", "verr"] },
  { re: BENEFICIARIES, starts: ["bénéficiaires", "récipiendaires", "lauréats", "organismes"] },
  { re: INTERMEDIARY, starts: ["par", "que", "gér", "administr"] },
  // read on the tokens after: "a reçu", "ont obtenu" ("a" is too short a start); ", auquel le ministère accorde"
  { re: RECEIVED_WORD, starts: [...RECEIVED] },
  { re: RELATIVE_DATIVE_WORD, starts: ["auquel", "auxquel", "laquelle", "qui"] },
  { re: AID_TO, starts: AID_NOUNS },
];

/** Every mention of a recipient or an intermediary, in text order. */
export function findRecipientMentions(text: string, ctx: RecipientContext): RecipientMention[] {
  const mentions: RecipientMention[] = [];
  if (ctx.amounts.length === 0) return mentions; // no money, no recipient
  programKeysOf = null; // the caller may have changed its programs since the last call
  const toks = documentTokens(text);
  const add: Sink = (s, via, role = "recipient", amount, at) => {
    // "Quatre événements de plus petite envergure reçoivent chacun 40 000 $ :": a counted class, named further on
    if (s.group && COUNT_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return;
    // "Québec prête 1,2 M$ à une entreprise serricole de Saint-Rémi": an indefinite kind names no one (yet)
    if (/^\p{Ll}/u.test(s.name) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start))) return;
    // "Le CISSS recevra" after "le Centre intégré … de l'Outaouais (CISSS de l'Outaouais)": the name it stands for
    // (the short form is where the text takes it up: grants read it there)
    // ("Le Réseau prévoit …" after "au Réseau Jeunes Entreprises du Québec (RJEQ)": the head word alone, the name it opened)
    const expanded = s.acronym ? null : /^\p{Lu}{2,}$/u.test(s.name) ? expandedAcronym(text, toks, s)
      : !s.name.includes(" ") && ORG_HEADS.has(s.name.toLowerCase()) && isCapitalized(s.name) ? nameOfHead(text, toks, s) : null;
    if (expanded) { at ??= { start: s.start, end: s.end }; s = expanded; }
    mentions.push({ name: s.name, acronym: s.acronym, role, start: s.start, end: s.end, via, ...(amount ? { amount } : {}), ...(at ? { at } : {}) });
  };
  const afterPreposition = (offset: number, via: RecipientMention["via"]) => {
    const [sStart, sEnd] = sentenceAround(text, offset);
    if (via !== "amount" && !FUNDING_CUE.test(text.slice(sStart, sEnd))) return;
    if (via === "given" && inPurposeOfGivenMoney(text, ctx.amounts, sStart, offset)) return;
    const k = tokenAt(toks, offset);
    if (["à", "au", "aux"].includes(lower(toks[k]))) readPrepositionList(text, toks, k + 1, ctx, via, add);
  };
  const lowered = lowerSameOffsets(text);
  const [participles, givings, enables, benefits, forOrgs, shareds, supports, receivings, beneficiaries, intermediaries, received, relatives, aidsTo] = cueMatches(text, lowered, CUES);
  for (const [, end] of participles) afterPreposition(end, "given");
  for (const [, end] of givings) afterPreposition(end, "giving-verb");
  for (const [start, end] of enables) {
    const [sStart] = sentenceAround(text, start);
    if (!ctx.amounts.some((a) => a.start >= sStart && a.end <= start)) continue;
    const s = scanOrgName(text, toks, tokenAt(toks, end) + 1);
    if (!s) continue;
    // "permettra à X d'aménager": the name ends before the "de" that opens the infinitive
    let p = tokenAt(toks, s.start);
    while (p < toks.length && toks[p].end < s.end && !(OF_INFINITIVE.has(lower(toks[p])) && isInfinitive(toks[p + 1]))) p += 1;
    const cut = toks[p].end < s.end ? { ...s, end: toks[p - 1].end, name: text.slice(s.start, toks[p - 1].end) } : s;
    if (accept(cut, ctx, false)) add(cut, "giving-verb");
  }
  // capitals matter here (a name follows): read on the text itself, where "au projet" occurs
  const projectsOf = text.includes("au projet") ? matchesAfterNonLetter(text, PROJECT_OF, PROJECT_OF_OPENERS).map((m) => [m.index, m.index + m[0].length]) : [];
  for (const [start, end] of projectsOf) {
    const [sStart, sEnd] = sentenceAround(text, start);
    if (!ctx.amounts.some((a) => a.start >= sStart && a.end <= sEnd) && !FUNDING_CUE.test(text.slice(sStart, sEnd))) continue;
    const s = scanOrgName(text, toks, tokenAt(toks, end));
    // not a place ("au projet de Lévis")
    if (accept(s, ctx, false) && isSurelyOrganisation(s)) add(s, "given");
  }
  for (const [start, end] of aidsTo) {
    if (!CAPITAL_NEXT.test(text.slice(end, end + 6)) || !AID_DETERMINER.test(text.slice(Math.max(0, start - 8), start))) continue;
    const s = scanOrgName(text, toks, tokenAt(toks, end));
    // an organisation by its head, legal form or acronym: not a place ("une aide à Montréal")
    if (accept(s, ctx, false) && isSurelyOrganisation(s)) add(s, "given");
  }
  let lastPart: Amount | null = null; // the last amount read as a part of a total ("dont 2 M$ pour X")
  for (const a of ctx.amounts) {
    const m = AFTER_AMOUNT.exec(text.slice(a.end, a.end + 160));
    if (m && !placeOfProject(text, toks, a, a.end + m[0].length)) afterPreposition(a.end + m[0].length, "amount");
    lastPart = readPartOfTotal(text, toks, a, ctx, add, lastPart) ? a : null;
    readGapped(text, toks, a, ctx, add);
    readDislocated(text, toks, a, ctx, add);
  }
  for (const [start, end] of benefits) {
    const [sStart, sEnd] = sentenceAround(text, start);
    if (!ctx.amounts.some((a) => a.start >= sStart && a.end <= sEnd)) continue;
    const k = tokenAt(toks, end);
    readPrepositionList(text, toks, k, ctx, "given", add, OF);
  }
  for (const [, offset] of forOrgs) {
    const [sStart, sEnd] = sentenceAround(text, offset);
    if (!FUNDING_CUE.test(text.slice(sStart, sEnd)) || !ctx.amounts.some((a) => a.start >= sStart && a.end <= sEnd)) continue;
    const s = scanOrgName(text, toks, tokenAt(toks, offset));
    // a name without a head word right after its sum: "… et 250 000 $ pour L'Antr'Aidants des Laurentides"
    const sumBefore = ctx.amounts.some((a) => a.end <= offset && /^\s*pour\s+$/u.test(text.slice(a.end, offset)));
    if (accept(s, ctx, false) && (isSurelyOrganisation(s) || sumBefore && /\s/u.test(s.name) && isCapitalized(s.name))) add(s, "given");
  }
  for (const [start, end] of shareds) {
    const [sStart, sEnd] = sentenceAround(text, start);
    if (FUNDING_CUE.test(text.slice(sStart, sEnd))) readArticleList(text, toks, tokenAt(toks, end), ctx, add);
  }
  for (const [, end] of supports) {
    const s = scanOrgName(text, toks, tokenAt(toks, end));
    if (accept(s, ctx, false) && ORG_HEADS.has(foldName(s.name).split(" ")[0]) || (s && s.acronym && accept(s, ctx, false))) add(s!, "support");
  }
  for (const [start, end] of receivings) {
    // ("la Municipalité de X y obtient un appui de N $": "y" between the subject and its verb)
    const verb = tokenAt(toks, start);
    readSubject(text, toks, toks[verb - 1]?.text === "y" ? verb - 1 : verb, ctx, add, /nt(?:\s|$)/u.test(text.slice(start, end)));
  }
  // "la MRC X a reçu 1 187 400 $", "Les deux villes ont obtenu": the past of a receiving verb ("a" is no
  // start a cue can be looked up by: the participles are the cue, the auxiliary is read on the tokens)
  for (const [at] of received) {
    const k = tokenAt(toks, at);
    if (toks[k]?.start !== at || (toks[k - 1]?.text !== "a" && toks[k - 1]?.text !== "ont")) continue;
    const [start, end] = sentenceAround(text, toks[k]!.start);
    // (not a history: "Depuis sa création en 1997, la FCI a reçu plus de 12 milliards de dollars")
    if (ctx.amounts.some((a) => a.start > toks[k]!.end && a.end <= end) && !/(?<![\p{L}])depuis(?![\p{L}])/iu.test(text.slice(start, end))) {
      readSubject(text, toks, k - 1, ctx, add, toks[k - 1]!.text === "ont");
    }
  }
  for (const m of matchesAfterNonLetter(text, MUNICIPALITIES, MUNICIPALITIES_OPENERS)) {
    // "la Régie X, qui regroupe les municipalités de A et de B": the members of who receives
    if (MEMBERS_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    readPlaceList(text, m.index! + m[0].length, add);
  }
  // "Les autres organismes soutenus sont le Carrefour A, la Popote B et l'Association C": the list that "sont" opens
  if (text.includes(SUPPORTED_ARE_HINT)) {
    for (const m of matchesAfterNonLetter(text, SUPPORTED_ARE, SUPPORTED_KINDS)) {
      const end = m.index! + m[0].length;
      const [sStart, sEnd] = sentenceAround(text, end);
      if (FUNDING_CUE.test(text.slice(sStart, sEnd)) || ctx.amounts.some((a) => a.start >= sStart && a.end <= sEnd)) readArticleList(text, toks, tokenAt(toks, end), ctx, add);
    }
  }
  for (const [, from] of beneficiaries) {
    for (const p of splitBareList(text.slice(from, listEnd(text, from)))) {
      if (!/^[\p{Lu}\p{N}]/u.test(p.name) || p.name.split(/\s+/u).length > 12) continue;
      const item: Scanned = { start: from + p.offset, end: from + p.offset + p.name.length, name: p.name, acronym: ACRONYM_END.exec(p.name)?.[1] ?? null, next: 0, group: false };
      // (not a government, "145 000 $", nor a program's name heading a table after "Les bénéficiaires sont :")
      if (accept(item, ctx, false)) add(item, "list");
    }
  }
  readCleftDatives(text, toks, ctx, add);
  readThanksToAid(text, toks, ctx, add);
  readDativeReferents(text, toks, ctx, add);
  readRelativeDatives(text, toks, relatives, ctx, add);
  readColonLists(text, toks, ctx, add);
  findTableRows(text, ctx, add);
  findFlatRows(text, ctx, add);
  findParenthesisedAmounts(text, ctx, add);
  if (BULLETS.some((bullet) => text.includes(bullet))) readGappedBullets(text, toks, ctx, add);
  if (STACKED_HEADS.some((head) => text.includes(head)) && STACKED_HINT.test(text)) findStackedRows(text, ctx, add);
  const beforeHeadered = mentions.length;
  findHeaderedFlatRows(text, ctx, add);
  // a row read by its header's columns replaces the same row read without them ("Société X Dégelis 15 000 $", Dégelis
  // in the "Ville" column)
  const headered = mentions.splice(beforeHeadered);
  const replaced = (m: RecipientMention) => m.via === "table" && headered.some((row) => m.start === row.start && m.amount === row.amount && m.end !== row.end);
  mentions.splice(0, mentions.length, ...mentions.filter((m) => !replaced(m)), ...headered);
  for (const [, end] of intermediaries) {
    const s = scanOrgName(text, toks, tokenAt(toks, end));
    if (accept(s, ctx, false)) add(s, "intermediary", "intermediary");
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * "– la microbrasserie coopérative La Fûtaie, 275 000 $, pour agrandir sa salle;": a bullet item whose verb is left
 * out, as in the items before it ("– l'auberge X reçoit 540 000 $ pour …"): its name with its article and kind,
 * a comma, then its sum, and nothing but a purpose after it.
 */
const GAPPED_BULLET = /[ \t\u00A0]*[-*•–][ \t]+(?:(?:le|la|les)[ \t]+|l['’])[^\n,]{2,150},[ \t\u00A0]+(?=\d)/yu;
// (read on the trimmed rest of the line: blanks on both sides of optional parts backtrack over a long run of blanks)
const AFTER_GAPPED_SUM = /^(?:[.;](?:\s*et)?|,\s*(?:pour|afin|en\s+vue|destinée?s?|qui|dont)(?![\p{L}])[^\n]*)?$/u;

function readGappedBullets(text: string, toks: Token[], ctx: RecipientContext, add: Sink): void {
  // tried, sticky, at the start of each line a bullet opens (found by indexOf), not at every character
  const lineStarts = new Set<number>();
  for (const bullet of BULLETS) {
    for (let at = text.indexOf(bullet); at >= 0; at = text.indexOf(bullet, at + 1)) lineStarts.add(text.lastIndexOf("\n", at + (bullet[0] === "\n" ? 0 : -1)) + 1);
  }
  for (const lineStart of lineStarts) {
    GAPPED_BULLET.lastIndex = lineStart;
    const m = GAPPED_BULLET.exec(text);
    if (!m) continue;
    const sumAt = m.index + m[0].length;
    const a = ctx.amounts.find((x) => x.start === sumAt);
    const lineEnd = text.indexOf("\n", sumAt) < 0 ? text.length : text.indexOf("\n", sumAt);
    if (!a || !AFTER_GAPPED_SUM.test(text.slice(a.end, lineEnd).trim())) continue;
    const k = tokenAt(toks, m.index! + m[0].search(/[^ \t\u00A0\-*•–]/u));
    const s = scanOrgName(text, toks, k);
    // the name runs to the comma before the sum
    if (!s || toks[s.next]?.text !== "," || toks[s.next + 1]?.start !== sumAt || !accept(s, ctx, false)) continue;
    add(s, "list", "recipient", a);
  }
}

/** "Quant au Comité X, 27 000 $ lui sont accordés": the topic, taken up by "lui"/"leur" after the amount. */
const DATIVE_AFTER = /^\s+(?:lui|leur)\s+(?:(?:sont|est|seront|sera|ont\s+été|a\s+été)\s+)?(?:\p{L}+\s+)?(?:accordée?s?|octroyée?s?|versée?s?|attribuée?s?|allouée?s?|remise?s?|consentie?s?|destinée?s?|reviennent|revient|reviendront|reviendra|iront|ira|vont|va)(?![\p{L}])/u;
const TOPIC_BEFORE = /(?<![\p{L}])[Qq]uant\s+(?=(?:au|aux|à)\s)/gu;

function readDislocated(text: string, toks: Token[], a: Amount, ctx: RecipientContext, add: Sink): void {
  if (!DATIVE_AFTER.test(text.slice(a.end, a.end + 60))) return;
  const [sStart] = sentenceAround(text, a.start);
  const before = text.slice(sStart, a.start);
  if (!/,\s*$/u.test(before)) return;
  const m = [...before.matchAll(TOPIC_BEFORE)].pop();
  if (!m) return;
  const k = tokenAt(toks, sStart + m.index! + m[0].length); // "au", "aux" or "à"
  const s = scanOrgName(text, toks, k + 1);
  // the topic runs to the comma right before the amount
  if (!s || toks[s.next]?.text !== "," || toks[s.next].end !== sStart + before.trimEnd().length || !accept(s, ctx, false)) return;
  add(s, "given");
}

/** "…, et le Marathon Y, 400 000 $": a clause whose verb is left out after "X reçoit 600 000 $". */
const RECEIVING_ANY = new RegExp(RECEIVING.source, "iu");
// "…, et le Y, 400 000 $"; bare names too: "X obtient 84 300 $, Port-A, 61 000 $, et Baie-B, 72 000 $"
// (a name that keeps its capital article: "… et Les Débrouillards du Lac, 42 000 $"; a bare one after "et")
// ("… recevra 8 647 200 $ et la ville de Granby, 6,2 millions de dollars": a town by its kind in lower case)
const GAPPED_BEFORE = new RegExp(String.raw`(?:^|[,\s])et\s+(?=(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:[\p{Lu}]|${TOWN_KIND}\s+(?:de|du|d['’])\s*\p{Lu}))|(?:,\s+|\set\s+)(?:et\s+)?(?=[\p{Lu}])`, "gu");

function readGapped(text: string, toks: Token[], a: Amount, ctx: RecipientContext, add: Sink): void {
  const [sStart] = sentenceAround(text, a.start);
  const before = text.slice(sStart, a.start);
  if (!/,\s*$/u.test(before)) return;
  const earlier = ctx.amounts.some((b) => b.end <= a.start && b.start >= sStart);
  if (!earlier || !RECEIVING_ANY.test(before) && !GIVING_CUE.test(before)) return;
  const m = [...before.matchAll(GAPPED_BEFORE)].pop();
  if (!m) return;
  const s = scanOrgName(text, toks, tokenAt(toks, sStart + m.index! + m[0].length));
  // the name runs to the comma right before the amount
  if (!s || toks[s.next]?.text !== "," || toks[s.next].end !== sStart + before.trimEnd().length || !accept(s, ctx, false)) return;
  add(s, "amount", "recipient");
}

/** The noun an amount is the complement of ("un projet d'agrandissement de 9,8 M$"), when it names money given. */
const FUNDING_OF = /(?<![\p{L}])(?:aides?|subventions?|contributions?|sommes?|montants?|financements?|appuis?|soutiens?|prêts?|allocations?|bourses?|enveloppes?)(?![\p{L}])(?:\s+[\p{L}'’-]+){0,3}?\s+(?:de|d['’])\s*$/iu;

/**
 * "un projet de 9,8 M$ à Saint-Hyacinthe": a bare place after an amount that is not money given
 * ("une aide de 50 000 $ à Saint-Paulin" is) says where, not who.
 */
function placeOfProject(text: string, toks: Token[], a: Amount, offset: number): boolean {
  const k = tokenAt(toks, offset);
  if (!isPlaceAfterA(text, toks, k)) return false;
  const before = text.slice(Math.max(0, a.start - 60), a.start);
  return /(?<![\p{L}])(?:de|d['’])\s*$/iu.test(before) && !FUNDING_OF.test(before);
}

/**
 * "dont 40 000 $ pour le Grenier X": a part of a total, given to one named recipient; so is each
 * next part of the same sentence ("dont 2 M$ pour X et 850 000 $ pour Y"), `previous` the last part read.
 */
function readPartOfTotal(text: string, toks: Token[], a: Amount, ctx: RecipientContext, add: Sink, previous: Amount | null): boolean {
  if (!DONT_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) && !nextPart(text, previous, a)) return false;
  const m = DONT_AFTER.exec(text.slice(a.end, a.end + 60));
  if (!m) return false;
  const s = scanOrgName(text, toks, tokenAt(toks, a.end + m[0].length));
  if (!accept(s, ctx, false)) return false;
  add(s, "amount", "recipient", a);
  return true;
}

/** After a part "dont 2 M$ pour X", ", 1 M$ pour Y" or " et 850 000 $ pour Y" in the same sentence. */
const NEXT_PART_BEFORE = /(?:,|\s(?:et|ainsi\s+que))\s+$/u;
function nextPart(text: string, previous: Amount | null, a: Amount): boolean {
  if (!previous || a.start - previous.end > 200 || !NEXT_PART_BEFORE.test(text.slice(a.start - 12, a.start))) return false;
  const [, end] = sentenceAround(text, previous.end);
  return a.end <= end;
}

/** One item of a list after a colon ("… recevront chacun 120 000 $ :"): a bullet, a lower-case article, a capitalised name, a closing ";", "," or "." ("et" after it). */
// ("- le Comité des fêtes de Chelsea, pour la 40e édition de la Fête au village;": a purpose after the name;
// "– Le Grand Bal des Fous de Bassan, à Bonaventure;": its place)
// ("- l'organisme Loisirs adaptés Laurentides, pour …", "– la coopérative de solidarité Le Tremplin, qui …": a generic kind
// before the name; "– Théâtre X, diffuseur pluridisciplinaire établi à …;": any aside in lower case after it)
const COLON_ITEM = /^[ \t\u00A0]*(?:(?:[-–•*]|\d{1,2}[.)])[ \t\u00A0]*)?(?:(?:le|la|les|l['’])[ \t\u00A0]*)?(?:(?:organisme|organisation|entreprise|coopérative|société|corporation|association|fondation)(?:[ \t\u00A0]+(?:de|d['’])[ \t\u00A0]*\p{Ll}+)?[ \t\u00A0]+(?=\p{Lu}))?(\p{Lu}[^\n;:$\d,]*?)[ \t\u00A0]*(?:,[ \t\u00A0]+(?:(?:pour|afin|qui|dont|en\s+vue)[ \t\u00A0][^\n]*?|\p{Ll}[^\n\d$]*?|(?:à|au|aux|en|dans)[ \t\u00A0]+(?:l['’]|la[ \t\u00A0]+|les[ \t\u00A0]+)?\p{Lu}[^\n\d$;:]*?))?(?:[;,.](?:[ \t\u00A0]+et)?)?[ \t\u00A0]*$/u;

/**
 * "… recevront chacun 120 000 $ :" then one organisation per line ("le Festival X;", "- les Fêtes
 * gourmandes de Y,"): every line that is one name, up to the first line that is not; two or more.
 */
function readColonLists(text: string, toks: Token[], ctx: RecipientContext, add: Sink): void {
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    // the colon ends its line (blanks may follow); each character is looked at once
    let after = colon + 1;
    while (text[after] === " " || text[after] === "\t" || text[after] === "\u00A0") after++;
    if (text[after] !== "\n") {
      readInlineColonList(text, toks, colon, ctx, add);
      colon = after - 1;
      continue;
    }
    const at = text.lastIndexOf("\n", colon) + 1;
    const intro = text.slice(at, after + 1);
    const money = ctx.amounts.filter((a) => a.start >= at && a.end <= colon);
    if (money.length === 0 || !RECEIVING_ANY.test(intro) && !GIVING_CUE.test(intro)) continue;
    const items: Scanned[] = [];
    let pos = at + intro.length;
    while (text[pos] === "\n") pos += 1;
    for (let guard = 0; guard < 30 && pos < text.length; guard++) {
      const lineEnd = text.indexOf("\n", pos) < 0 ? text.length : text.indexOf("\n", pos);
      if (lineEnd - pos > 200) break; // an item is a name, not a paragraph
      const item = COLON_ITEM.exec(text.slice(pos, lineEnd));
      const name = item?.[1];
      if (!item || !name || name.split(/\s+/u).length > 12) break;
      const start = pos + item[0].indexOf(name);
      const acronym = ACRONYM_END.exec(name)?.[1] ?? null;
      const s: Scanned = { start, end: start + name.length, name, acronym, next: 0, group: false };
      if (!accept(s, ctx, false)) break;
      items.push(s);
      pos = lineEnd + 1;
      if (text[pos] === "\n") break; // a blank line ends the list
    }
    // "recevront chacun 120 000 $ :": one sum, each of them gets it
    // ("chacun un montant de cent mille dollars (100 000 $) :": the sum in words, then in digits, is one sum)
    const sum = money[money.length - 1]!;
    const each = money.every((a) => a.value === sum.value) && sum.qualifier === "exact" && EACH.test(intro) ? sum : undefined;
    if (items.length >= 2) for (const s of items) add(s, "list", "recipient", each);
  }
}

/**
 * "Trois autres fermes bénéficient chacune de 56 600 $ … : la Ferme A, la Bergerie B et l'entreprise
 * C.": money received or given before a colon inside the sentence, then names with their articles
 * up to the sentence's end.
 */
function readInlineColonList(text: string, toks: Token[], colon: number, ctx: RecipientContext, add: Sink): void {
  const start = fullSentenceStart(text, colon);
  if (!ctx.amounts.some((a) => a.start >= start && a.end <= colon)) return;
  const intro = text.slice(start, colon);
  if (!RECEIVING_ANY.test(intro) && !GIVING_CUE.test(intro)) return;
  const k = tokenAt(toks, colon) + 1;
  if (!ARTICLES.has(lower(toks[k]))) return;
  readArticleList(text, toks, k, ctx, add, true);
}

/** "entre l'Entraide X, la Banque Y et le Grenier Z": names with their articles, up to the end of the list. */
function readArticleList(text: string, toks: Token[], i: number, ctx: RecipientContext, add: Sink, toSentenceEnd = false): void {
  const items: Scanned[] = [];
  let end = i;
  for (let guard = 0; guard < 20; guard++) {
    let s = scanOrgName(text, toks, i);
    if (!accept(s, ctx, false)) break;
    // "le Rendez-vous jazz de Buckingham": in a list that runs to the sentence's end, a lower-case word or
    // two and a place after it go on to the item's end
    if (toSentenceEnd && !isListBoundary(toks, s.next)) {
      let e = s.next;
      while (e < s.next + 4 && isWord(toks[e]) && /^\p{Ll}+$/u.test(toks[e]!.text) && !NAME_STOP_WORDS.has(toks[e]!.text)) e++;
      if (e > s.next && isWord(toks[e]) && isCapitalized(toks[e]!.text) && isListBoundary(toks, e + 1)) {
        s = { ...s, end: toks[e]!.end, name: text.slice(s.start, toks[e]!.end), next: e + 1 };
      }
    }
    // "…, le Comité de développement de X et Loisirs Kamouraska inc.": the list's last "et" between two names the
    // scanner read as one (a firm's "A et B inc."), when the first opens on its own head and the list has items already
    const joined = items.length > 0 ? / et (?=\p{Lu})/u.exec(s.name) : null;
    if (joined && ORG_HEADS.has(s.name.split(" ")[0]!.toLowerCase()) && s.name.slice(0, joined.index).split(" ").length >= 3) {
      const second = s.start + joined.index + 4;
      items.push({ ...s, end: s.start + joined.index, name: s.name.slice(0, joined.index) });
      s = { ...s, start: second, name: s.name.slice(joined.index + 4) };
    }
    items.push(s);
    // "Le Squat Basse-Ville, à Trois-Rivières, La Piaule, à Shawinigan, et …": a place aside after an item
    if (toks[s.next]?.text === ",") {
      let c = s.next + 2;
      while (c < toks.length && c - s.next < 6 && isWord(toks[c]) && isCapitalized(toks[c]!.text)) c++;
      if (c > s.next + 2 && isListBoundary(toks, c) && isPlaceAside(toks, s.next + 1, c - 1)) s = { ...s, next: c };
    }
    // "… : la Société X, pour la numérisation de ses archives, et le Musée Y, pour une exposition.": each item's purpose
    if (toSentenceEnd && toks[s.next]?.text === "," && ["pour", "afin", "qui", "dont"].includes(lower(toks[s.next + 1]))) {
      let c = s.next + 2;
      while (c < toks.length && c - s.next < 30 && toks[c]!.text !== "," && toks[c]!.kind !== "newline" && ![".", ";", ":"].includes(toks[c]!.text)) c++;
      if (toks[c]?.text === "," || toks[c]?.text === "." || toks[c]?.text === ";") s = { ...s, next: c };
    }
    end = s.next;
    let k = s.next;
    if (toks[k]?.text === ",") k += 1;
    if (lower(toks[k]) === "et") k += 1;
    // (a list that runs to the sentence's end may name one without its article: "…, Scouts de Granby, la Ligue …")
    if (k === s.next || !(ARTICLES.has(lower(toks[k])) || toSentenceEnd && isCapitalized(toks[k]?.text ?? ""))) break;
    i = k;
  }
  // `toSentenceEnd`: the list is all the sentence has left (a "." or the end of the line), or the
  // subject of the verb that ends it ("…, le Centre E et la Corporation F recevront 15 500 $ chacun")
  if (toSentenceEnd && !(end >= toks.length || toks[end]!.kind === "newline" || [".", ";"].includes(toks[end]!.text)
    || RECEIVING_VERB_WORD.test(toks[end]!.text))) return;
  if (items.length >= 2) for (const s of items) add(s, "list");
}

/** Where an item of a list ends: ",", "et", ";", ".", a line's end or the text's. */
function isListBoundary(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t === undefined || t.kind === "newline" || [",", ";", "."].includes(t.text) || t.text === "et";
}

/** Walk back from token `last` to the start of a subject: a clause stop, a pronoun, "et la …". */
function subjectStart(toks: Token[], last: number): number {
  let j = last;
  while (j >= 0 && last - j < 32) {
    const t = toks[j];
    const abbreviation = isSuffixDot(toks, j);
    const ampersand = t.text === "&" && isWord(toks[j - 1]) && isCapitalized(toks[j - 1].text);
    // "CIUSSS de l'Estrie - Centre hospitalier universitaire de Sherbrooke": a dash between two parts of a name
    // (not a headline's two parts: "… au Centre-du-Québec - Trois organismes communautaires reçoivent")
    const dash = (t.text === "-" || t.text === "–") && isWord(toks[j - 1]) && isCapitalized(toks[j - 1].text) && isWord(toks[j + 1]) && isCapitalized(toks[j + 1].text)
      && !COUNT_WORDS.has(lower(toks[j + 1]));
    if (t.kind === "newline" || (t.kind === "punct" && t.text !== ")" && t.text !== "(" && !abbreviation && !ampersand && !dash)) break;
    if (t.kind === "word" && !isCapitalized(t.text) && NAME_STOP_WORDS.has(lower(t))) break;
    // "…, et la Ville de Matane reçoit": a second clause starts after "et"
    // ("de Saint-Boniface et de Notre-Dame": a list; not "de santé et de services sociaux": "de" goes on inside a name)
    if (t.kind === "word" && t.text === "et" && ARTICLES.has(lower(toks[j + 1]))
      && (!/^(?:de|d['’]|du|des)$/u.test(lower(toks[j + 1])) || (isWord(toks[j + 2]) && isCapitalized(toks[j + 2]!.text)))) break;
    j -= 1;
  }
  // "1) La Ville de X reçoit", "2. La MRC Y décroche", "b) Le Centre Z obtient": an item's number opens the line, not the name
  if ((j < 0 || toks[j]!.kind === "newline") && /^(?:\p{N}{1,2}|[a-z])$/u.test(toks[j + 1]?.text ?? "") && (toks[j + 2]?.text === ")" || toks[j + 2]?.text === ".")) j += 2;
  return j;
}

/**
 * "Les trois carrefours jeunesse-emploi, soit le Carrefour A, le Carrefour B et le Carrefour C,
 * recevront chacun 45 000 $", "Trois organismes — A, B et C — se partagent 85 000 $": a plural
 * subject, then the names it stands for after "soit" or between dashes, up to the comma or dash
 * before the verb. Every item must be a name; true when they were read.
 */
function readNamedSubjects(text: string, toks: Token[], verb: number, ctx: RecipientContext, add: Sink): boolean {
  // ", soit A, B et C," or "— A, B et C —"
  const close = toks[verb - 1]?.text;
  const dash = close === "—" || close === "–";
  if (close !== "," && !dash) return false;
  const opens = (t: Token) => (dash ? t.text === close : lower(t) === "soit");
  let q = verb - 2;
  while (q > 0 && verb - q < 60 && toks[q]!.kind !== "newline" && ![".", ";", ":"].includes(toks[q]!.text) && !opens(toks[q]!)) q--;
  // "deux entreprises familiales, A et B, obtiennent chacune": the apposition right after the plural subject
  let apposition = false;
  if (!opens(toks[q]!) && !dash) {
    let opening = sentenceOpening(text, toks, toks[verb]!.start);
    let c = opening;
    while (c < verb && toks[c]!.text !== ",") c++;
    // ("En outre, deux entreprises …": after an adverb of a word or three)
    if (c - opening <= 3 && !toks.slice(opening, c).some((t) => PLURAL_KINDS.has(lower(t)))) {
      opening = c + 1;
      c = opening;
      while (c < verb && toks[c]!.text !== ",") c++;
    }
    const subject = toks.slice(opening, c);
    apposition = c > opening && c < verb - 1 && subject.length <= 5 && subject.some((t) => PLURAL_KINDS.has(lower(t)))
      && subject.every((t, n) => isWord(t) && (n === 0 || !isCapitalized(t.text)));
    if (apposition) q = c;
  }
  if (!apposition && (!opens(toks[q]!) || (dash ? !isWord(toks[q - 1]) : toks[q - 1]?.text !== ","))) return false;
  // "Trois organismes — …": the subject says what they are, so a name without a head word is one
  let said = false;
  for (let k = sentenceOpening(text, toks, toks[q]!.start); k < q && !said; k++) said = PLURAL_KINDS.has(lower(toks[k]));
  const names = namesUpTo(text, toks, q + 1, verb - 1, (s) => accept(s, ctx, false) && (said || isOrganisationName(s)));
  if (!names || names.length < 2) return false;
  for (const s of names) add(s, "receiving-verb");
  return true;
}

/** What opens a relative aside: "qui", "dont", "par le biais duquel", "grâce à laquelle". */
const RELATIVE_ASIDE = /^\s*(?:qui|dont|où|auquel|à\s+laquelle|(?:par\s+le\s+biais|par\s+l['’]entremise|par\s+l['’]intermédiaire|grâce\s+à|au\s+moyen)\s+(?:duquel|de\s+laquelle|desquels|auquel|à\s+laquelle))(?![\p{L}])/u;
/**
 * "… par le Centre X (CX), auquel le ministère accorde à cette fin une somme de 10,8 M$", "la
 * Coopérative Y, à qui Québec verse 200 000 $": the name before ", auquel" / ", à qui" receives what the
 * relative clause gives.
 */
function readRelativeDatives(text: string, toks: Token[], found: [number, number][], ctx: RecipientContext, add: Sink): void {
  for (const [start] of found) {
    const k = tokenAt(toks, start);
    if (toks[k]?.start !== start) continue;
    const w = toks[k]!.text;
    if (w !== "auquel" && w !== "auxquels" && w !== "auxquelles" && !((w === "laquelle" || w === "qui") && toks[k - 1]!.text === "à")) continue;
    const comma = w === "auquel" || w === "auxquels" || w === "auxquelles" ? k - 1 : k - 2;
    if (toks[comma]?.text !== ",") continue;
    // a giving verb within the clause, and money after it in the sentence
    // (or its passive: "la MRC de Papineau, à qui est octroyée une somme de 85 000 $")
    const gives = (t: number) => DATIVE_VERBS.has(toks[t]?.text ?? "") || GIVEN_PARTICIPLE.test(toks[t]?.text ?? "") && PASSIVE_AUXILIARIES.has(toks[t - 1]?.text ?? "");
    let v = k + 1;
    while (v < toks.length && v - k < 14 && !gives(v) && toks[v]!.kind !== "newline" && ![".", ";", ":", ","].includes(toks[v]!.text)) v++;
    if (!gives(v)) continue;
    const [, end] = sentenceAround(text, toks[v]!.start);
    if (!ctx.amounts.some((a) => a.start > toks[v]!.end && a.end <= end)) continue;
    const from = subjectStart(toks, comma - 1);
    for (let p = from + 1; p < comma; p++) {
      let s = scanOrgName(text, toks, p);
      // "(CISSS de l'Abitibi)": a short name of several words in parentheses closes the name
      if (s && s.next < comma && toks[s.next]!.text === "(" && toks[comma - 1]!.text === ")") {
        s = { ...s, end: toks[comma - 1]!.end, name: text.slice(s.start, toks[comma - 1]!.end), next: comma };
      }
      if (s && s.next === comma && accept(s, ctx, false) && isOrganisationName(s)) { add(s, "giving-verb"); break; }
    }
  }
}

// (and the towns a place serves: "le centre sportif, qui dessert aussi les municipalités voisines de A et de B")
const MEMBERS_BEFORE = /(?:regroupe|regroupent|regroupant|réunit|réunissent|réunissant|composée?s?\s+d|formée?s?\s+d|membres?\s+d|dessert|desservent|desservant|desservira|créée?s?(?:\s+en\s+\d{4})?\s+par|fondée?s?(?:\s+en\s+\d{4})?\s+par)\S*\s+(?:\p{Ll}+\s+)?(?:les\s+)?$/u;
const PLURAL_KINDS = new Set(["organismes", "organisations", "entreprises", "coopératives", "associations", "fondations", "sociétés", "établissements",
  "cuisines", "maisons", "centres", "clubs", "carrefours", "comités", "corporations", "regroupements", "groupes", "popotes", "banques",
  "festivals", "musées", "théâtres", "troupes"]);

/** "l'organisme X reçoit", "ce sont 21 mandataires des Alliances … qui bénéficieront de la somme". */
function readSubject(text: string, toks: Token[], verb: number, ctx: RecipientContext, add: Sink, plural = false): void {
  // "Les résidents de Sept-Îles et de Port-Cartier bénéficieront …": people of a place, not a recipient
  if (PEOPLE_SUBJECT.test(text.slice(fullSentenceStart(text, toks[verb]!.start), toks[verb]!.start))) return;
  if (plural && (readRespectiveSubjects(text, toks, verb, ctx, add) || readNamedSubjects(text, toks, verb, ctx, add) || readListedSubjects(text, toks, verb, ctx, add))) return;
  // "La Coopérative X construira 48 logements. Elle reçoit 6 850 000 $ …": a pronoun that opens the sentence takes up
  // the organisation of its gender the sentence before opens on
  // ("Celle-ci recevra …"; "À Alma, la coopérative X met en place … Celle-ci recevra": after the town the sentence opens on)
  if (["Elle", "Il", "Celle-ci", "Celui-ci"].includes(toks[verb - 1]?.text ?? "") && sentenceOpening(text, toks, toks[verb]!.start) === verb - 1) {
    const here = fullSentenceStart(text, toks[verb - 1]!.start);
    if (here === 0) return;
    const { s, open } = openingSubject(text, toks, fullSentenceStart(text, here - 1));
    // (an organisation by its head, legal form, or the kind before it: "la fromagerie artisanale La Chèvrerie X")
    if (s && s.end <= here && agreesWith(s, ["Il", "Celui-ci"].includes(toks[verb - 1]!.text)) && accept(s, ctx, false) && (isSurelyOrganisation(s) || afterKind(s, toks, open))) {
      add(s, "receiving-verb", "recipient", undefined, { start: toks[verb - 1]!.start, end: toks[verb - 1]!.end });
      return;
    }
    // ("… sera piloté par la MRC X. Celle-ci obtient": the nearest one of its gender, read below)
    if (!/^Cel/u.test(toks[verb - 1]!.text)) return;
  }
  // "La Ville de X est heureuse d'annoncer qu'elle bénéficiera d'une aide …": the subject of the sentence says it of itself
  if (["elle", "il"].includes(lower(toks[verb - 1])) && /^qu['’]$/iu.test(toks[verb - 2]?.text ?? "")) {
    const s = scanOrgName(text, toks, sentenceOpening(text, toks, toks[verb]!.start));
    const between = s ? toks.slice(s.next, verb - 2) : [];
    // (of its gender, nothing named between: not "La Ville rappelle au Club qu'il recevra …")
    if (s && agreesWith(s, lower(toks[verb - 1]) === "il") && between.length <= 8 && between.every((t) => (isWord(t) && !isCapitalized(t.text)) || t.kind === "elision")
      && accept(s, ctx, false) && isSurelyOrganisation(s)) add(s, "receiving-verb");
    return;
  }
  const latter = latterReferent(text, toks, verb, ctx);
  if (latter) return add(latter.name, "receiving-verb", "recipient", undefined, latter.at);
  if (ORDINAL.test(toks[verb - 1]?.text ?? "") && /^(?:le|la)$/iu.test(toks[verb - 2]?.text ?? "")) return readOrdinalSubject(text, toks, verb, ctx, add);
  const owner = projectOwner(text, toks, verb, ctx) ?? namedAfterDescription(text, toks, verb, ctx) ?? subjectOfFirstVerb(text, toks, verb, ctx)
    ?? cleftSubject(text, toks, verb, ctx);
  if (owner) return add(owner, "receiving-verb");
  // "Quant au Centre X, de Pointe-Calumet, il reçoit 18 300 $": the topic is the subject
  if (["il", "elle", "ils", "elles"].includes(lower(toks[verb - 1])) && toks[verb - 2]?.text === ",") {
    for (let q = verb - 3; q > 0 && verb - q < 30; q--) {
      // (the dot of "inc." ends no sentence)
      if (toks[q]!.kind === "newline" || [".", ";", ":"].includes(toks[q]!.text) && !isSuffixDot(toks, q)) return;
      if (lower(toks[q]) !== "quant" || !["à", "au", "aux"].includes(lower(toks[q + 1]))) continue;
      let s = scanOrgName(text, toks, q + 2);
      // "Le Pignon bleu,": a lower-case word or two of the name, up to the comma
      let e = s?.next ?? 0;
      while (s && e < s.next + 2 && isWord(toks[e]) && /^\p{Ll}+$/u.test(toks[e]!.text) && !NAME_STOP_WORDS.has(toks[e]!.text) && !NAME_CONNECTORS_LOWER.has(toks[e]!.text)) e++;
      if (s && e > s.next && toks[e]?.text === ",") s = { ...s, end: toks[e - 1]!.end, name: text.slice(s.start, toks[e - 1]!.end), next: e };
      if (!s || toks[s.next]?.text !== "," || !accept(s, ctx, false)) return;
      // the topic runs to the comma before the pronoun, or to a place aside (", de Pointe-Calumet,"), or to an
      // apposition (", organisatrice de la traversée à la nage du lac,") with no other comma in it
      // (or a relative clause: "Quant à Thermoformes X inc., qui conçoit des panneaux …, elle obtient")
      const aside = (opensApposition(toks[s.next + 1]) || ["qui", "dont"].includes(lower(toks[s.next + 1])))
        && !toks.slice(s.next + 1, verb - 2).some((t) => t.text === "," || t.kind === "newline");
      if (s.next === verb - 2 || isPlaceAside(toks, s.next + 1, verb - 3) || aside) add(s, "receiving-verb");
      return;
    }
    return;
  }
  let j = beforeAside(toks, verb - 1);
  const qui = lower(toks[j]) === "qui";
  if (qui) j -= 1;
  let relative = toks[j]?.text === ",";
  if (relative) j -= 1; // "le projet de la Fondation Y, qui reçoit …": the nearest organisation before the comma
  let last = j;
  j = subjectStart(toks, last);
  // ", qui livre 300 repas par semaine, reçoit": a relative clause between the subject and its verb
  if (relative && !qui) j = relativeClauseStart(toks, last, j);
  // "Les Ateliers X inc., une entreprise de Saint-Siméon …, obtient", "La Lanterne, centre de crise du …, obtient":
  // the subject is before the apposition
  // ", établie à Baie-Saint-Paul depuis 1998,": a participle's aside may hold words that stop a name
  if (relative && !qui && toks[j]?.text !== ",") {
    let c = last;
    while (c > 0 && last - c < 16 && toks[c]!.kind !== "newline" && !(toks[c]!.kind === "punct" && toks[c]!.text !== "-")) c--;
    if (toks[c]?.text === "," && APPOSITION_PARTICIPLE.test(lower(toks[c + 1]))) j = c;
  }
  // "Le Théâtre X, un organisme sans but lucratif qui gère depuis 1979 une salle de 420 places, obtient":
  // a long apposition that says the name before it is an organisation's
  // (", un centre collégial rattaché au Cégep X, par le biais duquel les sommes seront versées, reçoit": a
  // relative aside after it)
  if (relative && !qui && toks[j]?.text !== ",") {
    let c = last;
    for (let asides = 0; asides < 2; asides++) {
      while (c > 0 && last - c < 40 && toks[c]!.kind !== "newline" && !(toks[c]!.kind === "punct" && !["-", "'", "’", "(", ")"].includes(toks[c]!.text))) c--;
      if (describedAsOrganisation(toks, c)) { j = c; break; }
      if (toks[c]?.text !== "," || !RELATIVE_ASIDE.test(text.slice(toks[c]!.end, toks[c]!.end + 40))) break;
      c -= 1;
    }
  }
  if (relative && !qui && toks[j]?.text === "," && (opensApposition(toks[j + 1]) || ["qui", "dont"].includes(lower(toks[j + 1]))
    || isPlaceAside(toks, j + 1, last))) {
    relative = false;
    last = j - 1;
    j = subjectStart(toks, last);
  }
  if (relative) {
    // "• la radio Radio X (CKVN), à Hearst, qui obtient", "le Théâtre X, seule compagnie de théâtre du Grand
    // Sudbury, qui recevra": back over a place aside or an apposition to the name before it
    for (let asides = 0; asides < 2; asides++) {
      for (let p = j + 1; p <= last; p++) {
        const s = scanOrgName(text, toks, p);
        // (or a name after its kind: "Son voisin de Matane, le festival Vents et Marées, obtient")
        // (a business by its trade or legal form too: "la Laiterie X, qui obtient", "Les Vergers X inc., qui recevront")
        if (s && s.next === last + 1 && accept(s, ctx, false) && (ORG_HEADS.has(s.name.split(/[\s'’]/u)[0].toLowerCase()) || s.acronym
          || isOrganisationName(s) || endsWithLegalSuffix(s.name)
          || (p < tokenAt(toks, s.start) && descriptorEnd(toks, p + (DEFINITE.test(toks[p]!.text) ? 1 : 0)) >= 0))
          && (isCapitalized(s.name) || asides === 0 && !(toks[j]?.text === "," && opensApposition(toks[j + 1])))) {
          add(s, "receiving-verb");
          // "Les deux organismes, A et le Centre B, se partagent …": a plural verb, both names of the apposition are subjects
          if (plural) readFirstOfPair(text, toks, p, ctx, add);
          return;
        }
      }
      if (!qui || toks[j]?.text !== "," || !(isPlaceAside(toks, j + 1, last) || opensApposition(toks[j + 1]))) return;
      last = j - 1;
      j = subjectStart(toks, last);
    }
    return;
  }
  // "L'organisme recevra …", "le centre de services scolaire recevra …": a name given before
  // "À Saint-Léonard-d'Aston, la municipalité recevra …", "À Port-Cartier, la Ville obtient …": the town the sentence opens on
  const town = townBeforeSubject(text, toks, j, last);
  if (town) return add(town.name, "receiving-verb", "recipient", undefined, town.at);
  const takeUp = () => {
    const earlier = takenUpName(text, toks, j + 1, ctx, last);
    if (earlier) add(earlier.name, "receiving-verb", "recipient", undefined, earlier.at);
  };
  const s = scanOrgName(text, toks, j + 1, true);
  if (!s || s.next > last + 1) return takeUp();
  // "A, B et C reçoivent": the tail of a list, not one name (not after "Enfin," nor when an acronym closes the name)
  // ("santé et de services sociaux" is inside one name: "et" then a lower-case word)
  const legalLast = LEGAL_SUFFIXES.has(lower(toks[last])) || isSuffixDot(toks, last); // "… et Fils inc."
  if (toks[j]?.text === "," && / et (?:(?:la|le|les) |l['’])?\p{Lu}/u.test(s.name) && !legalLast && !s.acronym
    && !SENTENCE_ADVERBS.has(lower(toks[j - 1])) && beforeAside(toks, j - 1) === j - 1) return;
  // the subject ends at the verb: "mandataires des Alliances pour la solidarité qui bénéficieront"
  const whole = s.acronym ? s : { ...s, end: toks[last].end, name: text.slice(s.start, toks[last].end).replace(/\s+/gu, " ") };
  // "Les entreprises Bois Francs X ltée et Ébénisterie Y obtiennent chacune": a company's legal form
  // ends the first of two subjects
  // ("Louiseville et Yamachiche se partagent": two one-word names before a plural verb, two towns; one name would take a singular)
  const split = plural ? LEGAL_FORM_THEN_ET.exec(whole.name) ?? TWO_WORDS_ET.exec(whole.name) : null;
  if (split) {
    const first: Scanned = { ...whole, end: whole.start + split[1]!.length, name: split[1]! };
    const at = whole.start + whole.name.length - split[2]!.length;
    const second: Scanned = { ...whole, start: at, name: split[2]! };
    if (accept(first, ctx, false) && accept(second, ctx, false)) {
      add(first, "receiving-verb");
      add(second, "receiving-verb");
      return;
    }
  }
  // "Une entreprise (Gaspé, Québec) reçoit": the end of an aside, not a name
  const balanced = whole.name.split("(").length === whole.name.split(")").length;
  if (!balanced || !accept(whole, ctx, true)) return takeUp();
  add(whole, "receiving-verb");
  // "La Corporation A et la Société B se partageront …": a plural verb, no comma before "et": both are subjects
  const prev = toks[j - 1];
  if (plural && lower(toks[j]) === "et" && prev && (prev.kind === "word" || prev.text === ")" || isSuffixDot(toks, j - 1))) {
    const before = subjectStart(toks, j - 1);
    const first = scanOrgName(text, toks, before + 1);
    if (first && first.next === j && accept(first, ctx, false)) add(first, "receiving-verb");
  }
}

/**
 * "A, B et le Centre C (CC) recevront respectivement 1,15 M$, 640 000 $ et 2 M$": the sentence opens
 * on the list of subjects, as many names as amounts after the verb; every one is a recipient (grants
 * pairs them with the amounts by order). False when the sentence is not of that shape.
 */
function readRespectiveSubjects(text: string, toks: Token[], verb: number, ctx: RecipientContext, add: Sink): boolean {
  if (lower(toks[verb + 1]) !== "respectivement" && lower(toks[verb + 2]) !== "respectivement") return false;
  const [, end] = sentenceAround(text, toks[verb]!.end);
  const count = ctx.amounts.filter((a) => a.start > toks[verb]!.end && a.end <= end).length;
  const names = namesUpTo(text, toks, sentenceOpening(text, toks, toks[verb]!.start), verb, (s) => accept(s, ctx, false));
  if (!names || names.length < 2 || names.length !== count) return false;
  for (const s of names) add(s, "receiving-verb");
  return true;
}

/**
 * Names apart by ",", "et" or ", et" from token `from` up to token `stop` (or a comma right before it),
 * each with its place aside if it has one ("La Ferme X, à Warwick, et l'entreprise Y, à Saint-Rosaire,"),
 * each one `ok` accepts; null when the tokens are not that.
 */
function namesUpTo(text: string, toks: Token[], from: number, stop: number, ok: (s: Scanned) => boolean): Scanned[] | null {
  const names: Scanned[] = [];
  for (let q = from; q < stop;) {
    const s = scanOrgName(text, toks, q);
    if (!s || s.next > stop || !ok(s)) return null;
    names.push(s);
    let n = s.next;
    if (toks[n]?.text === ",") {
      let c = n + 1;
      while (c < stop && c - n < 6 && toks[c]!.text !== ",") c++;
      if (toks[c]?.text === "," && isPlaceAside(toks, n + 1, c - 1)) n = c;
    }
    if (n === stop || n === stop - 1 && toks[n]!.text === ",") return names;
    q = n + 1;
    if (toks[n]!.text === "," && lower(toks[q]) === "et") q++;
    else if (toks[n]!.text !== "," && lower(toks[n]) !== "et") return null;
  }
  return null;
}

/**
 * "La MRC de A, la MRC de B et la MRC de C recevront chacune 450 000 $": the sentence opens on a list of
 * three names or more, each an organisation's by its head (all but one), right up to the plural verb; every one is a
 * subject. False when the sentence is not of that shape.
 */
function readListedSubjects(text: string, toks: Token[], verb: number, ctx: RecipientContext, add: Sink): boolean {
  // ("Le Festival X, le Festival Y et les Rendez-vous de la chanson de Z recevront chacun": a name without a
  // head among them, when the others have one)
  const names = namesUpTo(text, toks, sentenceOpening(text, toks, toks[verb]!.start), verb, (s) => accept(s, ctx, false) && isCapitalized(s.name));
  // (that one of three words or more: not "Enfin", "À Rawdon", a lone place)
  if (!names || names.length < 3 || !names.every((n) => isSurelyOrganisation(n) || n.name.split(" ").length >= 3 && !/^(?:À|Au|Aux|En|Dans|Pour|Par)\s/u.test(n.name))
    || names.filter(isSurelyOrganisation).length < names.length - 1) return false;
  for (const s of names) add(s, "receiving-verb");
  return true;
}

/** "Le projet de la Station X bénéficie aussi de 280 000 $": the sentence opens on whose project receives. */
function projectOwner(text: string, toks: Token[], verb: number, ctx: RecipientContext): Scanned | null {
  let q = sentenceOpening(text, toks, toks[verb]!.start);
  if (!/^(?:le|ce)$/iu.test(toks[q]?.text ?? "") || lower(toks[q + 1]) !== "projet") return null;
  q += 2;
  if (lower(toks[q]) === "de" && ARTICLES.has(lower(toks[q + 1]))) q += 2;
  else if (["du", "d'", "d’"].includes(lower(toks[q]))) q += 1;
  else return null;
  const s = scanOrgName(text, toks, q);
  // an organisation, not a place: "Le projet de Lévis obtient" says where
  return s && s.next === verb && accept(s, ctx, false) && isOrganisationName(s) ? s : null;
}

/**
 * A description, then the name it gives, right before the verb: "Une jeune entreprise de fumage
 * établie à Grande-Vallée (Le Boucanier de la Pointe inc.) reçoit", "Le regroupement de producteurs
 * connu sous le nom de Coop des Jardins de la Baie obtient".
 */
function namedAfterDescription(text: string, toks: Token[], verb: number, ctx: RecipientContext): Scanned | null {
  const last = verb - 1;
  if (toks[last]?.text === ")") {
    let open = last - 1;
    while (open > 0 && last - open < 16 && toks[open]!.text !== "(" && toks[open]!.kind !== "newline") open--;
    // two words or more inside: one is an acronym or a place ("(CCTM)", "(Rimouski)")
    if (toks[open]?.text !== "(" || last - open < 3) return null;
    let s = scanOrgName(text, toks, open + 1);
    // a capital article inside the parentheses is the name's own: "(Le Boucanier de la Pointe inc.)"
    if (s && /^(?:Le|La|Les|L['’])$/u.test(toks[open + 1]!.text) && s.start > toks[open + 1]!.start) {
      s = { ...s, start: toks[open + 1]!.start, name: text.slice(toks[open + 1]!.start, s.end) };
    }
    return s && s.next === last && accept(s, ctx, false) && isOrganisationName(s) ? s : null;
  }
  for (let q = last; q > 2 && last - q < 24; q--) {
    const t = toks[q]!;
    if (t.kind === "newline" || [".", ";", ":"].includes(t.text)) return null;
    if (lower(t) !== "nom" || lower(toks[q - 1]) !== "le" || lower(toks[q - 2]) !== "sous") continue;
    // "la Coopérative de solidarité du Lac-Sacré, mieux connue sous le nom de Coop du Lac, décroche": a name, then
    // the other name it goes by, set apart: the first is the name
    let c = q - 3;
    const alias = ["de", "du", "des", "d'", "d’"].includes(lower(toks[q + 1])) ? scanOrgName(text, toks, q + 2) : null;
    const aliasLast = alias !== null && (alias.next === verb || toks[alias.next]?.text === "," && alias.next + 1 === verb);
    if (aliasLast && /^connue?s?$/u.test(toks[c]?.text ?? "")) {
      while (c > 0 && /^(?:mieux|aussi|plutôt|surtout)$/u.test(toks[c - 1]!.text)) c--;
      if (toks[c - 1]?.text === ",") {
        const s = scanOrgName(text, toks, subjectStart(toks, c - 2) + 1);
        if (s && s.next === c - 1 && accept(s, ctx, false) && isSurelyOrganisation(s)) return s;
      }
    }
    const k = ["de", "du", "des", "d'", "d’"].includes(lower(toks[q + 1])) ? q + 2 : -1;
    const s = k > 0 ? scanOrgName(text, toks, k) : null;
    return s && s.next === verb && accept(s, ctx, false) ? s : null;
  }
  return null;
}

/**
 * Where money is given to "lui"/"leur" ("Le ministère lui accorde une aide de …"), or a government
 * puts money into the project named before ("Québec y injecte 8,75 M$", "Le gouvernement du Canada
 * investit 8 400 000 $ dans ce projet"): [start, end) of the words that take it up. Read on the
 * document's tokens: patterns with a look-behind, run over the whole text, cost more than all the
 * other cues together.
 */
function dativeSpans(sourceText: string, toks: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  // "Québec", "le gouvernement du Canada", "Les gouvernements du Canada et du Québec"
  // (or a body by its acronym: "La Société d'habitation du Québec (SHQ) y contribue")
  const funderBefore = (k: number) => FUNDER_WORDS.has(toks[k]?.text ?? "") || toks[k]?.text === ")" && isAcronym(text(k - 1)) && text(k - 2) === "("
    || (toks[k]?.text === "Québec" || toks[k]?.text === "Canada") && toks[k - 1]?.text === "du"
      && (/^gouvernements?$/u.test(text(k - 2)) || text(k - 2) === "et" && /^gouvernements$/u.test(text(k - 5)));
  // the words compared as written (lower-case in running text): no lower-casing of every token
  const text = (k: number) => toks[k]?.text ?? "";
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.text;
    // "lui accorde", "leur verse"
    if ((w === "lui" || w === "leur") && DATIVE_VERBS.has(text(k + 1))) spans.push([toks[k]!.start, toks[k + 1]!.end]);
    // "Grâce à une contribution de 1,75 M$ de DEC, elle pourra agrandir …": the subject of what the money allows
    else if ((w === "elle" || w === "il") && toks[k - 1]?.text === ",") {
      for (let b = k - 2; b >= 0 && k - b < 30 && toks[b]!.text !== "." && toks[b]!.kind !== "newline"; b--) {
        if (toks[b]!.text === "Grâce" && /^(?:à|au|aux)$/u.test(text(b + 1))) { spans.push([toks[k]!.start, toks[k]!.end]); break; }
      }
    }
    // "Le montant qui lui est octroyé s'élève à …", "1,2 M$ lui sera versé"
    else if ((w === "lui" || w === "leur") && PASSIVE_AUXILIARIES.has(text(k + 1)) && GIVEN_PARTICIPLE.test(text(k + 2))) {
      spans.push([toks[k]!.start, toks[k + 2]!.end]);
    }
    // "Québec y injecte"
    else if (w === "y" && INVESTS.has(text(k + 1)) && funderBefore(k - 1)) spans.push([toks[k]!.start, toks[k + 1]!.end]);
    // "Le gouvernement du Canada investit 5 234 000 $ et le gouvernement du Québec, 4 361 667 $.": both shares, the
    // project and whom it is for named in the sentences around
    // (a Set lookup hashes the token's text: only before a number, two char codes compared first)
    else if (isDigitAt(toks[k + 1]?.text ?? "") && INVESTS.has(w) && funderBefore(k - 1) && TWO_SHARES.test(sourceText.slice(toks[k]!.end, toks[k]!.end + 120))) {
      spans.push([toks[k]!.start, toks[k]!.end]);
    }
    // "Le gouvernement du Canada investit 8 400 000 $ dans ce projet"
    else if (w === "projet" && text(k - 1) === "ce" && (text(k - 2) === "dans" || text(k - 2) === "à")) {
      for (let v = k - 3; v >= 0 && k - v < 16 && toks[v]!.text !== "." && toks[v]!.kind !== "newline"; v--) {
        if (INVESTS.has(text(v)) && funderBefore(v - 1)) { spans.push([toks[v]!.start, toks[v]!.end]); break; }
      }
    }
  }
  return spans;
}
const DATIVE_VERBS = new Set(["verse", "versera", "accorde", "accordera", "octroie", "octroiera", "consent", "consentira", "attribue",
  "attribuera", "alloue", "allouera", "remet", "remettra", "offre", "offrira"]);
const PASSIVE_AUXILIARIES = new Set(["est", "sont", "sera", "seront", "a", "ont"]);
const GIVEN_PARTICIPLE = /^(?:octroyé|accordé|versé|attribué|alloué|remis|consenti|offert|réservé|destiné)e?s?$/u;
const INVESTS = new Set(["injecte", "injectera", "investit", "investira", "consacre", "consacrera", "injectent", "investissent",
  "investiront", "consacrent", "consacreront", "accorde", "accordera", "verse", "versera", "contribue", "contribuera"]);
const isDigitAt = (word: string) => { const c = word.charCodeAt(0); return c <= 0x39 && c >= 0x30; };
/** After "investit": the sum, then the other government's share with its verb left out ("N $ et le gouvernement du Québec, M $"). */
const TWO_SHARES = /^\s*(?:plus\s+de\s+|près\s+de\s+)?\d[\d \u00A0\u202F,]*(?:\s*(?:M|G|k))?\s*\$\s+et\s+(?:le|la)\s+gouvernement\s+(?:du|de\s+la|de\s+l['’])\s*\p{Lu}[\p{L}-]*\s*,\s*\d/u;
const FUNDER_WORDS = new Set(["Québec", "Ottawa", "gouvernement", "ministère", "fédéral"]);

/**
 * "Le Théâtre X, qui célébrera ses 75 ans, fait face à des travaux. Le ministère lui accorde une
 * aide de 1,4 M$": the organisation the sentence before opens on is the one "lui" stands for.
 */
function readDativeReferents(text: string, toks: Token[], ctx: RecipientContext, add: Sink): void {
  for (const [from, to] of dativeSpans(text, toks)) {
    const [start, end] = sentenceAround(text, from);
    // the sum after the words ("lui accorde 1,4 M$") or before them ("Une deuxième tranche de 160 000 $ lui sera versée")
    if (!ctx.amounts.some((a) => a.start >= start && a.end <= end)) continue;
    // the organisation one of the two sentences before opens on ("La Ville de X construira un centre …
    // Le gouvernement du Canada investit 8,4 M$ dans ce projet … Le gouvernement du Québec y consacre …")
    let here = fullSentenceStart(text, from);
    // "Quant à la Ferme X inc., une exploitation laitière de Y, Québec lui octroie 125 000 $": the topic the sentence opens on
    const topic = sentenceTopic(text, toks, here, from, ctx);
    if (topic) {
      add(topic, "receiving-verb", "recipient", undefined, { start: from, end: to });
      continue;
    }
    for (let back = 0; back < 2 && here > 0; back++) {
      const before = fullSentenceStart(text, here - 1);
      // prose only: a table's last row or a list item is no sentence "y" refers to (unless the item
      // goes on with this sentence: "• X, un organisme …, construira 72 logements. La SHQ lui accorde …")
      const line = text.slice(before, here);
      if (line.includes("|") || (BULLET_AT.test(line) && text.slice(before, from).includes("\n"))) break;
      let open = sentenceOpening(text, toks, before);
      // "Établie à Magog depuis 1998, l'entreprise X cultive …": the subject after an opening participle's phrase
      if (OPENING_PARTICIPLE.test(toks[open]?.text ?? "")) {
        let c = open + 1;
        while (c < toks.length && c - open < 12 && toks[c]!.text !== "," && toks[c]!.text !== ".") c++;
        if (toks[c]?.text === ",") open = c + 1;
      }
      const s = scanOrgName(text, toks, open);
      // (not a counted class: "Les trois MRC de l'ouest de la région … Québec leur accorde un total de 1,35 M$")
      const counted = COUNT_WORDS.has(lower(toks[open + 1])) || /^\p{N}+$/u.test(toks[open + 1]?.text ?? "");
      if (s && !counted && s.end <= here && accept(s, ctx, false) && (isOrganisationName(s) || describedAsOrganisation(toks, s.next) || endsWithLegalSuffix(s.name))) {
        add(s, "receiving-verb", "recipient", undefined, { start: from, end: to });
        break;
      }
      // a government puts money into the project ("y investit"): the organisation that carries it
      // out, named the sentence before ("Le projet … sera réalisé par la Ville de X") or after ("La
      // Ville de X assume le reste des coûts")
      const lead = toks[tokenAt(toks, from)]!.text;
      const owner = (lead === "y" || INVESTS.has(lead)) && back === 0 ? projectCarrier(text, toks, before, here, end, ctx) : null;
      if (owner) {
        add(owner, "receiving-verb", "recipient", undefined, { start: from, end: to });
        break;
      }
      here = before;
    }
  }
}

/** "grâce à un soutien financier de", "grâce à une aide de", "grâce à l'appui": the money that lets the subject act. */
const THANKS_TO_AID = /^grâce\s+à\s+(?:un|une|l['’])\s*(?:(?:importante?|nouvelle?|nouvel)\s+)?(?:appui|soutien|aide|contribution|subvention|financement|investissement|prêt)(?![\p{L}])/u;

/**
 * "Les Serres X inc. pourra agrandir ses installations grâce à un soutien financier de 2,75 M$": the organisation
 * the sentence opens on, the subject of what the money lets it do, receives it.
 */
function readThanksToAid(text: string, toks: Token[], ctx: RecipientContext, add: Sink): void {
  for (let at = text.indexOf("grâce à "); at >= 0; at = text.indexOf("grâce à ", at + 8)) {
    if (!THANKS_TO_AID.test(text.slice(at, at + 60))) continue;
    const [sStart, sEnd] = sentenceAround(text, at);
    if (!ctx.amounts.some((a) => a.start >= at && a.end <= sEnd)) continue;
    const open = sentenceOpening(text, toks, Math.max(sStart, at - 1));
    if (toks[open]!.start > at) continue;
    const s = scanOrgName(text, toks, open);
    // a verb right after the name ("pourra", "agrandit"), an organisation by its head, legal form or kind
    const next = toks[s?.next ?? -1];
    if (!s || s.end > at || !isWord(next) || isCapitalized(next!.text) || !accept(s, ctx, false)) continue;
    if (isSurelyOrganisation(s) || afterKind(s, toks, open)) add(s, "receiving-verb");
  }
}

const CLEFT_DATIVE = /['’]est (?:au|aux|à) /gu;
/** What goes to the one a cleft puts first: "c'est au Centre X que revient la plus grande part", "… qu'iront 2 M$". */
const CLEFT_GOES = /^(?:revient|reviennent|reviendra|reviendront|va|vont|ira|iront|(?:est|sont|sera|seront)\s+(?:versée?s?|accordée?s?|octroyée?s?|attribuée?s?|remise?s?|destinée?s?|réservée?s?))$/u;

/**
 * "C'est au Centre de services scolaire X que revient la plus grande part de l'enveloppe, soit 98,6 M$":
 * a cleft puts whom the money goes to before "que" and the verb.
 */
function readCleftDatives(text: string, toks: Token[], ctx: RecipientContext, add: Sink): void {
  // (one pattern without a look-behind: irregexp skips ahead to its apostrophes; "c" before it tested by hand)
  CLEFT_DATIVE.lastIndex = 0;
  for (let hit = CLEFT_DATIVE.exec(text); hit; hit = CLEFT_DATIVE.exec(text)) {
    // "c'" or "C’" before it, opening a word
    if ((text.charCodeAt(hit.index - 1) | 0x20) !== 0x63 || /\p{L}/u.test(text.charAt(hit.index - 2))) continue;
    const [sStart, sEnd] = sentenceAround(text, hit.index);
    if (!ctx.amounts.some((a) => a.start >= sStart && a.end <= sEnd)) continue;
    const s = scanOrgName(text, toks, tokenAt(toks, hit.index + hit[0].length));
    if (!s || !accept(s, ctx, false) || !/^qu(?:e|['’])$/u.test(toks[s.next]?.text ?? "")) continue;
    const verb = toks[s.next + 1];
    const two = verb && toks[s.next + 2] ? `${verb.text} ${toks[s.next + 2]!.text}` : "";
    if (verb && (CLEFT_GOES.test(verb.text) || CLEFT_GOES.test(two))) add(s, "given");
  }
}

/** "le premier", "la seconde", "le deuxième": one of the two organisations named in the sentence before. */
const ORDINAL = /^(?:premier|première|second|seconde|deuxième)$/u;
/** ", le second 250 000 $": the other one's sum, its verb left out. */
const GAPPED_SECOND = /^\s*(?:,|;|et)\s*(?:le|la)\s+(?:second|seconde|deuxième)\s*,?\s*$/u;

/**
 * "A et B se partageront 650 000 $. Le premier recevra 400 000 $, le second 250 000 $.", "A, qui …, et
 * l'usine B avaient déposé des projets. La première obtient 1 180 000 $ …; la seconde se voit accorder …":
 * the first or second of the two organisations the sentence before names (none when it names another number).
 */
function readOrdinalSubject(text: string, toks: Token[], verb: number, ctx: RecipientContext, add: Sink): void {
  const here = fullSentenceStart(text, toks[verb - 2]!.start);
  if (here === 0) return;
  const before = fullSentenceStart(text, here - 1);
  const names: Scanned[] = [];
  for (let k = tokenAt(toks, before); k < toks.length && toks[k]!.start < here && names.length <= 2; k++) {
    if (!isWord(toks[k]) || (!isCapitalized(toks[k]!.text) && !DESCRIPTOR_NOUNS.has(toks[k]!.text))) continue;
    const s = scanOrgName(text, toks, k);
    if (!s || s.end > here || !accept(s, ctx, false) || !isSurelyOrganisation(s)) continue;
    if (!names.some((n) => n.name === s.name)) names.push(s);
    k = Math.max(k, s.next - 1);
  }
  if (names.length !== 2) return;
  const first = /^premi/u.test(toks[verb - 1]!.text);
  add(names[first ? 0 : 1]!, "receiving-verb", "recipient", undefined, { start: toks[verb - 2]!.start, end: toks[verb - 1]!.end });
  // "Le premier recevra 400 000 $, le second 250 000 $": the second's sum right after the first's
  if (!first) return;
  const [, end] = sentenceAround(text, toks[verb]!.start);
  const sums = ctx.amounts.filter((a) => a.start > toks[verb]!.start && a.end <= end);
  if (sums.length === 2 && GAPPED_SECOND.test(text.slice(sums[0]!.end, sums[1]!.start))) add(names[1]!, "list", "recipient", sums[1]);
}

/** The first "," within `n` tokens from `from`, before any ".": its index, or -1. */
function commaWithin(toks: Token[], from: number, n: number): number {
  for (let k = from; k < toks.length && k - from < n && toks[k]!.text !== "."; k++) if (toks[k]!.text === ",") return k;
  return -1;
}

/**
 * The organisation the sentence at `before` opens on, and the token where its subject opens: past "À Alma," or an
 * adverbial phrase ("Pour sa part,", "De son côté,"); when a description opens it ("L'entreprise familiale
 * spécialisée dans le moulage …, Composites X inc., installera …"), the name set apart after it.
 */
function openingSubject(text: string, toks: Token[], before: number): { s: Scanned | null; open: number } {
  let open = sentenceOpening(text, toks, before);
  const comma = commaWithin(toks, open, 8);
  if (comma > 0 && (toks[open]?.text === "À" ? openingTown(text, toks, comma) : SENTENCE_ADVERBS.has(lower(toks[comma - 1])))) open = comma + 1;
  const s = scanOrgName(text, toks, open);
  if (s !== null && !s.group) return { s, open };
  const apart = commaWithin(toks, open, 24);
  const named = apart > 0 ? scanOrgName(text, toks, apart + 1) : null;
  return { s: named && toks[named.next]?.text === "," && (isSurelyOrganisation(named) || endsWithLegalSuffix(named.name)) ? named : s, open };
}

/** "Quant à la Ferme X inc., …, Québec lui octroie": the name after "Quant à/au/aux" the sentence [start, before) opens on. */
function sentenceTopic(text: string, toks: Token[], start: number, before: number, ctx: RecipientContext): Scanned | null {
  const k = sentenceOpening(text, toks, start);
  if (lower(toks[k]) !== "quant" || !["à", "au", "aux"].includes(lower(toks[k + 1]))) return null;
  const s = scanOrgName(text, toks, k + 2);
  return s && toks[s.next]?.text === "," && s.end < before && accept(s, ctx, false) ? s : null;
}

const OPENING_PARTICIPLE = /^(?:Établie?s?|Fondée?s?|Située?s?|Implantée?s?|Installée?s?|Basée?s?|Active?s?|Présente?s?)$/u;
const CARRIED_BY = new RegExp(`^${CARRIER}$`, "u");
// ("La Municipalité assume pour sa part 2 275 070 $": its own share, the rest)
const REST_OF_COST = /^\s+(?:le reste|le solde|la balance|l['’]autre partie|pour sa part\s+(?:le reste|le solde|\d))/u;

/**
 * The organisation that carries out a project, for money a government puts into it ("y investit"):
 * "réalisé par X" in the sentence [before, here), or the subject of "X assume le reste des coûts"
 * in this sentence or the next.
 */
function projectCarrier(text: string, toks: Token[], before: number, here: number, end: number, ctx: RecipientContext): Scanned | null {
  for (let k = tokenAt(toks, before); k < toks.length && toks[k]!.start < here; k++) {
    // ("Réalisé par l'organisme X, le projet …": opening the sentence, capitalised)
    if (!CARRIED_BY.test(lower(toks[k])) || toks[k + 1]?.text !== "par") continue;
    const s = scanOrgName(text, toks, k + 2);
    // (an organisation by its head, or one its kind introduces: "par l'organisme à but non lucratif Habitations X")
    if (s && s.end <= here && accept(s, ctx, false) && (isSurelyOrganisation(s) || afterKind(s, toks, k + 2))) return s;
  }
  // "… tandis que la Ville de X assume le reste des coûts": in this sentence or the next
  // (two sentences on: "Le Canada investit N $ dans ce projet … Le Québec y consacre M $. La Municipalité X assume le reste")
  const [, after] = sentenceAround(text, Math.min(text.length - 1, end + 1));
  const [, next] = sentenceAround(text, Math.min(text.length - 1, after + 1));
  for (let k = tokenAt(toks, here); k < toks.length && toks[k]!.start < next; k++) {
    if (!/^assum(?:e|era|ent|eront)$/u.test(toks[k]!.text) || !REST_OF_COST.test(text.slice(toks[k]!.end, toks[k]!.end + 24))) continue;
    // ("La Municipalité X, qui compte 3 150 habitants, assume le reste": back over a relative clause)
    let verb = k;
    const clause = toks[k - 1]?.text === "," ? relativeClauseStart(toks, k - 2, -1) : -1;
    if (clause > 0) verb = clause;
    const j = subjectStart(toks, verb - 1);
    for (let p = j + 1; p < verb; p++) {
      const s = scanOrgName(text, toks, p);
      if (s && s.next === verb && accept(s, ctx, false) && isSurelyOrganisation(s)) return s;
    }
    // "… dans la Municipalité de X. La Municipalité assume pour sa part …": the head word alone, the name it opened
    const head = toks[verb - 1]!;
    if (verb - 2 > j && /^(?:La|Le|L['’])$/u.test(toks[verb - 2]!.text) && isCapitalized(head.text) && ORG_HEADS.has(head.text.toLowerCase())) {
      const full = nameOfHead(text, toks, { start: head.start, end: head.end, name: head.text, acronym: null, next: verb, group: false });
      if (full && accept(full, ctx, false)) return full;
    }
  }
  return null;
}

/**
 * "Le Conseil X (CX) assurera la gestion de l'Entente et recevra à cette fin 90 000 $": a second
 * verb after "et" shares the subject the sentence opens on.
 */
function subjectOfFirstVerb(text: string, toks: Token[], verb: number, ctx: RecipientContext): Scanned | null {
  if (lower(toks[verb - 1]) !== "et") return null;
  const s = scanOrgName(text, toks, sentenceOpening(text, toks, toks[verb]!.start));
  if (!s || s.next >= verb - 1 || !isWord(toks[s.next]) || !/^\p{Ll}/u.test(toks[s.next]!.text)) return null;
  // one clause: no other name, relative or punctuation between the subject and the verb
  for (let q = s.next; q < verb - 1; q++) {
    const t = toks[q]!;
    if (t.kind === "newline" || t.kind === "punct" && t.text !== "'" && t.text !== "’" || ["qui", "que", "dont", "et", "ou"].includes(lower(t))) return null;
  }
  return accept(s, ctx, false) && isSurelyOrganisation(s) ? s : null;
}

/**
 * The full name an acronym stands for, when the text gave it earlier with the acronym in parentheses
 * ("Centre intégré de santé et de services sociaux de l'Outaouais (CISSS de l'Outaouais)"); null when none.
 */
function expandedAcronym(text: string, toks: Token[], s: Scanned): Scanned | null {
  // "au CIRTEM, Consortium interordres de recherche … en Mauricie, une subvention de …": the full name right after
  const k = tokenAt(toks, s.end);
  if (toks[k]?.text === ",") {
    const full = scanOrgName(text, toks, k + 1);
    if (full && full.start === toks[k + 1]!.start && isCapitalized(full.name) && isSurelyOrganisation(full) && !full.acronym
      && (toks[full.next]?.text === "," || toks[full.next]?.text === ".")) {
      return { name: `${full.name} (${s.name})`, acronym: s.name, start: s.start, end: s.end, next: s.next, group: false };
    }
  }
  const open = text.lastIndexOf(`(${s.name}`, s.start);
  if (open < 0 || open + 1 === s.start) return null;
  const close = text.indexOf(")", open);
  const after = text.charCodeAt(open + 1 + s.name.length);
  if (close < 0 || close - open > 60 || !(after === 0x29 || after === 0x20)) return null;
  const p = tokenAt(toks, open);
  for (let k = p - 1; k >= 0 && p - k < 25; k--) {
    const t = toks[k]!;
    if (t.kind === "newline" || t.text === "." || t.text === ";") return null;
    if (!isCapitalized(t.text) || !ORG_HEADS.has(t.text.toLowerCase())) continue;
    const full = scanOrgName(text, toks, k);
    if (full && full.end === close + 1) return { ...full, start: s.start, end: s.end, next: s.next };
    // the scanner stops before an acronym of several words: the name, then its parentheses
    if (full && !/\S/u.test(text.slice(full.end, open))) {
      return { name: text.slice(full.start, close + 1), acronym: text.slice(open + 1, close), start: s.start, end: s.end, next: s.next, group: false };
    }
  }
  return null;
}

/** The one name the text gave earlier that opens on this head word alone ("Réseau" -> "Réseau Jeunes Entreprises du Québec (RJEQ)"); null when none or several. */
function nameOfHead(text: string, toks: Token[], s: Scanned): Scanned | null {
  let found: Scanned | null = null;
  for (let at = text.indexOf(`${s.name} `); at >= 0 && at < s.start; at = text.indexOf(`${s.name} `, at + 1)) {
    const k = tokenAt(toks, at);
    // ("la Régie intermunicipale des eaux de X (RIEHA)": an adjective after the head word)
    if (toks[k]?.start !== at || !isWord(toks[k + 1]) || !isCapitalized(toks[k + 1]!.text) && !CONNECTOR.test(toks[k + 1]!.text)
      && !(ADJECTIVE_ENDING.test(toks[k + 1]!.text) && !NAME_STOP_WORDS.has(toks[k + 1]!.text))) continue;
    const full = scanOrgName(text, toks, k);
    if (!full || full.end <= toks[k]!.end) continue;
    if (found && foldName(found.name) !== foldName(full.name)) return null;
    found = full;
  }
  return found ? { ...found, start: s.start, end: s.end, next: s.next } : null;
}

/**
 * "À Saint-Léonard-d'Aston, la municipalité recevra 1 040 000 $": the subject is "la municipalité" /
 * "la ville" alone (tokens j+1..last), right after "À <Place>," that opens the sentence: that place.
 */
function townBeforeSubject(text: string, toks: Token[], j: number, last: number): { name: Scanned; at: { start: number; end: number } } | null {
  if (toks[j]?.text !== "," || last !== j + 2 || !/^(?:la|le|l['’])$/iu.test(toks[j + 1]?.text ?? "") || !/^(?:municipalité|ville|paroisse)$/iu.test(toks[last]!.text)) return null;
  const town = openingTown(text, toks, j);
  return town && { name: town, at: { start: toks[j + 1]!.start, end: toks[last]!.end } };
}

/** "À Port-Cartier," that opens a sentence, its comma at token `comma`: the place, or null. */
function openingTown(text: string, toks: Token[], comma: number): Scanned | null {
  let k = comma - 1;
  while (k > 0 && toks[k]!.text !== "À" && (isCapitalized(toks[k]!.text) || /^[-–]$/u.test(toks[k]!.text) || CITY_CONNECTORS.has(toks[k]!.text))) k--;
  if (!/^(?:À|à)$/u.test(toks[k]?.text ?? "") || k + 1 >= comma) return null;
  const before = toks[k - 1];
  if (before && before.kind !== "newline" && before.text !== "." && before.start >= fullSentenceStart(text, toks[k]!.start)) return null;
  const start = toks[k + 1]!.start, end = toks[comma - 1]!.end;
  return { start, end, name: text.slice(start, end), acronym: null, next: comma, group: false };
}
const CITY_CONNECTORS = new Set(["de", "du", "des", "la", "le", "les", "sur", "en", "d'", "d’", "l'", "l’"]);

/** "À Amos, c'est la Société d'histoire X qui obtient 210 000 $": the name a cleft puts before "qui". */
function cleftSubject(text: string, toks: Token[], verb: number, ctx: RecipientContext): Scanned | null {
  if (lower(toks[verb - 1]) !== "qui") return null;
  for (let k = verb - 2; k > 1 && verb - k < 20; k--) {
    const t = toks[k]!;
    if (t.kind === "newline" || [".", ";", ":", ","].includes(t.text)) return null;
    if (!["est", "sont"].includes(t.text) || !/^(?:c['’]|ce)$/iu.test(toks[k - 1]!.text)) continue;
    const s = scanOrgName(text, toks, k + 1);
    // ("c'est la Municipalité elle-même qui obtient": the name, then a word that stresses it)
    const next = /^(?:elle|lui|elles|eux)-mêmes?$/u.test(toks[s?.next ?? 0]?.text ?? "") ? s!.next + 1 : s?.next;
    if (!s || next !== verb - 1) return null;
    // "À Stornoway, c'est la Municipalité elle-même qui obtient": the town the sentence opens on
    if (/^(?:Municipalité|Ville|Paroisse)$/u.test(s.name)) {
      let comma = sentenceOpening(text, toks, toks[k]!.start);
      while (comma < k && toks[comma]!.text !== ",") comma++;
      return comma < k ? openingTown(text, toks, comma) : null;
    }
    return accept(s, ctx, false) && isOrganisationName(s) ? s : null;
  }
  return null;
}

/** Whether "il"/"ce dernier" (`masculine`) or "elle"/"cette dernière" can stand for the name: a head word of the other gender rules it out. */
function agreesWith(s: Scanned, masculine: boolean): boolean {
  return !(masculine ? FEMININE_HEADS : MASCULINE_HEADS).has(s.name.split(/[\s'’]/u)[0]!.toLowerCase());
}

/** Heads of organisation names by gender, for "ce dernier" / "cette dernière" (a head in neither fits both). */
const FEMININE_HEADS = new Set(["société", "fondation", "association", "coopérative", "coop", "corporation", "alliance",
  "fédération", "union", "chambre", "université", "école", "commission", "maison", "compagnie", "table", "fabrique",
  "entreprise", "mrc", "municipalité", "ville", "paroisse", "cité", "communauté", "administration", "agence", "ferme",
  "fromagerie", "boulangerie", "brasserie", "microbrasserie", "distillerie", "cidrerie", "érablière", "bergerie", "auberge",
  "régie", "troupe", "bibliothèque"]);
const MASCULINE_HEADS = new Set(["organisme", "centre", "festival", "réseau", "conseil", "regroupement", "institut", "cégep",
  "collège", "groupement", "groupe", "club", "cercle", "musée", "théâtre", "office", "carrefour", "orchestre", "comité",
  "village", "canton", "pôle", "atelier", "verger", "vignoble", "hôtel", "restaurant", "collectif", "service"]);

/**
 * "… et le Centre d'art X aménagera un atelier. Ce dernier recevra 180 000 $": "ce dernier" / "cette
 * dernière" (or "celui-ci" / "celle-ci") before the verb takes up the last organisation of that
 * gender the sentence before names.
 */
function latterReferent(text: string, toks: Token[], verb: number, ctx: RecipientContext): { name: Scanned; at: { start: number; end: number } } | null {
  const w = lower(toks[verb - 1]);
  const pair = `${lower(toks[verb - 2])} ${w}`;
  const feminine = pair === "cette dernière" || w === "celle-ci" ? true : pair === "ce dernier" || w === "celui-ci" ? false : null;
  if (feminine === null) return null;
  const first = w.startsWith("cel") ? verb - 1 : verb - 2;
  const here = fullSentenceStart(text, toks[first]!.start);
  if (here === 0) return null;
  const before = fullSentenceStart(text, here - 1);
  let found: Scanned | null = null;
  for (let k = tokenAt(toks, before); k < toks.length && toks[k]!.start < here; k++) {
    const head = lower(toks[k]);
    if (!isCapitalized(toks[k]!.text) || !ORG_HEADS.has(head) && !BUSINESS_HEADS.has(head)) continue;
    const s = scanOrgName(text, toks, k);
    if (!s || s.end > here || !accept(s, ctx, false)) continue;
    if (agreesWith(s, !feminine)) found = s;
    k = Math.max(k, s.next - 1);
  }
  return found && { name: found, at: { start: toks[first]!.start, end: toks[verb - 1]!.end } };
}

const LEGAL_FORM_THEN_ET = /^(\p{Lu}.*?\s(?:inc\.?|ltée|limitée|enr\.?))\s+et\s+(\p{Lu}.*)$/u;
const TWO_WORDS_ET = /^(\p{Lu}[\p{L}'’-]+)\s+et\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** "A et le Centre B" before a plural verb, B scanned from token `p`: A is a subject too. */
function readFirstOfPair(text: string, toks: Token[], p: number, ctx: RecipientContext, add: Sink): void {
  let e = p - 1;
  if (ARTICLES.has(lower(toks[e]))) e -= 1;
  if (lower(toks[e]) !== "et") return;
  const prev = toks[e - 1];
  if (!prev || !(prev.kind === "word" || prev.text === ")" || isSuffixDot(toks, e - 1))) return;
  const before = subjectStart(toks, e - 1);
  const first = scanOrgName(text, toks, before + 1);
  if (first && first.next === e && accept(first, ctx, false)) add(first, "receiving-verb");
}

/** ", qui sert 200 repas par jour": the comma before "qui"/"dont" within the clause that ends at `last`, else `j`. */
function relativeClauseStart(toks: Token[], last: number, j: number): number {
  for (let p = last; p > 0 && last - p < 30; p--) {
    const t = toks[p];
    // (a list inside the clause: ", qui regroupe les municipalités de A, de B et de C, reçoit")
    const inList = t.text === "," && /^(?:de|du|des|d['’]|et)$/u.test(lower(toks[p + 1]));
    if (t.kind === "newline" || (t.kind === "punct" && t.text !== "(" && t.text !== ")" && !inList)) return j;
    if (["qui", "dont"].includes(t.text) && toks[p - 1].text === ",") return p - 1;
  }
  return j;
}

/** A "." that closes a legal form ("inc.", "ltée."): part of a name, no sentence's end. */
const isSuffixDot = (toks: Token[], k: number): boolean => toks[k]?.text === "." && LEGAL_SUFFIXES.has(lower(toks[k - 1]));

/** Adverbs that open a sentence before a comma: "Enfin, l'Association X et amis … reçoit". */
const SENTENCE_ADVERBS = new Set(["enfin", "ainsi", "également", "finalement", "ensuite", "puis", "aussi", "ailleurs", "outre", "plus", "part", "côté"]);

/** "quant à elles", "pour sa part", "de son côté" right before the verb: skip back over the aside. */
function beforeAside(toks: Token[], j: number): number {
  // "L'INRÉ, pour sa part, reçoit": the aside between commas
  if (toks[j]?.text === ",") {
    const inner = beforeAside(toks, j - 1);
    if (inner !== j - 1 && toks[inner]?.text === ",") return inner - 1;
  }
  const w = (n: number) => lower(toks[j - n]);
  if (["eux", "elles", "lui", "elle"].includes(w(0)) && w(1) === "à" && w(2) === "quant") return j - 3;
  if (w(0) === "part" && ["sa", "son", "leur"].includes(w(1)) && w(2) === "pour") return j - 3;
  if (w(0) === "côté" && ["son", "leur"].includes(w(1)) && w(2) === "de") return j - 3;
  return j;
}

/** ", de Magog,", ", à Saint-Lin,": "de" or "à" and one to three capitalised words, no org head: where the subject is from. */
function isPlaceAside(toks: Token[], from: number, last: number): boolean {
  if (!["de", "d'", "d’", "à"].includes(lower(toks[from])) || last - from < 1 || last - from > 3) return false;
  for (let p = from + 1; p <= last; p++) if (!isWord(toks[p]) || !isCapitalized(toks[p].text) || ORG_HEADS.has(lower(toks[p]))) return false;
  return true;
}

/** ", une entreprise de …,", ", centre de crise du …,", ", seule municipalité de …,": a lower-case noun phrase. */
function opensApposition(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || isCapitalized(t.text)) return false;
  const w = lower(t);
  // "…, affilié au Cégep, reçoit": participles of where or what an organisation is
  if (APPOSITION_PARTICIPLE.test(w)) return true;
  // (nouns in -té are no participles: ", propriété de la famille Houle,", ", société de …,")
  return w === "un" || w === "une" || (!ARTICLES.has(w) && !NAME_STOP_WORDS.has(w) && !NAME_CONNECTORS_LOWER.has(w)
    && (!/(?:é|ée|és|ées)$/u.test(w) || APPOSITION_NOUNS_IN_E.has(w)));
}
const APPOSITION_NOUNS_IN_E = new Set(["propriété", "société", "municipalité", "communauté", "université", "entité", "coopérative"]);
const APPOSITION_PARTICIPLE = /^(?:affilié|situé|basé|établi|rattaché|installé|fondé|spécialisé|implanté|associé)e?s?$/u;

/** "les municipalités de Contrecoeur, Calixa-Lavallée, Saint-Amable et Verchères se verront octroyer …" */
function readPlaceList(text: string, from: number, add: Sink): void {
  const [sStart, sEnd] = sentenceAround(text, from);
  if (!FUNDING_CUE.test(text.slice(sStart, sEnd))) return;
  const PLACE = /[\p{Lu}][\p{L}'’\-–]*(?:\s+[\p{Lu}][\p{L}'’\-–]*){0,2}/uy;
  // "les MRC du Haut-Richelieu, des Jardins-de-Napierville et de Brome-Missisquoi": an MRC keeps
  // its head ("MRC des Jardins-de-Napierville"); municipalities are named by their place alone
  const opener = /(?:de|du|des|d['’])\s*$/u.exec(text.slice(Math.max(0, from - 6), from));
  const mrc = /MRC\s+(?:\p{L}+\s+)?(?:de|du|des|d['’])\s*$/u.test(text.slice(Math.max(0, from - 30), from));
  // "municipalités du Bas-Saint-Laurent" is a region; "les MRC du A, des B et de C" a list of MRC
  const separator = mrc ? /^(?:,\s+(?:et\s+)?|\s+et\s+)((?:de|du|des)\s+|d['’])?/u : /^(?:,\s+(?:et\s+)?|\s+et\s+)((?:de)\s+|d['’])?/u;
  const items: Scanned[] = [];
  let at = from;
  let of = opener ? opener[0].trim() : "de";
  for (let guard = 0; guard < 40; guard++) {
    PLACE.lastIndex = at;
    const m = PLACE.exec(text);
    if (!m) break;
    const name = mrc ? `MRC ${of}${/['’]$/u.test(of) ? "" : " "}${m[0]}` : m[0];
    items.push({ start: at, end: at + m[0].length, name, acronym: null, next: 0, group: false });
    const sep = separator.exec(text.slice(at + m[0].length, at + m[0].length + 10));
    if (!sep) break;
    of = sep[1]?.trim() ?? of;
    at += m[0].length + sep[0].length;
  }
  if (items.length < 2) return;
  // MRC also give money ("Les MRC A, B et C y contribuent"): a list of MRC receives it, named after "aux"
  // or before a receiving verb
  const after = text.slice(items[items.length - 1]!.end, items[items.length - 1]!.end + 40);
  if (mrc && !/(?:aux|à)\s+(?:\p{L}+\s+)?MRC\s+(?:\p{L}+\s+)?(?:de|du|des|d['’])\s*$/u.test(text.slice(Math.max(0, from - 40), from))
    && !RECEIVING_AFTER_LIST.test(after)) return;
  for (const s of items) add(s, "list");
}

const RECEIVING_AFTER_LIST = new RegExp(String.raw`^\s*(?:,\s*)?(?:se\s+partag|se\s+verront|(?:${RECEIVING_VERBS.join("|")})(?![\p{L}]))`, "u");

/**
 * "accorde 175 000 $ au Centre X pour un service d'accompagnement destiné aux petites entreprises":
 * a participle after the money has gone to a named recipient and a purpose ("pour …") has opened
 * describes the purpose; those it is "destiné à" are served, not paid.
 */
function inPurposeOfGivenMoney(text: string, amounts: Amount[], sStart: number, offset: number): boolean {
  let last: Amount | undefined;
  for (const a of amounts) if (a.start >= sStart && a.end <= offset && (!last || a.end > last.end)) last = a;
  if (!last) return false;
  const between = text.slice(last.end, offset);
  return /\s(?:à|au|aux)\s+(?:la\s+|l['’]\s*)?\p{Lu}/u.test(between) && /\spour\s/u.test(between);
}

/** "MRC de Brome-Missisquoi" -> head "MRC", place "Brome-Missisquoi". */
const PLACE_OF = /^(\S+)\s+(?:(?:de|du|des)\s+|d['’])(.+)$/u;

/**
 * Places that a recipient of the text is the town or MRC of: "Brome-Missisquoi" -> "MRC de
 * Brome-Missisquoi", "Dégelis" -> "Ville de Dégelis". Such a place is that recipient, not another.
 */
export function placeOwners(recipients: Recipient[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const r of recipients) {
    const m = PLACE_OF.exec(r.name);
    if (m && PLACE_HEADS.has(m[1]!.toLowerCase())) owners.set(m[2]!, r.name);
  }
  return owners;
}

/** Recipients and intermediaries of the text, one entry per name (acronym mentions merged). */
export function findRecipients(text: string, ctx: RecipientContext): Recipient[] {
  return recipientsOf(findRecipientMentions(text, ctx));
}

const SCHOOL_BOARD = /^(?:centre\s+de\s+services\s+scolaire|commission\s+scolaire)(?![\p{L}])/iu;

/** The recipients that mentions name, one entry per name: the pipeline reads the mentions once for recipients and grants. */
export function recipientsOf(mentions: RecipientMention[]): Recipient[] {
  const out: Recipient[] = [];
  const keys = new Map<string, Recipient>();
  for (const m of mentions) {
    const key = foldName(withoutFinalParens(m.name));
    const seen = keys.get(key) ?? out.find((r) => r.acronym && foldName(r.acronym) === key);
    if (seen) {
      if (seen.role === "intermediary" && m.role === "recipient") seen.role = "recipient";
      if (!seen.acronym && m.acronym) { seen.acronym = m.acronym; seen.name = m.name; }
      continue;
    }
    const r: Recipient = { name: m.name, acronym: m.acronym, role: m.role, start: m.start, end: m.end };
    keys.set(key, r);
    out.push(r);
  }
  // "Brome-Missisquoi se partageront" beside "MRC de Brome-Missisquoi": the place is that MRC
  const places = placeOwners(out);
  const placeNamed = (r: Recipient) => places.has(r.name);
  // "14,6 M$ pour l'école secondaire X" beside "Le Centre de services scolaire Y obtient": the school
  // is where the money goes, its school board receives it
  const schoolBoard = out.some((r) => SCHOOL_BOARD.test(r.name));
  // "versée à la Société": a head word alone is a short mention of the one recipient it heads
  return out.filter((r) => {
    // ("École primaire X" in a table of a school board's projects; not "École de musique X", a school of its own)
    if (schoolBoard && /^école\s/iu.test(r.name) && !/^école\s+(?:de|d['’])\s*\p{Ll}/iu.test(r.name)) return false;
    if (/^\p{Lu}/u.test(r.name) && !ORG_HEADS.has(r.name.split(/\s+/u)[0]!.toLowerCase()) && placeNamed(r)) return false;
    // ("permettra à Nanoptix de …" beside "Nanoptix Matériaux inc.": a company called by its first word)
    const firstWordOfFirm = !/\s/u.test(r.name) && /^\p{Lu}/u.test(r.name);
    if (/\s/u.test(r.name) || !(ORG_HEADS.has(r.name.toLowerCase()) || firstWordOfFirm)) return true;
    const full = out.filter((o) => o !== r && o.name.startsWith(`${r.name} `) && (!firstWordOfFirm || ORG_HEADS.has(r.name.toLowerCase()) || endsWithLegalSuffix(o.name)));
    if (full.length !== 1) return true;
    if (full[0].role === "intermediary" && r.role === "recipient") full[0].role = "recipient";
    return false;
  });
}
