// French words around people's names in releases: ministerial title stems, honorifics,
// roles that are not ministers, and the generic words that keep places, organisations and
// sentence openers from being read as a person's name. Generic words only, never names.

/**
 * The ministerial stem, singular only ("Conseil des ministres" names no one).
 * Matches "ministre", "Ministre", "premier ministre", "Première ministre",
 * "vice-première ministre". The boundary before it rejects "sous-ministre", "ex-ministre".
 */
const PREMIER = String.raw`(?:[Vv]ice-)?[Pp]remi(?:er|ère)[ \u00A0]+`;
export const MINISTER_STEM = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-‑])(?:${PREMIER})?[Mm]inistre(?![\p{L}\p{N}\-‑])`,
  "gu",
);

/**
 * Honorifics before a name, dropped from the name: "M.", "Mme", "L'honorable", "l’hon.".
 * The trailing lookahead keeps "Me" (maître) from eating the start of "Mélanie".
 */
export const HONORIFIC = String.raw`(?:[Ll]['’][ \u00A0]?[Hh]on(?:orable|\.)|MM\.|M\.|Mmes|Mme|Monsieur|Madame|Dre|Dr|Me)(?![\p{L}])`;

/** Words whose period is not a sentence end: "M. Girard", "St. Laurent". */
export const ABBREVIATIONS = new Set(["M", "MM", "St", "Ste", "Dr", "Dre", "Me", "hon", "Hon"]);

/**
 * "ministre" preceded by these words is the minister someone else works for:
 * "adjointe parlementaire de la ministre …", "secrétaire parlementaire du ministre …",
 * "attaché de presse du ministre …". Checked as "<word> (de la|du|de l') ministre".
 */
export const SERVES_A_MINISTER = new Set([
  "parlementaire", "cabinet", "presse", "attaché", "attachée", "conseiller", "conseillère",
  "porte-parole", "secrétaire", "adjoint", "adjointe", "directeur", "directrice", "chef",
]);

/** Words before "ministre" that say the office is not (or no longer) held: "ancienne ministre". */
export const NOT_IN_OFFICE = new Set(["ancien", "ancienne", "futur", "future", "ex"]);

/**
 * Offices that continue a minister's title after "et" or a comma:
 * "ministre de la Justice et procureur général du Québec",
 * "ministre responsable de l'Administration gouvernementale et présidente du Conseil du trésor" ("Trésor" in federal releases).
 */
/** The Treasury Board's chair, a minister's office without the word "ministre" (findMinisters reads it as a stem too). */
export const TREASURY_CHAIR = String.raw`[Pp]résidente?[ \u00A0]+du[ \u00A0]+Conseil[ \u00A0]+du[ \u00A0]+[Tt]résor`;
export const TITLE_OFFICE = String.raw`(?:(?:[Vv]ice-)?[Pp]remi(?:er|ère)[ \u00A0]+)?[Mm]inistre|${TREASURY_CHAIR}|procureure?[ \u00A0]+générale?|leader[ \u00A0]+parlementaire`;

/** Prepositions that continue a title after a comma: "ministre de l'Immigration, de la Francisation". */
export const TITLE_PREPOSITION = String.raw`(?:de|du|des|d['’]|à|au|aux)(?![\p{L}])`;

/**
 * Words that end a title: verbs of the announcement and clause openers
 * ("la ministre des Finances annonce", "le ministre … a fait savoir", "… qui a").
 * "député(e)" also ends it: "ministre des Transports et député de Pontiac" keeps the ministerial part.
 */
export const TITLE_STOP_WORDS = new Set([
  "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient", "sera", "seront",
  "fait", "font", "annonce", "annoncent", "annonçait", "dévoile", "dévoilent", "confirme", "confirment",
  "souligne", "soulignent", "présente", "présentent", "participe", "participent", "procède", "procèdent",
  "accorde", "accordent", "octroie", "octroient", "invite", "invitent", "tient", "tiennent",
  "se", "s'", "s’", "qui", "que", "qu'", "qu’", "dont", "lors", "afin", "alors", "selon", "aujourd'hui",
  "aujourd’hui", "hier", "ce", "cet", "cette", "ces", "en", "ainsi", "accompagné", "accompagnée",
  "député", "députée", "le", "les", "un", "une",
]);

/**
 * Function words: a capitalised word right after one of these belongs to the title
 * ("ministre de l'Agriculture du Québec"), not to a person's name that follows it
 * ("… du Québec André Lamontagne").
 */
export const FUNCTION_WORDS = new Set([
  "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "à", "au", "aux", "et", "en", "pour",
  "sur", "avec", "contre", "chez", "dans", "par", "entre", "ou", "sans", "vers",
]);

/** Lower-case particles inside a name, before its last word: "Jean de Brébeuf", "Ursula von Klee". */
export const NAME_PARTICLES = new Set(["de", "du", "des", "van", "von", "da", "di", "del", "dos"]);

/**
 * Capitalised words that cannot start a person's name: sentence openers, determiners,
 * days, months, and the first words of place names ("Saint-…", "Lac-…" are matched whole).
 */
export const NOT_A_FIRST_NAME = new Set([
  "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "De", "Ce", "Cet", "Cette", "Ces", "Son",
  "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Votre", "Vos", "Mon", "Ma", "Mes", "Et", "Mais",
  "Ou", "Donc", "Or", "Ni", "Car", "Ainsi", "Aussi", "Ensuite", "Puis", "Enfin", "Selon", "Pour",
  "Par", "Avec", "Sans", "Sous", "Sur", "Dans", "En", "Au", "Aux", "À", "Lors", "Depuis", "Grâce",
  "Afin", "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "On", "Je", "Ici", "Voici", "Voilà", "Citation",
  "Citations", "Faits", "Monsieur", "Madame", "Mme", "Mmes", "Me", "Dr", "Dre", "Premier", "Première",
  "Ministre", "Vice", "Honorable",
  "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Février",
  "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
  "Saint", "Sainte", "Lac", "Mont", "Rivière", "Île", "Îles", "Baie", "Cap", "Pointe", "Port",
  "Nouveau", "Nouvelle", "Haute", "Bas", "Grand", "Grande", "Petit", "Petite",
]);

/**
 * Capitalised words that mark an organisation, an institution or a country, never a person:
 * "Investissement Québec", "Lanaudière Économique", "Fonds régions".
 */
export const NOT_IN_A_NAME = new Set([
  "Québec", "Canada", "Ottawa", "Gouvernement", "Ministère", "Fonds", "Programme", "Société",
  "Centre", "Conseil", "Association", "Fédération", "Union", "Réseau", "Table", "Ville",
  "Municipalité", "Cégep", "Université", "Fondation", "Festival", "Corporation", "Groupe",
  "Alliance", "Coopérative", "Commission", "Agence", "Office", "Régie", "Institut", "Chambre",
  "Comité", "Caisse", "Entreprise", "Entreprises", "Économique", "Économie", "Développement",
  "Affaires", "Secrétariat", "Direction", "Service", "Services", "Bureau", "Plan", "Stratégie",
  "Volet", "Mesure", "Partenariat", "Entente", "Assemblée", "Cour", "Tribunal", "Hôpital", "École",
  "Collège", "Musée", "Parc", "Club", "Région", "Régional", "Régionale", "Communauté", "Sommet",
  "Inc", "Ltée", "Citations", "Citation",
]);

/**
 * Verbs that attribute a quote, as [present, past participle]: "», indique …", "», a déclaré …",
 * "a-t-elle ajouté", "La ministre a ainsi conclu : «". The pattern is built in extract/quotes.ts.
 */
export const SPEECH_VERBS: ReadonlyArray<readonly [string, string]> = [
  ["déclare", "déclaré"], ["indique", "indiqué"], ["affirme", "affirmé"], ["souligne", "souligné"],
  ["ajoute", "ajouté"], ["explique", "expliqué"], ["précise", "précisé"], ["conclut", "conclu"],
  ["mentionne", "mentionné"], ["estime", "estimé"], ["rappelle", "rappelé"], ["assure", "assuré"],
  ["soutient", "soutenu"], ["commente", "commenté"], ["lance", "lancé"], ["signale", "signalé"],
  ["témoigne", "témoigné"], ["note", "noté"], ["insiste", "insisté"], ["poursuit", "poursuivi"],
  ["dit", "dit"], ["confie", "confié"], ["exprime", "exprimé"], ["fait valoir", "fait valoir"],
  ["observe", "observé"], ["remarque", "remarqué"], ["résume", "résumé"], ["renchérit", "renchéri"],
  ["réagit", "réagi"], ["souhaite", "souhaité"], ["se réjouit", "réjoui"], ["salue", "salué"],
  ["fait savoir", "fait savoir"], ["explicite", "explicité"], ["écrit", "écrit"],
];

/**
 * Roles a quoted speaker is introduced by: "indique le député Poulin",
 * "a ajouté la présidente de la Chambre de commerce, Mme …", "La ministre a ainsi conclu".
 */
export const SPEAKER_ROLE = [
  String.raw`(?:(?:[Vv]ice-)?[Pp]remi(?:er|ère)[ \u00A0]+)?[Mm]inistre`, // "la première ministre"
  "[Dd]éputée?", "[Pp]résidente?(?:-directrice générale|-directeur général)?", "[Vv]ice-présidente?",
  String.raw`[Dd]irect(?:eur|rice)(?:[ \u00A0]+générale?)?`, "[Mm]airesse", "[Mm]aire", "[Pp]réfète", "[Pp]réfet",
  "[Pp]orte-parole", "[Cc]heffe", "[Cc]hef", "[Cc]oordonnat(?:eur|rice)", "[Ss]ecrétaire", "[Ss]ous-ministre",
  String.raw`[Aa]djointe?[ \u00A0]+parlementaire`, "[Éé]lue?", "[Rr]esponsable",
].join("|");
