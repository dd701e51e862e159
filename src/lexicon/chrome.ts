// Word lists that mark web-page chrome around a press release (menus, widgets, related-article
// lists, comment boxes, newswire contact blocks). Generic words only: never a site, person or title.
// Entries are compared after `chromeKey` (lower case, accents kept, apostrophes unified, spaces
// collapsed, trailing ":" dropped), so "RECOMMANDÉS POUR VOUS" and "Recommandés pour vous :" match.

/** Lower-cases, unifies apostrophes and spaces, drops a trailing colon: the form lists are written in. */
export function chromeKey(line: string): string {
  return chromeKeyOfCollapsed(collapseSpaces(line));
}

/** chromeKey of a line already through collapseSpaces (apostrophes are no blanks: order is free). */
export function chromeKeyOfCollapsed(line: string): string {
  let key = line.replace(/[’ʼ`]/gu, "'");
  // Not /\s*:$/: on a line of blanks that pattern retries at every blank.
  if (key.endsWith(":")) key = key.slice(0, -1).trimEnd();
  // French has no locale-specific case mapping: toLowerCase() is toLocaleLowerCase("fr"), without the ICU call.
  return key.toLowerCase();
}

/**
 * What replace(/\s+/gu, " ") changes: one blank that is not a plain space, or a space and a blank
 * (the same as /\s\s|[^\S ]/u: two blanks in a row open on a space or on another blank). Tried on
 * most lines; testing the one-char class first is ~10% faster.
 */
export const SPACES_TO_COLLAPSE = /[^\S ]| \s/u;

/**
 * Runs of blanks (\s: U+00A0 and U+202F included) to one space, ends trimmed. Tested first: most
 * lines hold single plain spaces only, and a global replace rebuilds the string one match per space.
 */
export function collapseSpaces(text: string): string {
  return (SPACES_TO_COLLAPSE.test(text) ? text.replace(/\s+/gu, " ") : text).trim();
}

/** Whole lines that are site navigation or page widgets ("Nous joindre", "Rechercher", "j'aime"). */
export const MENU_LINES: ReadonlySet<string> = new Set([
  // navigation
  "x", "menu", "accueil", "nous joindre", "joindre l'équipe", "nous contacter", "contactez-nous",
  "rechercher", "recherche", "se connecter", "connexion", "s'abonner", "abonnez-vous", "infolettre",
  "publicité", "annonce", "annonces", "fermer", "retour", "retour en haut", "aller au contenu",
  "passer au contenu principal", "english", "en", "fr", "français", "plus",
  // share / reaction widgets
  "ici", "commentaires", "commentaire", "réactions", "réaction", "likes", "like", "j'aime", "vues",
  "visionnements", "lectures", "partages", "partager", "partagez", "imprimer", "imprimante", "email",
  "e-mail", "courriel", "facebook", "twitter", "x (twitter)", "linkedin", "messenger", "whatsapp",
  "copier le lien", "envoyer", "écouter", "écouter l'article", "audio", "video", "vidéo", "photo",
  "photos", "galerie", "agrandir", "signaler une erreur", "s'inscrire",
]);

/** Line openings of widget lines: "durée 09h00", "heure 17h00", "temps de lecture : 3 min". */
export const WIDGET_PREFIXES: readonly string[] = [
  "durée", "heure", "temps de lecture", "lecture", "mis en ligne", "modifié", "mis à jour",
];

/** Byline openings that sit between the headline and the release: "Par Salle des nouvelles". */
export const BYLINE_PREFIXES: readonly string[] = [
  "par", "un texte de", "texte de", "rédigé par", "publié par", "écrit par", "auteur",
  "rédaction", "nouvelles fournies par", "communiqué fourni par", "fourni par",
];

/** Headings after which the page lists other articles or comments: the release is over. */
export const RELATED_HEADINGS: ReadonlySet<string> = new Set([
  "recommandés pour vous", "recommandé pour vous", "sur le même sujet", "sur le même thème",
  "à la une", "à lire aussi", "à lire également", "lire aussi", "à voir aussi", "à voir",
  "à découvrir", "à ne pas manquer", "articles connexes", "articles liés", "articles similaires",
  "articles recommandés", "nouvelles connexes", "nouvelles similaires", "dans la même catégorie",
  "dans la même section", "vous aimerez aussi", "vous aimerez peut-être aussi",
  "vous pourriez aussi aimer", "les plus lus", "les plus populaires", "plus de nouvelles",
  "autres nouvelles", "dernières nouvelles", "en continu", "commentaires", "commentairescommentaires",
  "ajouter un commentaire", "laisser un commentaire", "écrire un commentaire", "réagir",
  "partager cet article", "partagez cet article", "mots-clés", "étiquettes", "tags",
  "liens connexes", "lien connexe", "liens complémentaires", "renseignements complémentaires",
  // a blog's list of its other posts
  "articles récents", "publications récentes", "nouvelles récentes", "actualités récentes", "derniers articles",
  "dernières publications", "dernières actualités", "articles précédents", "articles populaires", "autres articles",
  "également sur notre site", "aussi sur notre site", "ailleurs sur notre site", "également à lire", "à lire ensuite",
  "réagissez à cet article",
]);

/** Line openings of comment-box notices: "Pour partager votre opinion vous devez être connecté". */
export const COMMENT_BOX_PREFIXES: readonly string[] = [
  "pour partager votre opinion", "pour commenter", "vous devez être connecté",
  "connectez-vous pour", "soyez le premier à commenter", "aucun commentaire",
];

/**
 * Headings of the newswire contact block that closes a release ("Renseignements :", "SOURCE",
 * "Pour information", "Pour plus d'information, vous pouvez communiquer avec :"). A line that is
 * exactly one of these, or starts with one followed by ":", starts the block.
 */
export const CONTACT_HEADINGS: readonly string[] = [
  "renseignements", "source", "sources", "pour information", "pour informations",
  "pour renseignements", "pour plus d'information", "pour plus d'informations",
  "pour plus de renseignements", "pour tout renseignement", "information", "informations",
  "relations avec les médias", "relations médias", "demandes des médias", "personne-ressource",
  "personnes-ressources", "contact", "contacts", "contact média", "contacts médias",
  "renseignements aux médias", "information aux médias",
];

/** Words of a contact invitation line: "..., vous pouvez communiquer avec :". */
export const CONTACT_INVITATIONS: readonly string[] = [
  "communiquer avec", "joindre", "contacter", "s'adresser à",
];

/** End-of-release marks used by newswires: "-30-", "- 30 -". */
export const END_MARK = /^[-–—]\s*30\s*[-–—]$/u;

/** Photo credits: "(C) - Photo Facebook ...", "Photo : Archives", "Crédit photo : ...". */
export const PHOTO_CREDIT = /^(?:\((?:c|©)\)\s*[-–—:]?\s*photo|©\s*photo|photo\s*:|crédit\s*(?:photo)?\s*:|source\s+de\s+la\s+photo)/iu;
