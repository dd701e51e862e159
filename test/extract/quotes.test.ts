import { describe, expect, test } from "vitest";
import { findMinisters } from "../../src/extract/ministers.js";
import { findQuotes } from "../../src/extract/quotes.js";

// Our own sentences in the style of releases.
function quotesOf(text: string) {
  return findQuotes(text, findMinisters(text));
}

describe("findQuotes: where the attribution is", () => {
  test.each([
    {
      where: "next line, 'Name, role'",
      text:
        "La ministre des Forêts, Mme Lise Caron, annonce 2 M$.\n\n" +
        "«\u00A0Ce soutien aidera nos scieries à traverser une période difficile.\u00A0»\n\n" +
        "Lise Caron, ministre des Forêts\n",
      speaker: "Lise Caron",
      role: "ministre des Forêts",
      quote: "Ce soutien aidera nos scieries à traverser une période difficile.",
    },
    {
      where: "next line, a non-minister with a long role",
      text:
        "« Nous remercions le gouvernement pour sa confiance envers notre équipe de bénévoles. »\n\n" +
        "Paul Tardif, président du conseil d'administration de la Coopérative du Nord\n",
      speaker: "Paul Tardif",
      role: "président du conseil d'administration de la Coopérative du Nord",
      quote: "Nous remercions le gouvernement pour sa confiance envers notre équipe de bénévoles.",
    },
    {
      where: "after the closing mark",
      text: "« Les familles en sortiront gagnantes », a déclaré Jacques Morin, ministre de la Famille.",
      speaker: "Jacques Morin",
      role: "ministre de la Famille",
      quote: "Les familles en sortiront gagnantes",
    },
    {
      where: "after the closing mark, present tense, narrow NBSP inside",
      text: "«\u202FC'est une excellente nouvelle pour la région\u202F», souligne Mme Nadia Roy, mairesse de Granby.",
      speaker: "Nadia Roy",
      role: "mairesse de Granby",
      quote: "C'est une excellente nouvelle pour la région",
    },
    {
      where: "incise inside the quote",
      text:
        "La ministre de l'Emploi, Mme Claire Fortin, était à Rimouski.\n\n" +
        "« Ces emplois sont essentiels, a indiqué Claire Fortin. Ils font vivre nos villages. »",
      speaker: "Claire Fortin",
      role: "ministre de l'Emploi",
      quote: "Ces emplois sont essentiels, a indiqué Claire Fortin. Ils font vivre nos villages.",
    },
    {
      where: "before, with a colon, as 'la ministre'",
      text:
        "La ministre de l'Emploi, Mme Claire Fortin, était à Rimouski. La ministre a ainsi conclu : " +
        "« Nous serons toujours là pour les régions. »",
      speaker: "Claire Fortin",
      role: "ministre de l'Emploi",
      quote: "Nous serons toujours là pour les régions.",
    },
    {
      where: "after, 'le député' and a surname resolved from the text",
      text: "Le député Marc Bélanger a fait l'annonce. «Ce sont des sommes records», indique le député Bélanger.",
      speaker: "Marc Bélanger",
      role: "député",
      quote: "Ce sont des sommes records",
    },
    {
      where: "curly quotes, surname of a minister",
      text:
        "Le ministre des Pêches, M. Alain Gagnon, était présent. “Nos pêcheurs méritent cet appui”, a ajouté M. Gagnon.",
      speaker: "Alain Gagnon",
      role: "ministre des Pêches",
      quote: "Nos pêcheurs méritent cet appui",
    },
  ])("$where", ({ text, speaker, role, quote }) => {
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker, role, text: quote });
    const q = quotes[0]!;
    expect(text.slice(q.start, q.end)).toMatch(/^[«“][\s\S]*[»”]$/u);
  });
});

describe("findQuotes: speakers left open and passages that are not quotes", () => {
  test("'la ministre' stays unresolved when two ministers could have said it", () => {
    const text =
      "La ministre des Forêts, Mme Lise Caron, et la ministre du Travail, Mme Anne Roy, étaient présentes. " +
      "La ministre a ajouté : « Nous serons là pour les travailleurs. »";
    const [quote] = quotesOf(text);
    expect(quote).toMatchObject({ speaker: null, role: "ministre", text: "Nous serons là pour les travailleurs." });
  });

  test("'la ministre' picks the only woman among the ministers", () => {
    const text =
      "Le ministre des Forêts, M. Luc Caron, et la ministre du Travail, Mme Anne Roy, étaient présents. " +
      "La ministre a ajouté : « Nous serons là pour les travailleurs. »";
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "Anne Roy", role: "ministre du Travail" });
  });

  test("a standalone paragraph with no attribution is kept without a speaker", () => {
    const text = "Citations :\n\n« Ce projet structurant profitera à toute la communauté pendant des années. »\n";
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({ speaker: null, role: null, text: expect.stringMatching(/^Ce projet/u) }),
    ]);
  });

  test.each([
    ["a name in guillemets", "Le volet « Appui Croissance Plus » est reconduit pour trois ans."],
    ["a short inline citation", "Le projet doit « favoriser l'inclusion des aînés » dans leur communauté."],
    ["an opening mark never closed", "« Nous sommes heureux de participer à ce projet qui"],
  ])("%s", (_, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
