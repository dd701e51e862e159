// French money vocabulary: currency words and symbols, multipliers, qualifiers, number words,
// and the words that make a bare "28 millions" read as money. Regex fragments here are source
// strings (no flags); src/extract/amounts.ts compiles them once, with the `u` and `i` flags.

/** Horizontal spaces that may separate digit groups or words: space, NBSP, NARROW NBSP, thin space. */
export const SP = "[ \\u00A0\\u202F\\u2009]";
/** Straight or curly apostrophe: "jusqu'à", "jusqu’à". */
export const APOS = "['’]";
/** Not inside a word: French letters are not covered by `\b`. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "jusqu'à concurrence de" -> a fragment where spaces are any space and ' is either apostrophe. */
export function phrase(words: string): string {
  return escape(words).replace(/['’]| |-/g, (c) =>
    c === " " ? `${SP}+` : c === "-" ? `[-${SP.slice(1, -1)}]?` : `${APOS}${SP}?`);
}
/** Longest first, so that "un peu plus de" wins over "plus de" at the same place. */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(phrase).join("|");
}

// ---------------------------------------------------------------------------------------------
// Multipliers
// ---------------------------------------------------------------------------------------------

/** Written out: "2,3 millions", "1 milliard", "10 mille". "billion" is 10^12 in French. */
export const LONG_MULTIPLIERS: Readonly<Record<string, number>> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  mille: 1e3,
  billion: 1e12,
  billions: 1e12,
};
/** Abbreviated, only before a currency sign or code: "4,5 M$", "1 G$", "10 k$", "2 Md$". */
export const SHORT_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  g: 1e9,
  md: 1e9,
  mds: 1e9,
};
export const LONG_MULTIPLIER = "(?:demi[- \\u00A0\\u202F]?)?(?:millions?|milliards?|mille|billions?)";
export const SHORT_MULTIPLIER = "(?:mds|md|mm|[kmg])";

// ---------------------------------------------------------------------------------------------
// Currencies: each entry is a fragment and the ISO code it means. Order matters: the first
// entry whose pattern matches the whole currency text decides (most specific first).
// ---------------------------------------------------------------------------------------------

export interface CurrencyForm {
  /** Fragment matching the currency as written after (or before) the number. */
  pattern: string;
  iso: string;
}

/** After a "$": "$ US", "$US", "$ CAN", "$CAD", "$ c", "$ hk", "$ É.-U.". */
const DOLLAR_COUNTRY: readonly CurrencyForm[] = [
  { pattern: `${SP}?(?:usd|us|é\\.?-?u\\.?)`, iso: "USD" },
  { pattern: `${SP}?(?:cad|can|ca|c)`, iso: "CAD" },
  { pattern: `${SP}?(?:hkd|hk)`, iso: "HKD" },
  { pattern: `${SP}?aud`, iso: "AUD" },
  { pattern: `${SP}?nzd`, iso: "NZD" },
];

/** Adjectives after "dollars": "dollars américains", "dollars canadiens". */
const DOLLAR_ADJECTIVES: readonly CurrencyForm[] = [
  { pattern: `(?:américains?|us|des${SP}+états-unis|étatsuniens?)`, iso: "USD" },
  { pattern: `(?:canadiens?|ca|can)`, iso: "CAD" },
  { pattern: `(?:australiens?)`, iso: "AUD" },
  { pattern: `(?:néo-zélandais)`, iso: "NZD" },
  { pattern: `(?:de${SP}+hong${SP}*kong|hongkongais)`, iso: "HKD" },
];

/** Currency written after the number (with "de"/"d'" already consumed after a multiplier). */
export const SUFFIX_CURRENCIES: readonly CurrencyForm[] = [
  ...DOLLAR_COUNTRY.map((c) => ({ pattern: `\\$${c.pattern}(?![\\p{L}\\p{N}'’])`, iso: c.iso })),
  ...DOLLAR_ADJECTIVES.map((c) => ({ pattern: `dollars?${SP}+${c.pattern}(?![\\p{L}])`, iso: c.iso })),
  { pattern: "\\$", iso: "CAD" },
  { pattern: "dollars?(?![\\p{L}])", iso: "CAD" },
  { pattern: "(?:€|euros?(?![\\p{L}])|eur(?![\\p{L}]))", iso: "EUR" },
  { pattern: "(?:usd|cad|aud|nzd|hkd|chf|gbp|jpy)(?![\\p{L}])", iso: "" /* the code itself */ },
  { pattern: `(?:£|livres?${SP}+sterling)`, iso: "GBP" },
  { pattern: `francs?${SP}+suisses`, iso: "CHF" },
  { pattern: "(?:¥|yens?(?![\\p{L}]))", iso: "JPY" },
];

/** Currency written before the number: "$ 75 millions", "USD1,23", "EUR 20", "cad$ 15", "€20". */
export const PREFIX_CURRENCIES: readonly CurrencyForm[] = [
  { pattern: "(?:usd|us)\\$", iso: "USD" },
  { pattern: "(?:cad|can|ca|c)\\$", iso: "CAD" },
  { pattern: "(?:aud|au|a)\\$", iso: "AUD" },
  { pattern: "(?:nzd|nz)\\$", iso: "NZD" },
  { pattern: "(?:hkd|hk)\\$", iso: "HKD" },
  { pattern: "mxn\\$", iso: "MXN" },
  { pattern: "\\$", iso: "CAD" },
  { pattern: "€", iso: "EUR" },
  { pattern: "£", iso: "GBP" },
  { pattern: "(?:usd|cad|eur|aud|nzd|hkd|chf|gbp|jpy)", iso: "" /* the code itself */ },
];

// ---------------------------------------------------------------------------------------------
// Qualifiers: what the text says about the amount ("plus de 2 M$" is over 2 M$).
// ---------------------------------------------------------------------------------------------

export const QUALIFIERS = {
  over: [
    "plus de", "plus d'", "un peu plus de", "bien plus de", "de plus de", "plus que", "au moins",
    "au-delà de", "un minimum de", "minimum de", "minimal de", "minimale de", "dépassant", "excédant", "supérieur à",
    "supérieure à", "supérieurs à", "supérieures à",
  ],
  about: [
    "près de", "près d'", "tout près de", "tout près d'", "environ", "d'environ", "approximativement", "autour de", "quelque",
    "presque", "à peu près", "quasi", "de l'ordre de", "pratiquement", "grosso modo",
  ],
  up_to: [
    "jusqu'à", "jusqu'à concurrence de", "jusqu'à un maximum de", "jusqu'à hauteur de", "au plus", "d'au plus",
    "maximal de", "maximale de", "tout au plus",
    "pouvant atteindre", "pouvant aller jusqu'à", "maximum de", "un maximum de", "au maximum",
    "pas plus de", "n'excédant pas", "ne dépassant pas", "plafonné à", "plafonnée à",
  ],
  under: [
    "moins de", "moins d'", "un peu moins de", "moins que", "en-dessous de", "en dessous de",
    "en deçà de", "inférieur à", "inférieure à", "sous la barre de",
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// Number words: "cinq millions de dollars", "un demi-million", "deux cent mille dollars".
// ---------------------------------------------------------------------------------------------

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
  cent: 100, cents: 100, mille: 1000,
};

// ---------------------------------------------------------------------------------------------
// Context for a bare "N millions" (no currency word): money only when the words around say so.
// ---------------------------------------------------------------------------------------------

/** "un montant de 28 millions", "une enveloppe globale de 3 millions". */
export const MONEY_NOUNS = [
  "montant", "somme", "enveloppe", "budget", "investissement", "aide", "subvention", "financement",
  "contribution", "coût", "total", "valeur", "prêt", "crédit", "fonds", "dotation", "bonification",
  "injection", "appui", "soutien", "engagement", "dépense", "revenu", "recette", "déficit",
  "surplus", "excédent", "cagnotte", "bourse", "don", "octroi", "versement", "transfert",
] as const;

/** Verb stems before the number: "Québec investit 5 millions", "on injecte 3 milliards", "doté de". */
export const MONEY_VERB_STEMS = [
  "invest", "inject", "octroi", "octroy", "accord", "verse", "versé", "versent", "verser", "allou",
  "consacr", "débloqu", "financ", "subventionn", "rembours", "dépens", "coût", "annonc", "doté",
  // received: "le Centre X obtient 34 millions pour …", "touche 6,3 millions", "bénéficie de 2 millions"
  "obtien", "obtiendr", "reçoi", "recevr", "touche", "touchera", "bénéfici",
] as const;

/** Past participles after the number: "plus de 5 millions ont été remis", "28 millions, consacré". */
export const MONEY_PARTICIPLES = [
  "remis", "versé", "investi", "octroyé", "accordé", "alloué", "injecté", "consacré", "attribué",
  "dépensé", "distribué", "réservé", "débloqué", "prévu", "annoncé", "engagé", "reçu", "obtenu",
] as const;
