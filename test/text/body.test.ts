import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { maskChrome } from "../../src/text/body.js";
import { normalizeText } from "../../src/text/normalize.js";

/** Lines that survived the mask, trimmed, blank ones dropped. */
const keptLines = (masked: string): string[] => masked.split("\n").map((l) => l.trim()).filter(Boolean);

// Our own synthetic news page: menus, a kicker, the headline, widgets, the release, comments, and
// other articles with their own dates and amounts.
const NEWS_PAGE = [
  "Nous joindre",
  "X",
  "Rechercher",
  "Publicité",
  "",
  "Économie",
  "",
  "Un coup de pouce de 450 000 $ pour les marchés publics de la région",
  "",
  "durée 10h30",
  "14 mars 2023",
  "ici",
  "",
  "commentaires",
  "",
  "j'aime",
  "\u00A0",
  "vues",
  "imprimer",
  "Julie Tremblay",
  "courriel",
  "Par Julie Tremblay, journaliste",
  "",
  "Le gouvernement du Québec octroie une aide financière de 450 000 $ à la Coopérative des marchés fermiers afin de prolonger sa saison.",
  "",
  "Le ministre de l'Agriculture en a fait l'annonce vendredi, en compagnie de plusieurs producteurs.",
  "",
  "Publicité",
  "",
  "La somme sera versée sur deux ans.",
  "",
  "Commentaires",
  "",
  "Pour partager votre opinion vous devez être connecté.",
  "",
  "À lire aussi",
  "",
  "Un nouvel aréna de 12 M$ inauguré à Sainte-Claire",
  "",
  "2 février 2023",
  "",
  "Les travaux, d'une valeur de 12 millions de dollars, se sont terminés plus tôt que prévu.",
].join("\n");

const CNW_RELEASE = [
  " date 2024-05 Québec soutient trois organismes de la Côte-Nord",
  "",
  "BAIE-COMEAU, QC, le 6 mai 2024 /CNW/ - La ministre responsable de la région, Mme Anne Dubois, annonce une aide de 300 000 $.",
  "",
  "Faits saillants",
  "",
  "Cette aide provient du Fonds régions et ruralité.",
  "",
  "SOURCE Cabinet de la ministre responsable de la région",
  "",
  "Renseignements : Marc Lévesque, attaché de presse, 418 555-0199",
].join("\n");

describe("maskChrome: synthetic news page", () => {
  const out = maskChrome(NEWS_PAGE);

  it("keeps the same length and every newline", () => {
    expect(out.text.length).toBe(NEWS_PAGE.length);
    expect([...out.text].map((c, i) => (c === "\n" ? i : -1)).filter((i) => i >= 0)).toEqual(
      [...NEWS_PAGE].map((c, i) => (c === "\n" ? i : -1)).filter((i) => i >= 0),
    );
  });

  it("keeps the headline and the release, masks menus, widgets, ads, comments and other articles", () => {
    expect(keptLines(out.text)).toEqual([
      "Un coup de pouce de 450 000 $ pour les marchés publics de la région",
      "Le gouvernement du Québec octroie une aide financière de 450 000 $ à la Coopérative des marchés fermiers afin de prolonger sa saison.",
      "Le ministre de l'Agriculture en a fait l'annonce vendredi, en compagnie de plusieurs producteurs.",
      "La somme sera versée sur deux ans.",
    ]);
  });

  it("gives the headline as title and the widget date as page date", () => {
    expect(out.title).toBe("Un coup de pouce de 450 000 $ pour les marchés publics de la région");
    expect(out.pageDate).not.toBeNull();
    expect(NEWS_PAGE.slice(out.pageDate!.start, out.pageDate!.end)).toBe("14 mars 2023");
  });

  it("puts bodyStart/bodyEnd around the kept text", () => {
    expect(NEWS_PAGE.slice(out.bodyStart)).toMatch(/^Un coup de pouce/);
    expect(NEWS_PAGE.slice(0, out.bodyEnd)).toMatch(/sur deux ans\.$/);
  });

  it("keeps unmasked characters exactly where they were", () => {
    for (let i = 0; i < out.text.length; i++) {
      if (out.text[i] !== " ") expect(out.text[i]).toBe(NEWS_PAGE[i]);
    }
  });
});

describe("maskChrome: newswire release", () => {
  const out = maskChrome(CNW_RELEASE);

  it("blanks the leading date token but keeps the headline after it", () => {
    expect(out.text.startsWith(" ".repeat(" date 2024-05".length) + " Québec soutient")).toBe(true);
    expect(out.title).toBe("Québec soutient trois organismes de la Côte-Nord");
  });

  it("keeps the CNW opening and the body, masks the SOURCE / Renseignements block", () => {
    expect(keptLines(out.text)).toEqual([
      "Québec soutient trois organismes de la Côte-Nord",
      "BAIE-COMEAU, QC, le 6 mai 2024 /CNW/ - La ministre responsable de la région, Mme Anne Dubois, annonce une aide de 300 000 $.",
      "Faits saillants",
      "Cette aide provient du Fonds régions et ruralité.",
    ]);
    expect(out.pageDate).toBeNull();
  });

  it.each([
    ["Pour information :\nCatherine Roy\n514 555-0101"],
    ["Pour plus d'information, vous pouvez communiquer avec :\n\nLouis Caron\nlouis.caron@exemple.org"],
    ["- 30 -\n\nRenseignements :\nCabinet du ministre"],
  ])("masks the contact block %#", (block) => {
    const text = `${CNW_RELEASE.split("\n").slice(0, 8).join("\n")}\n\n${block}`;
    expect(keptLines(maskChrome(text).text).at(-1)).toBe("Cette aide provient du Fonds régions et ruralité.");
  });
});

describe("maskChrome: newswire web page header", () => {
  const text = [
    "Un demi-million pour la relève agricole en Abitibi",
    "",
    "Nouvelles fournies par",
    "",
    "Cabinet du ministre de l'Agriculture",
    "",
    "09 déc, 2024, 13:25 ET",
    "",
    "Partager cet article",
    "",
    "ROUYN-NORANDA, QC, le 9 déc. 2024 /CNW/ - Le ministre annonce 500 000 $ pour la relève agricole de la région.",
    "",
    "durée 4 min",
    "",
    "Durée : 3 ans",
    "",
    "Par Marie Côté",
    "",
    "Le programme soutiendra une trentaine de jeunes entreprises agricoles au cours des trois prochaines années.",
  ].join("\n");
  const out = maskChrome(text);

  it("masks the source line under 'Nouvelles fournies par', the date widget, the share button and stray widgets", () => {
    expect(keptLines(out.text)).toEqual([
      "Un demi-million pour la relève agricole en Abitibi",
      "ROUYN-NORANDA, QC, le 9 déc. 2024 /CNW/ - Le ministre annonce 500 000 $ pour la relève agricole de la région.",
      "Durée : 3 ans",
      "Le programme soutiendra une trentaine de jeunes entreprises agricoles au cours des trois prochaines années.",
    ]);
    expect(out.title).toBe("Un demi-million pour la relève agricole en Abitibi");
    expect(text.slice(out.pageDate!.start, out.pageDate!.end)).toBe("09 déc, 2024, 13:25 ET");
  });
});

describe("maskChrome: a date widget with its time after a dash", () => {
  const text = [
    "Le Courrier du Fjord",
    "ACCUEIL  ACTUALITÉS  SPORTS",
    "",
    "Une nouvelle halte-garderie à La Baie",
    "",
    "Actualités",
    "Par Rédaction",
    "14 avril 2024 — 09:40",
    "",
    "Le gouvernement du Québec accorde 180 000 $ à la Maison de la famille du Fjord pour ouvrir une halte-garderie.",
  ].join("\n");

  it("reads the line as the page's date", () => {
    const out = maskChrome(text);
    expect(text.slice(out.pageDate!.start, out.pageDate!.end)).toBe("14 avril 2024 — 09:40");
  });
});

describe("maskChrome: a byline with a date field", () => {
  const page = (byline: string) => [
    "Accueil",
    "Actualités",
    "Sports",
    "",
    "Une aide pour la popote roulante de Montmagny",
    "",
    byline,
    "",
    "Le Centre d'entraide de Montmagny recevra 40 000 $ pour agrandir sa cuisine communautaire, a-t-on appris jeudi.",
  ].join("\n");

  it.each([
    ["Rédaction | 12 janvier 2025 | 9 h 40", "12 janvier 2025"],
    ["Par Anne Roy | 4 juillet 2024", "4 juillet 2024"],
    ["Par Anne Roy · 3 mai 2024", "3 mai 2024"],
  ])("%s", (byline, date) => {
    const text = page(byline);
    const out = maskChrome(text);
    expect(text.slice(out.pageDate!.start, out.pageDate!.end)).toBe(date);
    expect(out.text).not.toContain(byline);
  });

  it("takes no date from a byline without one", () => {
    expect(maskChrome(page("Par Anne Roy | Collaboration spéciale")).pageDate).toBeNull();
  });
});

describe("maskChrome: what stays body", () => {
  it("does not cut at a contact-like line followed by more paragraphs", () => {
    const text = [
      "QUÉBEC, le 2 juin 2022 /CNW/ - Le ministre annonce 80 000 $ pour la bibliothèque municipale de Saint-Léon.",
      "",
      "Source : Statistique Canada, recensement de 2021",
      "",
      "La bibliothèque accueillera aussi un nouveau service de prêt de jeux, financé à hauteur de 15 000 $ par la municipalité elle-même.",
    ].join("\n");
    expect(maskChrome(text).text).toBe(text);
  });

  it("does not cut at a related-articles word used as a menu item above the release", () => {
    const text = [
      "Accueil",
      "À la une",
      "Régions",
      "",
      "Nouvelle halte routière à Rivière-Verte",
      "",
      "La municipalité recevra 210 000 $ pour aménager une halte routière au bord du fleuve, a annoncé le député.",
    ].join("\n");
    const kept = keptLines(maskChrome(text).text);
    expect(kept).toEqual([
      "Nouvelle halte routière à Rivière-Verte",
      "La municipalité recevra 210 000 $ pour aménager une halte routière au bord du fleuve, a annoncé le député.",
    ]);
  });

  it("masks a list of other headlines after the share widgets, whatever its heading", () => {
    const release = "La ministre annonce 2,5 M$ pour la réfection de trois écoles primaires de la région, dont 900 000 $ pour l'école des Pins.";
    for (const heading of ["Articles récents", "Sur le blogue"]) {
      const text = [release, "", "Partager :", "Facebook", "Courriel", "", heading, "Un nouveau CPE à Sainte-Adèle", "300 M$ pour les routes du Nord", ""].join("\n");
      expect(keptLines(maskChrome(text).text)).toEqual([release]);
    }
    // after the widgets, a heading and a paragraph of the release: kept
    const text = [release, "", "Partager :", "Facebook", "", "Contexte", "Les travaux commenceront en mai.", "Le ministère suit le chantier"].join("\n");
    expect(keptLines(maskChrome(text).text)).toEqual([release, "Contexte", "Les travaux commenceront en mai.", "Le ministère suit le chantier"]);
  });

  it("masks what follows 'ÉGALEMENT SUR NOTRE SITE' or 'Réagissez à cet article' at the end of a news page", () => {
    const release = "Québec accorde 125 000 $ à la Ferme Vallée du Bras inc. pour un projet de lutte intégrée.";
    for (const heading of ["ÉGALEMENT SUR NOTRE SITE", "Réagissez à cet article (2)"]) {
      const text = [release, "", heading, "- La ministre Claire Trudel en visite à La Pocatière lundi", "F. Pelletier : 125 000 $ pour une ferme, c'est peu."].join("\n");
      expect(keptLines(maskChrome(text).text)).toEqual([release]);
    }
  });

  it("keeps section headings and a 'Publié le' line of a bare release", () => {
    const text = [
      "Des fonds pour trois centres de la petite enfance",
      "",
      "Publié le 8 novembre 2021",
      "",
      "Contexte",
      "",
      "Le gouvernement accorde 1,1 million de dollars à trois centres de la petite enfance de l'Estrie.",
    ].join("\n");
    const out = maskChrome(text);
    expect(out.text).toBe(text);
    expect(out.title).toBe("Des fonds pour trois centres de la petite enfance");
  });

  it("masks a photo credit line and an ad slot inside the body", () => {
    const text = [
      "(C) - Photo Archives",
      "Mardi, la ministre a confirmé une aide de 95 000 $ au comité des loisirs de Saint-Fabien pour son parc.",
      "Publicité",
      "Les travaux commenceront au printemps.",
    ].join("\n");
    expect(keptLines(maskChrome(text).text)).toEqual([
      "Mardi, la ministre a confirmé une aide de 95 000 $ au comité des loisirs de Saint-Fabien pour son parc.",
      "Les travaux commenceront au printemps.",
    ]);
  });
});

describe("maskChrome: title", () => {
  it.each([
    ["a CNW opening is not a headline", "RIMOUSKI, QC, le 3 oct. 2023 /CNW/ - Le ministre annonce 40 000 $.", null],
    ["a lead paragraph after the date token is not a headline",
      ` date 2021-09 ${"Le gouvernement du Québec annonce aujourd'hui un investissement important pour les organismes communautaires de la région, ".repeat(2)}`,
      null],
    ["the text after the date token up to a blank line",
      " date 2022-11 Une aide de 75 000 $ pour la\nmaison des jeunes de Matane\n\nLe ministre a annoncé...",
      "Une aide de 75 000 $ pour la maison des jeunes de Matane"],
    ["only chrome", "Nous joindre\nRechercher\nPublicité", null],
  ])("%s", (_name, text, title) => {
    expect(maskChrome(text).title).toBe(title);
  });

  it("takes the headline, not the kicker above it, on a page with widgets", () => {
    const text = "Rechercher\nAnnonce\n\nProgramme d'aide aux petites salles\n\nDeux salles de spectacle se partagent 60 000 $\n\nheure 08h15\n5 juin 2024\nimprimer\n\nLes deux salles recevront chacune 30 000 $ pour rénover leurs équipements scéniques.";
    const out = maskChrome(text);
    expect(out.title).toBe("Deux salles de spectacle se partagent 60 000 $");
    expect(keptLines(out.text)).toContain("Programme d'aide aux petites salles");
  });
});

describe("maskChrome: long lines", () => {
  const filler = "Les citoyens sont invités à transmettre leurs commentaires sur le projet de règlement municipal. ".repeat(3);
  it("a comment-box notice longer than a short line, spaced with NBSP and tabs, still closes the release", () => {
    const text = `Titre du communiqué de presse régional\n\n${filler}\n\nPour\u00A0\u00A0partager   votre\topinion vous devez être connecté. ${filler}\n\nUn autre article.\n`;
    const { text: masked } = maskChrome(text);
    expect(masked).toContain(filler.trim());
    expect(masked).not.toContain("Un autre article");
    expect(masked).not.toContain("partager");
  });
  it("a long paragraph that only mentions a source is body text", () => {
    const text = `Titre du communiqué de presse régional\n\n${filler}\n\nSOURCEs et ${filler}\n`;
    expect(maskChrome(text).text).toBe(text);
  });
});

describe("maskChrome: invariants", () => {
  it("returns a text of the same length, newlines in place, other characters kept or blanked", () => {
    const line = fc.oneof(
      fc.constantFrom("Nous joindre", "Commentaires", "Renseignements :", "22 août 2020", "durée 09h00", "", "X",
        "Par Salle des nouvelles", "RECOMMANDÉS POUR VOUS", " date 2024-01 Titre", "- 30 -"),
      fc.string({ unit: "grapheme", maxLength: 120 }).map((s) => s.replace(/\n/gu, " ")),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n");
        const out = maskChrome(text);
        expect(out.text.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (text[i] === "\n") expect(out.text[i]).toBe("\n");
          else expect([text[i], " "]).toContain(out.text[i]);
        }
        expect(out.bodyStart).toBeLessThanOrEqual(out.bodyEnd);
      }),
    );
  });
});

// The shared corpus is not part of the repository: these run only where it is present.
const SHARED = "/work/shared";
const read = (path: string) => normalizeText(readFileSync(`${SHARED}/${path}`, "utf8")).text;

describe.skipIf(!existsSync(`${SHARED}/seeds`))("maskChrome on the shared corpus", () => {
  it("masks the widgets and the recommended articles of a news page (seed 002)", () => {
    const text = read("seeds/002_88f04e40e677276e.txt");
    const out = maskChrome(text);
    expect(out.title).toMatch(/^Relance: Québec appuie/);
    expect(text.slice(out.pageDate!.start, out.pageDate!.end)).toBe("22 août 2020");
    expect(out.text).toContain("2,2\u00A0millions de dollars");
    expect(out.text).not.toMatch(/RECOMMANDÉS|Fondation Olo|2 avril 2024|Salle des nouvelles|imprimante/u);
  });

  it("masks the related-articles blocks and the repeated headline (b15)", () => {
    const out = maskChrome(read("corpus/dev/b15.txt"));
    expect(out.text).toContain("3,5 milliards $ de 2023 à 2028");
    expect(out.text).not.toMatch(/Sur le même sujet|taxe scolaire|véhicules|La Presse Canadienne\n/u);
    expect(out.text.match(/Entente bilatérale de 955/gu)).toHaveLength(1);
  });

  it("keeps the grant list and masks the widgets and byline (c11)", () => {
    const out = maskChrome(read("corpus/dev/c11.txt"));
    expect(out.title).toMatch(/^Près de 2,3 M\$/u);
    expect(out.text).toContain("Saint-Ludger — 98 27");
    expect(out.text).not.toMatch(/visionnements|Un texte de|courriel/u);
  });

  it("masks the contact block at the end (seed 003)", () => {
    const out = maskChrome(read("seeds/003_b25c199c8104f970.txt"));
    expect(out.text).not.toMatch(/913-9779|communiquer avec/u);
    expect(out.text).toContain("Contexte provincial");
  });

  it("gives no title when the first line is the CNW opening (seed 000)", () => {
    expect(maskChrome(read("seeds/000_0ad411822df05be0.txt")).title).toBeNull();
  });
});

describe("maskChrome: a 'Mis en ligne le' widget", () => {
  const text = [
    "Accueil > Nouvelles",
    "",
    "Une nouvelle bibliothèque à Saint-Élzéar",
    "",
    "Mis en ligne le 12 mars 2024",
    "",
    "La municipalité de Saint-Élzéar recevra 300 000 $ pour agrandir sa bibliothèque, a annoncé la députée.",
  ].join("\n");

  it("masks the widget and reads its date as the page's date", () => {
    const out = maskChrome(text);
    expect(out.text).not.toContain("Mis en ligne");
    expect(text.slice(out.pageDate!.start, out.pageDate!.end)).toBe("Mis en ligne le 12 mars 2024");
  });

  it("does not read 'Mis à jour le' as the publication date", () => {
    const out = maskChrome(text.replace("Mis en ligne", "Mis à jour"));
    expect(out.pageDate).toBeNull();
  });
});

describe("maskChrome: links to the previous and next posts", () => {
  const text = [
    "Un nouveau parc à Lévis",
    "",
    "La Ville de Lévis recevra 300 000 $ pour aménager un parc riverain, a annoncé la ministre ce matin devant les citoyens.",
    "",
    "← Billet précédent : 12 M$ pour le traversier",
    "Article suivant : Une aide de 3 M$ pour le port →",
  ].join("\n");

  it("masks them as chrome", () => {
    expect(keptLines(maskChrome(text).text)).toEqual([
      "Un nouveau parc à Lévis",
      "La Ville de Lévis recevra 300 000 $ pour aménager un parc riverain, a annoncé la ministre ce matin devant les citoyens.",
    ]);
  });
});
