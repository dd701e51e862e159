// Synthetic French releases (our own sentences, invented people and organisations) and the HTML
// pages, RSS items and Atom entries that carry them, for the ingest and repost tests.
import iconv from "iconv-lite";

export interface SyntheticRelease {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** Paragraphs of the body, the dateline first. */
  paragraphs: string[];
  /** Grants a reader finds in the body: recipient and amount. */
  grants: { recipient: string; amount: number }[];
}

const NBSP = "\u00a0";

/** Nine distinct releases: no two share more than a few word 5-shingles. */
export const RELEASES: SyntheticRelease[] = [
  {
    slug: "bibliotheque-rimouski",
    title: "Une nouvelle bibliothèque pour le quartier Saint-Germain",
    date: "2025-02-04",
    paragraphs: [
      `RIMOUSKI, QC, le 4 février 2025 /CNW/ - La ministre de la Culture et des Communications, Mme Odile Brassard, annonce une aide financière de 1 200${NBSP}000${NBSP}$ à la Ville de Rimouski pour l'agrandissement de sa bibliothèque municipale.`,
      "Les travaux permettront d'ajouter une salle de lecture pour les adolescents, un atelier de création numérique et un espace de prêt ouvert le soir.",
      "« Une bibliothèque vivante rapproche les générations et donne le goût de lire », a déclaré la ministre Brassard.",
      "Le chantier doit commencer au printemps et se terminer à l'automne de l'année suivante.",
    ],
    grants: [{ recipient: "Ville de Rimouski", amount: 1_200_000 }],
  },
  {
    slug: "cooperative-alimentaire",
    title: "Appui à une coopérative alimentaire de Lévis",
    date: "2025-02-11",
    paragraphs: [
      "LÉVIS, QC, le 11 février 2025 /CNW/ - Le ministre de l'Agriculture, des Pêcheries et de l'Alimentation, M. Gaétan Morissette, confirme une contribution de 85 000 $ à la Coopérative de solidarité Le Panier des Chutes.",
      "Cette somme servira à acheter une chambre froide et un camion réfrigéré afin de distribuer des légumes frais aux familles de la rive sud.",
      "Le projet mise sur des partenariats avec une douzaine de fermes maraîchères de la région de Chaudière-Appalaches.",
      "« Manger local, c'est aussi soutenir nos producteurs », a souligné M. Morissette lors de sa visite de l'entrepôt.",
    ],
    grants: [{ recipient: "Coopérative de solidarité Le Panier des Chutes", amount: 85_000 }],
  },
  {
    slug: "patinoire-amqui",
    title: "Une patinoire réfrigérée à Amqui",
    date: "2025-02-18",
    paragraphs: [
      "AMQUI, QC, le 18 février 2025 /CNW/ - La députée de Matapédia, Mme Régine Lapointe, au nom de la ministre responsable du Sport, du Loisir et du Plein air, annonce que la Municipalité d'Amqui recevra 640 000 $ pour construire une patinoire extérieure réfrigérée.",
      "La surface glacée pourra accueillir le hockey libre, le patinage artistique et les cours offerts par l'école primaire voisine.",
      "L'aide est accordée dans le cadre du Programme de soutien aux infrastructures sportives et récréatives.",
      "Les citoyens pourront profiter de l'installation dès l'hiver prochain, de novembre à mars.",
    ],
    grants: [{ recipient: "Municipalité d'Amqui", amount: 640_000 }],
  },
  {
    slug: "centre-jeunesse-emploi",
    title: "Des services d'emploi renforcés pour les jeunes de Joliette",
    date: "2025-02-25",
    paragraphs: [
      "JOLIETTE, QC, le 25 février 2025 /CNW/ - Le ministre de l'Emploi et de la Solidarité sociale, M. Julien Fortier-Blais, accorde 312 500 $ à l'organisme Tremplin Travail Lanaudière.",
      "L'organisme accompagnera près de 150 jeunes adultes éloignés du marché du travail grâce à des stages rémunérés en entreprise.",
      "Des conseillers offriront aussi un suivi individuel pendant les six mois qui suivent l'embauche.",
      "« Chaque jeune mérite une première chance », a rappelé le ministre en entrevue.",
    ],
    grants: [{ recipient: "Tremplin Travail Lanaudière", amount: 312_500 }],
  },
  {
    slug: "sentier-velo-gaspe",
    title: "Le sentier cyclable de la baie prolongé",
    date: "2025-03-04",
    paragraphs: [
      "GASPÉ, QC, le 4 mars 2025 /CNW/ - Le ministre des Transports et de la Mobilité durable, M. Armand Cloutier, annonce un investissement de 2,4 millions de dollars pour prolonger de douze kilomètres la piste cyclable qui longe la baie.",
      "La somme est versée à la Régie intermunicipale de la Pointe dans le cadre du Programme d'aide financière au développement des transports actifs.",
      "Le tracé reliera le centre-ville au parc national, avec des haltes et des stationnements pour les vélos.",
      "Les cyclistes pourront emprunter le nouveau tronçon à compter de l'été 2026.",
    ],
    grants: [{ recipient: "Régie intermunicipale de la Pointe", amount: 2_400_000 }],
  },
  {
    slug: "maison-aines-sherbrooke",
    title: "Une maison pour aînés à Sherbrooke",
    date: "2025-03-11",
    paragraphs: [
      "SHERBROOKE, QC, le 11 mars 2025 /CNW/ - La ministre responsable des Aînés, Mme Claudette Vaillancourt, annonce une subvention de 4,7 M$ à la Fondation Les Jardins de l'Estrie pour bâtir une résidence de 60 logements abordables.",
      "Les appartements seront réservés à des personnes âgées à revenu modeste qui souhaitent demeurer dans leur quartier.",
      "Un jardin collectif, une salle commune et un service de repas compléteront le bâtiment.",
      "« Vieillir chez soi, entouré des siens, voilà notre objectif », a affirmé Mme Vaillancourt.",
    ],
    grants: [{ recipient: "Fondation Les Jardins de l'Estrie", amount: 4_700_000 }],
  },
  {
    slug: "musee-trois-rivieres",
    title: "Un musée d'histoire régionale rénové",
    date: "2025-03-18",
    paragraphs: [
      "TROIS-RIVIÈRES, QC, le 18 mars 2025 /CNW/ - Le ministre de l'Économie, M. Philippe Desrochers, octroie 725 000 $ au Musée des Forges du Saint-Maurice pour moderniser ses salles d'exposition.",
      "Les fonds permettront de remplacer l'éclairage, de climatiser les réserves et d'installer des bornes interactives en trois langues.",
      "Le musée prévoit accueillir 40 000 visiteurs par année après sa réouverture.",
      "La direction remercie le gouvernement pour son appui à la mise en valeur du patrimoine industriel.",
    ],
    grants: [{ recipient: "Musée des Forges du Saint-Maurice", amount: 725_000 }],
  },
  {
    slug: "usine-eau-magog",
    title: "Mise aux normes de l'usine d'eau potable",
    date: "2025-03-25",
    paragraphs: [
      "MAGOG, QC, le 25 mars 2025 /CNW/ - La ministre des Affaires municipales, Mme Sylvie Beaulac, confirme que la Ville de Magog obtiendra 3 150 000 $ pour mettre aux normes son usine de traitement de l'eau potable.",
      "Les nouveaux filtres réduiront la turbidité et protégeront la population lors des fortes pluies printanières.",
      "Cette aide provient du Programme d'infrastructures municipales pour l'eau.",
      "« L'eau potable est un service essentiel que nous devons à chaque citoyen », a conclu la ministre.",
    ],
    grants: [{ recipient: "Ville de Magog", amount: 3_150_000 }],
  },
  {
    slug: "festival-chicoutimi",
    title: "Soutien au festival des arts de la rue",
    date: "2025-04-01",
    paragraphs: [
      "SAGUENAY, QC, le 1er avril 2025 /CNW/ - Le ministre du Tourisme, M. Étienne Lavallée, accorde 95 000 $ au Festival des arts de la rue de Chicoutimi pour sa prochaine édition.",
      "L'événement présentera une quarantaine de spectacles gratuits de cirque, de théâtre et de musique dans le Vieux-Port.",
      "Les organisateurs attendent plus de 25 000 festivaliers pendant les cinq jours de la fête.",
      "« Nos festivals font rayonner la région bien au-delà du Saguenay », a déclaré le ministre.",
    ],
    grants: [{ recipient: "Festival des arts de la rue de Chicoutimi", amount: 95_000 }],
  },
];

const escapeHtml = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/** A page chrome style: what a site puts around a release. */
export interface PageStyle {
  /** Site name, in <title> and the header. */
  site: string;
  /** A byline or date line written above the body, or none. */
  byline?: string;
  /** Replaces the release title in <h1>. */
  title?: string;
  /** Declared in <meta charset>; the bytes are encoded accordingly by pageBytes. */
  charset?: "utf-8" | "windows-1252";
}

/**
 * A release page the way news sites write them: menus, a header and footer, a share bar, a list
 * of other articles (with a dated headline and an amount of their own), a script, a comment box.
 */
export function releasePage(r: SyntheticRelease, style: PageStyle = { site: "Salle de presse" }): string {
  const title = style.title ?? r.title;
  const other = RELEASES.find((x) => x.slug !== r.slug)!;
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="${style.charset ?? "utf-8"}">
<title>${escapeHtml(title)} | ${escapeHtml(style.site)}</title>
<script>window.analytics = { page: "${r.slug}", montant: "999 999 $" };</script>
</head><body>
<header class="entete"><a href="/">${escapeHtml(style.site)}</a>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/nouvelles">Nouvelles</a></li><li><a href="/regions">Régions</a></li></ul></nav></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${style.byline ? `<p class="auteur">${escapeHtml(style.byline)}</p>` : ""}
<div class="share-bar"><a href="#">Partager</a> <a href="#">Imprimer</a></div>
${r.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article>
<aside class="related"><h2>À lire aussi</h2><ul><li><a href="/autre">${escapeHtml(other.title)}</a> <time datetime="2024-11-05">5 novembre 2024</time> : 7 500 000 $ annoncés</li></ul></aside>
<section class="commentaires"><h2>Commentaires</h2><form><textarea>Votre commentaire</textarea></form></section>
</main>
<footer><p>© ${escapeHtml(style.site)} ${r.date.slice(0, 4)}. Tous droits réservés.</p></footer>
</body></html>`;
}

/** The page's bytes in the charset its <meta> declares. */
export function pageBytes(html: string, charset: "utf-8" | "windows-1252" = "utf-8"): Buffer {
  return charset === "utf-8" ? Buffer.from(html, "utf8") : iconv.encode(html, "windows-1252");
}

/** The body as the HTML a feed puts in content:encoded / <content type="html">. */
export function contentHtml(r: SyntheticRelease): string {
  return r.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
}

const RFC822_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RFC822_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function rfc822(date: string): string {
  const d = new Date(`${date}T10:00:00-05:00`);
  const day = RFC822_DAYS[d.getUTCDay()];
  return `${day}, ${date.slice(8)} ${RFC822_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)} 10:00:00 -0500`;
}

export interface FeedEntry {
  release: SyntheticRelease;
  /** The item's link (absolute or relative to the feed), or none. */
  link: string | null;
  guid: string;
  /** Put the body in the item (content:encoded / <content type="html">). */
  withContent?: boolean;
  /** Leave out the short <description> / <summary> too: the item has no content at all. */
  bare?: boolean;
}

export function rssFeed(title: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (e) => `<item><title>${escapeHtml(e.release.title)}</title>${e.link ? `<link>${escapeHtml(e.link)}</link>` : ""}
<guid isPermaLink="false">${escapeHtml(e.guid)}</guid><pubDate>${rfc822(e.release.date)}</pubDate>
${e.bare ? "" : `<description>${escapeHtml(e.release.paragraphs[0]!.slice(0, 120))}…</description>`}${
      e.withContent ? `<content:encoded><![CDATA[${contentHtml(e.release)}]]></content:encoded>` : ""
    }</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${escapeHtml(title)}</title><link>/</link><description>Communiqués</description>
${items.join("\n")}
</channel></rss>`;
}

export function atomFeed(title: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (e) => `<entry><title>${escapeHtml(e.release.title)}</title>${e.link ? `<link rel="alternate" href="${escapeHtml(e.link)}"/>` : ""}
<id>${escapeHtml(e.guid)}</id><published>${e.release.date}T10:00:00-05:00</published><updated>${e.release.date}T10:00:00-05:00</updated>
${e.withContent ? `<content type="html">${escapeHtml(contentHtml(e.release))}</content>` : e.bare ? "" : `<summary>${escapeHtml(e.release.title)}</summary>`}</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeHtml(title)}</title><id>urn:communique:test</id>
<updated>2025-04-01T10:00:00Z</updated>
${items.join("\n")}
</feed>`;
}
