import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { MOJIBAKE_WARNING, normalizeText, repairMojibake } from "../../src/text/normalize.js";

/** UTF-8 text as a program that read its bytes as Windows-1252 shows it. */
const asMojibake = (text: string): string => iconv.decode(Buffer.from(text, "utf8"), "windows-1252");

describe("normalizeText: newlines, invisible characters, spaces", () => {
  it.each([
    ["CRLF", "Ligne une\r\nLigne deux\r\n", "Ligne une\nLigne deux\n"],
    ["lone CR", "Ligne une\rLigne deux", "Ligne une\nLigne deux"],
    ["BOM", "\uFEFFQUÉBEC, le 2 mai 2024", "QUÉBEC, le 2 mai 2024"],
    ["zero-width space in an amount", "2\u200B500\u200B000 $", "2500000 $"],
    ["ZWNJ, ZWJ, word joiner", "Mont\u200Créal\u200D \u2060Laval", "Montréal Laval"],
    ["soft hyphen", "subven\u00ADtion", "subvention"],
    ["tab", "Montant :\t50 000 $", "Montant : 50 000 $"],
    ["tabs between cells", "\tChertsey\tRedressement\t\t602 400 $", " Chertsey | Redressement | 602 400 $"],
    ["cells apart by runs of blanks", "Ripon   Reconstruction du chemin   964 320 $", "Ripon | Reconstruction du chemin | 964 320 $"],
    ["one run of blanks alone is layout", "Ripon     964 320 $", "Ripon     964 320 $"],
    ["runs of blanks without a figure are layout", "Titre   de   la page", "Titre   de   la page"],
    ["trailing spaces", "Titre   \n  Paragraphe \t\n", "Titre\n  Paragraphe\n"],
  ])("%s", (_name, raw, expected) => {
    expect(normalizeText(raw)).toEqual({ text: expected, warnings: [] });
  });

  it("keeps NO-BREAK SPACE, NARROW NBSP and both apostrophes as written", () => {
    const raw = "une somme de 2\u202F300\u00A0000\u00A0$ pour l’école et l'aréna";
    expect(normalizeText(raw).text).toBe(raw);
  });

  it("drops the spaces that end each line, and only those, on any mix of spaces and lines", () => {
    const trimmedLineByLine = (text: string): string => text.split("\n").map((l) => l.replace(/ +$/u, "")).join("\n");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", " ", "\n", "a", "é", "\u00A0"), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(normalizeText(text).text).toBe(trimmedLineByLine(text));
      }),
    );
  });
});

describe("normalizeText: HTML entities", () => {
  it.each([
    ["named", "Caf&eacute; &amp; boulangerie", "Café & boulangerie"],
    ["decimal and hex", "R&#233;gion de Qu&#xE9;bec et L&#x00E9;vis", "Région de Québec et Lévis"],
    ["quotes and apostrophes", "l&rsquo;aide &laquo;&nbsp;Relance&nbsp;&raquo;", "l’aide «\u00A0Relance\u00A0»"],
    ["narrow no-break space", "10&#8239;000&nbsp;$", "10\u202F000\u00A0$"],
    ["double-encoded", "&amp;eacute;t&amp;eacute;", "été"],
    ["ampersand in names stays", "R&D, AT&T et Desjardins & cie", "R&D, AT&T et Desjardins & cie"],
    ["entity without semicolon stays", "Recherche&notoriété", "Recherche&notoriété"],
  ])("%s", (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });
});

describe("normalizeText: mojibake (UTF-8 read as Windows-1252)", () => {
  it.each([
    ["é", "QuÃ©bec", "Québec"],
    ["à with its NBSP", "Ã\u00A0 la rÃ©gion", "à la région"],
    ["à whose NBSP became a space", "Ã  la rÃ©gion", "à la région"],
    ["right single quote", "lâ€™organisme", "l’organisme"],
    ["NBSP before $", "500Â\u00A0$", "500\u00A0$"],
    ["É, È, Ç, œ", "Ã‰tÃ© Ã€ MontrÃ©al, Ã‡a, Å“uvre", "Été À Montréal, Ça, œuvre"],
    ["dashes, quotes, euro, ellipsis", "â€” â€œoui â€¦ â‚¬", "— “oui … €"],
    ["closing quote whose 0x9D byte was dropped", "â€œRelanceâ€ dit-il", "“Relance” dit-il"],
  ])("repairs %s", (_name, raw, expected) => {
    expect(normalizeText(raw)).toEqual({ text: expected, warnings: [MOJIBAKE_WARNING] });
  });

  it("repairs a whole release made mojibake by iconv", () => {
    const release = "SAINT-JÉRÔME, QC, le 4 déc. 2024 /CNW/ - La ministre annonce 1,2 M$ à l’Œuvre « Élan »…";
    expect(normalizeText(asMojibake(release))).toEqual({ text: release, warnings: [MOJIBAKE_WARNING] });
  });

  it("repairs text that went through the mistake twice", () => {
    expect(repairMojibake(asMojibake(asMojibake("Gaspésie")))).toBe("Gaspésie");
  });

  it("repairs the broken part of a page that mixes both", () => {
    expect(normalizeText("Québec et MontrÃ©al").text).toBe("Québec et Montréal");
  });

  it.each([
    ["accents next to guillemets", "le «\u00A0café\u00A0» de l’été"],
    ["Portuguese name in capitals", "SÃO PAULO"],
    ["capital ending before an ellipsis", "ÉTÉ… puis l’AUTOMNE"],
    ["no accent at all", "Le projet de 300 000 $ est lancé."],
  ])("leaves correct French alone: %s", (_name, text) => {
    expect(normalizeText(text)).toEqual({ text, warnings: [] });
  });

  it("is idempotent and deterministic on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(s).text).toBe(once);
        expect(normalizeText(once).text).toBe(once);
      }),
    );
  });

  it("round-trips any Latin-1 French text through mojibake", () => {
    const frenchChar = fc.constantFrom(..."abcdeéèêëàâîïôûùüçœÉÈÀÇÔ «»’—–…€ 0123456789$,.");
    fc.assert(
      fc.property(fc.array(frenchChar, { minLength: 1, maxLength: 60 }), (chars) => {
        const text = chars.join("").replace(/ +$/u, "");
        fc.pre(/[^\x00-\x7F]/u.test(text));
        expect(normalizeText(asMojibake(text)).text).toBe(normalizeText(text).text);
      }),
    );
  });
});
