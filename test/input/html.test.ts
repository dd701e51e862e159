import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import fc from "fast-check";
import { charsetOf, htmlToText, isoDateOf } from "../../src/input/html.js";

const NBSP = "\u00a0";

// Our own synthetic release, in a page with the usual chrome around it.
const RELEASE_PAGE = `<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Aide financière pour un centre communautaire | Portail gouvernemental</title>
<meta property="og:title" content="Aide financière pour un centre communautaire à Trois-Pistoles">
<meta property="article:published_time" content="2025-03-14T09:15:00-04:00">
<script>window.dataLayer = [{ page: "communique" }];</script>
<style>.menu { color: red }</style>
</head><body>
<header class="site-header"><a href="/">Accueil</a> <nav><ul><li>Nouvelles</li><li>Ministères</li></ul></nav></header>
<div class="breadcrumb">Accueil &gt; Salle de presse</div>
<main>
  <article class="communique has-comments">
    <h1>Aide financière pour un centre communautaire à Trois-Pistoles</h1>
    <div class="share-buttons"><a>Partager sur Facebook</a><a>Courriel</a></div>
    <div class="article-body">
      <p>TROIS-PISTOLES, QC, le 14 mars 2025 /CNW/ - La ministre de la Famille annonce une aide
      de 450&nbsp;000&nbsp;$ au Centre communautaire des Basques.</p>
      <p>Cette somme provient du Programme de soutien aux infrastructures<br>communautaires.</p>
      <ul><li>Volet 1 : 300 000 $</li><li>Volet 2 : 150 000 $</li></ul>
      <table><tr><th>Organisme</th><th>Montant</th></tr><tr><td>Centre des Basques</td><td>450 000 $</td></tr></table>
      <p>« Nous sommes fiers de ce projet », a déclaré la ministre.</p>
    </div>
  </article>
  <section class="recommandes"><h2>Recommandés pour vous</h2><p>Un autre communiqué sur les routes de 9 millions de dollars</p></section>
  <div id="comments"><h3>Commentaires</h3><p>Un lecteur : bravo pour les 450 000 $!</p></div>
</main>
<aside><p>Abonnez-vous à notre infolettre pour recevoir 10 $ de rabais.</p></aside>
<footer><p>© Gouvernement, tous droits réservés</p></footer>
</body></html>`;

describe("htmlToText on a release page", () => {
  const page = htmlToText(RELEASE_PAGE);

  it("keeps the release body and its title", () => {
    expect(page.title).toBe("Aide financière pour un centre communautaire à Trois-Pistoles");
    expect(page.text.startsWith("Aide financière pour un centre communautaire à Trois-Pistoles\n\nTROIS-PISTOLES, QC")).toBe(true);
    expect(page.text.endsWith("\n\n« Nous sommes fiers de ce projet », a déclaré la ministre.")).toBe(true);
  });

  it("drops menus, share buttons, other articles, comments, sidebars and footers", () => {
    for (const chrome of ["Accueil", "Nouvelles", "Partager", "Recommandés", "9 millions", "lecteur", "infolettre", "droits réservés", "dataLayer", "color"]) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it("keeps paragraph breaks, line breaks, list items and table rows apart", () => {
    expect(page.text).toContain(`une aide de 450${NBSP}000${NBSP}$ au Centre communautaire des Basques.\n\nCette somme`);
    expect(page.text).toContain("infrastructures\ncommunautaires.");
    expect(page.text).toContain("\n- Volet 1 : 300 000 $\n- Volet 2 : 150 000 $\n");
    expect(page.text).toContain("\nOrganisme | Montant\nCentre des Basques | 450 000 $\n");
  });

  it("reads the publication date as written, without a time-zone shift", () => {
    expect(page.published).toBe("2025-03-14");
  });
});

describe("htmlToText finding the body", () => {
  it("falls back to the block with the most paragraph text when no container is marked", () => {
    const html = `<html><body>
      <div class="top"><p>Lien</p><p>Autre lien</p></div>
      <div class="x1"><p>QUÉBEC, le 2 mai 2025 - Le ministre des Transports annonce 2,3 millions de dollars pour la réfection d'un pont.</p>
      <p>Les travaux commenceront cet été et dureront deux ans selon le ministère.</p></div>
      <div class="x2"><p>Court texte</p></div></body></html>`;
    const page = htmlToText(html);
    expect(page.text).toBe(
      "QUÉBEC, le 2 mai 2025 - Le ministre des Transports annonce 2,3 millions de dollars pour la réfection d'un pont.\n\n" +
        "Les travaux commenceront cet été et dureront deux ans selon le ministère.",
    );
    expect(page.title).toBeNull();
    expect(page.published).toBeNull();
  });

  it("prefers the long <article> over teaser articles", () => {
    const html = `<body><article><h2>Titre d'un autre article</h2><p>Résumé court.</p></article>
      <article><p>${"Le gouvernement annonce un investissement majeur dans la région. ".repeat(5)}</p></article></body>`;
    const page = htmlToText(html);
    expect(page.text).not.toContain("Résumé court");
    expect(page.text).toContain("investissement majeur");
  });

  it("keeps a whole-page ASP.NET <form> that holds the article", () => {
    const html = `<body><form id="aspnetForm"><h1>Nouvelle aide</h1><p>Une aide de 5 000 $ est accordée.</p>
      <div role="search"><input name="q"><p>Rechercher</p></div></form></body>`;
    const page = htmlToText(html);
    expect(page.text).toBe("Nouvelle aide\n\nUne aide de 5 000 $ est accordée.");
  });

  it("does not take 'public' or 'header' classes for ads", () => {
    const html = `<body><div class="public-notice"><p>Avis public : une somme de 12 000 $ est versée.</p></div>
      <div class="ad-slot"><p>Achetez maintenant</p></div><div class="pub"><p>Publicité</p></div></body>`;
    expect(htmlToText(html).text).toBe("Avis public : une somme de 12 000 $ est versée.");
  });

  it("drops the section under a 'À lire aussi' heading up to the next heading of its rank", () => {
    const html = `<article><h1>Titre</h1><p>Le texte du communiqué.</p>
      <h2>À lire aussi</h2><ul><li>Autre nouvelle</li></ul><p>Encore une autre</p>
      <h2>Renseignements</h2><p>Cabinet de la ministre</p></article>`;
    expect(htmlToText(html).text).toBe("Titre\n\nLe texte du communiqué.\n\nRenseignements\n\nCabinet de la ministre");
  });

  it("puts the title first when the body does not start with it", () => {
    const html = `<head><title>Un titre de page | Site</title></head><body><p>Premier paragraphe du texte.</p></body>`;
    const page = htmlToText(html);
    expect(page.title).toBe("Un titre de page");
    expect(page.text).toBe("Un titre de page\n\nPremier paragraphe du texte.");
  });

  it("returns an empty text for an empty page", () => {
    expect(htmlToText("")).toEqual({ text: "", title: null, published: null });
  });
});

describe("htmlToText publication date", () => {
  it.each([
    ['<meta property="article:published_time" content="2024-12-09T23:30:00-05:00"><p>x</p>', "2024-12-09"],
    ['<article><time datetime="2024-11-02">2 nov.</time><p>Texte</p></article>', "2024-11-02"],
    [
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-06-21T08:00:00Z"}]}</script><p>x</p>',
      "2023-06-21",
    ],
    ['<script type="application/ld+json">{ broken json</script><p>x</p>', null],
    ['<time datetime="demain">demain</time>', null],
  ])("%s -> %s", (html, expected) => {
    expect(htmlToText(html).published).toBe(expected);
  });
});

describe("isoDateOf", () => {
  it.each([
    ["2025-01-31", "2025-01-31"],
    ["2025-01-31T22:00:00-05:00", "2025-01-31"],
    ["Mon, 09 Dec 2024 10:30:00 -0500", "2024-12-09"],
    ["lun., 9 déc. 2024 10:30", "2024-12-09"],
    ["1er mars 2025", "2025-03-01"],
    ["15 août 2024", "2024-08-15"],
    ["2025-13-01", null],
    ["hier", null],
    ["", null],
  ])("%s -> %s", (input, expected) => {
    expect(isoDateOf(input)).toBe(expected);
  });
});

describe("charsetOf", () => {
  const ascii = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

  it.each([
    ["text/html; charset=UTF-8", "<p>x</p>", "utf-8"],
    ['text/html; charset="ISO-8859-1"', "<p>x</p>", "windows-1252"],
    [null, '<html><head><meta charset="windows-1252"></head>', "windows-1252"],
    [null, "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>", "windows-1252"],
    [null, "<head><meta content='text/html; charset=utf-8' http-equiv='content-type'></head>", "utf-8"],
    [null, '<?xml version="1.0" encoding="ISO-8859-15"?><rss></rss>', "iso-8859-15"],
    ["text/html", "<p>aucune déclaration</p>", null],
    [null, `${" ".repeat(2100)}<meta charset="windows-1252">`, null],
  ])("header %s, page %s -> %s", (header, page, expected) => {
    expect(charsetOf(header, ascii(page))).toBe(expected);
  });

  it("lets a byte-order mark win over the header", () => {
    expect(charsetOf("text/html; charset=iso-8859-1", new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe("utf-8");
  });

  it("finds the charset of a windows-1252 page so that ’ and € decode", () => {
    const bytes = iconv.encode('<meta charset="windows-1252"><p>L’aide de 5 000 € est versée.</p>', "windows-1252");
    const charset = charsetOf(null, bytes);
    expect(charset).toBe("windows-1252");
    expect(htmlToText(iconv.decode(Buffer.from(bytes), charset!)).text).toBe("L’aide de 5 000 € est versée.");
  });
});

describe("htmlToText on a large page", () => {
  it("stays linear in the page size (a 1 MB page in well under 5 s)", () => {
    const paragraph = "<p>Le ministre annonce une somme de 25 000 $ pour le projet de la municipalité régionale.</p>";
    const html = `<body><nav class="menu">${"<li><a>Lien</a></li>".repeat(1000)}</nav><article>${paragraph.repeat(10_000)}</article>
      <div id="comments">${"<div class='comment'><p>Bravo</p></div>".repeat(2000)}</div></body>`;
    const started = Date.now();
    const page = htmlToText(html);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(page.text.split("\n\n")).toHaveLength(10_000);
    expect(page.text).not.toContain("Bravo");
  }, 20_000);
});

describe("htmlToText keeps paragraphs apart (property)", () => {
  const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
  const word = fc.stringMatching(/^[a-zA-Zàéèêçôœ0-9$,.'’«»\u00a0]{1,12}$/u);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));
  const markup = fc.constantFrom("p", "div", "li", "h2", "blockquote");

  it("gives each block its own paragraph, its words intact, whatever the markup", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(markup, paragraph), { minLength: 1, maxLength: 6 }), (blocks) => {
        const html = `<article>${blocks.map(([tag, text]) => `<${tag}>  ${escape(text)}\n</${tag}>`).join("")}</article>`;
        const text = htmlToText(html).text;
        const lines = text === "" ? [] : text.split(/\n+/u); // only &nbsp; blocks: no text, no line
        const expected = blocks
          .filter(([, text]) => text.trim() !== "") // a block of only spaces (&nbsp;) is layout
          .map(([tag, text]) => (tag === "li" ? `- ${text.trim()}` : text.trim()));
        expect(lines).toEqual(expected);
      }),
    );
  });
});

describe("htmlToText lists", () => {
  it.each([
    ["<ul><li><p>Premier volet</p></li><li>Second volet</li></ul>", "- Premier volet\n- Second volet"],
    ["<p>Les volets :</p><ol><li>Études</li><li> Travaux </li></ol><p>Fin.</p>", "Les volets :\n\n1. Études\n2. Travaux\n\nFin."],
    ["<ul><li>&nbsp;</li><li>Seul élément</li></ul>", "- Seul élément"],
    ["<p>&nbsp;</p><p>Après un espaceur</p><p> &nbsp; </p>", "Après un espaceur"],
  ])("%s", (html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });
});
