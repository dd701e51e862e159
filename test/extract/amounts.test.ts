// Duckling-style corpus for findAmounts: every surface form that must give a value, phrases
// that must give nothing, and spans inside sentences. Our own sentences, in the style of releases.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { findAmounts, parseFrenchNumber, parseNumberWords } from "../../src/extract/amounts.js";
import { Amount } from "../../src/record.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** Each input, alone, must give exactly one amount with this value (and currency, CAD by default). */
const CORPUS: { value: number; currency?: string; inputs: string[] }[] = [
  {
    value: 2_300_000,
    inputs: [
      "2,3 millions de dollars", "2,3 M$", "2,3 M $", "2 300 000 $", `2${NBSP}300${NBSP}000${NBSP}$`,
      `2${NNBSP}300${NNBSP}000$`, "2300000 $", "2,3 millions $", "2,3 millions de $", "$ 2,3 millions",
      "2,3 MILLIONS DE DOLLARS", "2.3 M$", "2.300.000 $",
    ],
  },
  { value: 250_000, inputs: ["250 000$", "250 000 $", "250000$", "250 k$", "250K$", "deux cent cinquante mille dollars"] },
  { value: 2_952_412, inputs: ["2 952412$", "2 952 412 $"] },
  { value: 1_000_000_000, inputs: ["1 G$", "1 milliard de dollars", "1 Md$", "un milliard de dollars", "1 000 M$"] },
  { value: 4_400_000_000, inputs: ["4,4 G$", "4,4 milliards $", "4,4 milliards de dollars"] },
  { value: 500_000, inputs: ["un demi-million de dollars", "500 000 dollars", "0,5 M$", "un demi million de dollars"] },
  { value: 1_500_000, inputs: ["un million et demi de dollars", "1 million et demi de dollars", "1,5 M$"] },
  // English thousands slipped into French text: two comma groups or more ("12,500 $" stays 12.5)
  { value: 1_250_000, inputs: ["1,250,000 $", "$1,250,000", "1,250,000.00 $"] },
  { value: 5_000_000, inputs: ["cinq millions de dollars", "5 millions de dollars", "$5 millions", "5 M$ CAN", "5 millions de dollars canadiens"] },
  { value: 75_000_000, inputs: ["$ 75 millions", "75 millions de dollar", "75 millions $"] },
  { value: 90_000, inputs: ["quatre-vingt-dix mille dollars", "90 000 dollars"] },
  { value: 10_000, inputs: ["10 000,00 $", "$10.000", "10.000 $", "$10k", "10K$", "dix mille dollars"] },
  { value: 125_000.5, inputs: ["125.000,50 $", "125 000,50 $"] },
  { value: 12.5, inputs: ["12,50 $", "12,5 $", "douze dollars et 50 cents", "12 dollars et cinquante cents"] },
  { value: 1_047_834, inputs: ["1 047 834 M$", "1 047 834 $"] },
  // 100 billion dollars or more written in millions is a typo for dollars; below that, millions
  { value: 275_000, inputs: ["275 000 M$", "275 000 $"] },
  { value: 25_000_000_000, inputs: ["25 000 M$", "25 milliards de dollars"] },
  { value: 3_000_000, currency: "USD", inputs: ["3 M$ US", "3 millions de dollars américains", "3 millions $ US", "3 millions de $US", "US$ 3 millions", "3 millions USD", "3 M$US", "3 M$ US"] },
  { value: 40, currency: "EUR", inputs: ["40 €", "40€", "40 euros", "EUR 40", "EUR40", "40 EUR", "quarante euros"] },
  { value: 2_000_000, currency: "EUR", inputs: ["2 millions d'euros", "2 millions d’euros", "2 M€", "2 millions €"] },
  { value: 7_000_000, currency: "HKD", inputs: ["7 millions de $ HK"] },
];

/** Nothing here is money. */
const NEGATIVES = [
  "15 %", "au moins 10 %", "12,5 pour cent", "pour cent", "(418) 555-0142", "418 555-0142", "G1R 4Y5",
  "2018-2022", "2024‑2027", "en 2024", "le 3 mai 2024", "article 25 de la loi", "un point de TVQ",
  "1,2 million de véhicules", "3 millions de personnes", "2 millions d'habitants", "25 emplois",
  "12 projets", "les 22 municipalités", "COVID-19", "2,5 millions", "des millions de dollars",
  "plusieurs milliers de dollars", "Saint-Lin — 98 27", "1m n'est pas un nombre", "M. Tremblay",
  "5 M. Gagnon", "la TECQ 2019-2023", "3 cents", "de84 initiatives", "Montant en $ 2023-2024",
];

describe("findAmounts: surface forms", () => {
  const cases = CORPUS.flatMap(({ value, currency, inputs }) => inputs.map((input) => ({ input, value, currency: currency ?? "CAD" })));
  test.each(cases)("$input -> $value $currency", ({ input, value, currency }) => {
    const { amounts } = findAmounts(input);
    expect(amounts.map((a) => [a.value, a.currency])).toEqual([[value, currency]]);
    expect(amounts[0]!.text).toBe(input);
  });
});

describe("findAmounts: not money", () => {
  test.each(NEGATIVES)("%s -> nothing", (input) => {
    expect(findAmounts(input).amounts).toEqual([]);
  });
});

type Expected = Partial<Amount> & { text: string; value: number };
/** Sentences: every amount, in order, with its text, value and (when given) qualifier/range. */
const SENTENCES: { sentence: string; amounts: Expected[] }[] = [
  {
    sentence: "Le ministre annonce une aide financière de 1 250 000 $ pour agrandir le centre sportif.",
    amounts: [{ text: "1 250 000 $", value: 1_250_000, qualifier: "exact", currency: "CAD" }],
  },
  {
    sentence: "Au total, plus de 4,2 M$ seront investis d'ici 2026 dans 14 projets.",
    amounts: [{ text: "4,2 M$", value: 4_200_000, qualifier: "over" }],
  },
  {
    sentence: "Une somme de près de 360 000 $ sera remise à la coopérative, soit environ 1,2 M$ sur trois ans.",
    amounts: [
      { text: "360 000 $", value: 360_000, qualifier: "about" },
      { text: "1,2 M$", value: 1_200_000, qualifier: "about" },
    ],
  },
  {
    sentence: "Chaque organisme pourra recevoir jusqu’à 50 000 $, et jusqu'à 80 000 $ pour un projet régional.",
    amounts: [
      { text: "50 000 $", value: 50_000, qualifier: "up_to" },
      { text: "80 000 $", value: 80_000, qualifier: "up_to" },
    ],
  },
  {
    sentence: "Le budget doit être d'au plus 75 000 dollars; une aide pouvant atteindre 30 000 $ est offerte.",
    amounts: [
      { text: "75 000 dollars", value: 75_000, qualifier: "up_to" },
      { text: "30 000 $", value: 30_000, qualifier: "up_to" },
    ],
  },
  {
    sentence: "Le chantier coûtera moins de 2 millions de dollars, et au moins 500 000 $ viendront du privé.",
    amounts: [
      { text: "2 millions de dollars", value: 2_000_000, qualifier: "under" },
      { text: "500 000 $", value: 500_000, qualifier: "over" },
    ],
  },
  {
    sentence: "Selon sa taille, chaque municipalité obtiendra entre 2 et 3 M$ sur cinq ans.",
    amounts: [
      { text: "2", value: 2_000_000, range: "low" },
      { text: "3 M$", value: 3_000_000, range: "high" },
    ],
  },
  {
    sentence: "Les subventions vont de 15 000 à 45 000 dollars par projet.",
    amounts: [
      { text: "15 000", value: 15_000, range: "low" },
      { text: "45 000 dollars", value: 45_000, range: "high" },
    ],
  },
  {
    sentence: "L'entente prévoit entre 30 et 40 millions $ par année.",
    amounts: [
      { text: "30", value: 30_000_000, range: "low" },
      { text: "40 millions $", value: 40_000_000, range: "high" },
    ],
  },
  {
    sentence: "Les montants varient de 500 000 $ à 1,5 M$ selon le volet.",
    amounts: [
      { text: "500 000 $", value: 500_000, range: "low" },
      { text: "1,5 M$", value: 1_500_000, range: "high" },
    ],
  },
  {
    sentence: "DEC verse des contributions de 60 000 dollars et de 25 000 dollars à deux festivals.",
    amounts: [
      { text: "60 000 dollars", value: 60_000, qualifier: "exact" },
      { text: "25 000 dollars", value: 25_000, qualifier: "exact" },
    ],
  },
  {
    sentence: "1 Municipalité de Val-des-Sources Voirie 48 210 $ 2 MRC du Granit Loisirs 12 500 $ 3 Ville de",
    amounts: [
      { text: "48 210 $", value: 48_210 },
      { text: "12 500 $", value: 12_500 },
    ],
  },
  {
    sentence: "Lac-Brome65 000 $ Sutton81 250 $",
    amounts: [
      { text: "65 000 $", value: 65_000 },
      { text: "81 250 $", value: 81_250 },
    ],
  },
  {
    sentence: "| Rivière-Rouge | 84 300 $ |\n| Mont-Laurier | 102 750 $ |",
    amounts: [
      { text: "84 300 $", value: 84_300 },
      { text: "102 750 $", value: 102_750 },
    ],
  },
  {
    sentence: "Sainte-Marie — 150 000 $\nSaint-Joseph — 75 000 $",
    amounts: [
      { text: "150 000 $", value: 150_000 },
      { text: "75 000 $", value: 75_000 },
    ],
  },
  {
    sentence: " date 2024-03 640 000 $ pour rénover la bibliothèque municipale",
    amounts: [{ text: "640 000 $", value: 640_000 }],
  },
  {
    sentence: "En 2023, 500 000 $ ont été versés; en 2019 250 000 $ l'avaient été.",
    amounts: [
      { text: "500 000 $", value: 500_000 },
      { text: "250 000 $", value: 250_000 },
    ],
  },
  {
    sentence: "Avec les partenaires, plus de7,5 M$ seront injectés dans de12 initiatives.",
    amounts: [{ text: "7,5 M$", value: 7_500_000, qualifier: "over" }],
  },
  {
    sentence: "Cette aide s'ajoute à un montant de 12 millions, annoncé l'an dernier.",
    amounts: [{ text: "12 millions", value: 12_000_000 }],
  },
  {
    sentence: "L'an passé, plus de 3 millions ont été remis aux organismes et une enveloppe de 8 millions est prévue.",
    amounts: [
      { text: "3 millions", value: 3_000_000, qualifier: "over" },
      { text: "8 millions", value: 8_000_000 },
    ],
  },
  {
    sentence: "Ce soutien s'ajoute aux 4,2 millions déjà réservés au volet régional.",
    amounts: [{ text: "4,2 millions", value: 4_200_000 }],
  },
  {
    sentence: "Le constructeur rappelle 1,2 million de véhicules et 3 millions de pièces.",
    amounts: [],
  },
  {
    sentence: "Nous consacrons un demi-million de dollars supplémentaire à la culture.",
    amounts: [{ text: "un demi-million de dollars", value: 500_000 }],
  },
  {
    sentence: "Pour information : 514 873-2211, poste 25. Les projets (au moins 10 %) débutent en 2025-2026.",
    amounts: [],
  },
  {
    sentence: "Le contrat de 2,5 M$ US et l'achat de 800 000 € ont été signés.",
    amounts: [
      { text: "2,5 M$ US", value: 2_500_000, currency: "USD" },
      { text: "800 000 €", value: 800_000, currency: "EUR" },
    ],
  },
  {
    sentence: "Le billet coûte 12 dollars 50. Le programme verse 500 dollars 2 fois par année.",
    amounts: [
      { text: "12 dollars 50", value: 12.5 },
      { text: "500 dollars", value: 500 },
    ],
  },
  {
    sentence: "Le fonds, doté de 25 millions, s'ajoute à une contribution maximale de 1,2 milliard.",
    amounts: [
      { text: "25 millions", value: 25_000_000, qualifier: "exact" },
      { text: "1,2 milliard", value: 1_200_000_000, qualifier: "up_to" },
    ],
  },
  {
    sentence: "La région compte 1,2 million d'habitants; une population de 8,9 millions vit au Québec.",
    amounts: [],
  },
  {
    sentence: "Des aides de 10 000-15 000 $ sont prévues pour la phase 2 - 3 M$ au total.",
    amounts: [
      { text: "10 000", value: 10_000, range: "low" },
      { text: "15 000 $", value: 15_000, range: "high" },
      { text: "3 M$", value: 3_000_000 },
    ],
  },
  {
    sentence: "« Ce sont 42 M$ de plus pour nos régions », a déclaré la ministre.",
    amounts: [{ text: "42 M$", value: 42_000_000 }],
  },
];

describe("findAmounts: spans in sentences", () => {
  test.each(SENTENCES)("$sentence", ({ sentence, amounts: expected }) => {
    const { amounts } = findAmounts(sentence);
    expect(amounts).toHaveLength(expected.length);
    amounts.forEach((a, i) => {
      expect(a).toMatchObject(expected[i]!);
      expect(sentence.slice(a.start, a.end)).toBe(a.text);
      if (!expected[i]!.range) expect(a.range).toBeUndefined();
    });
  });
});

describe("findAmounts: typos a reader resolves", () => {
  test("a full digit amount followed by M$ is read as dollars, with a warning", () => {
    const { amounts, warnings } = findAmounts("une aide de 2 415 906 M$ pour dix projets");
    expect(amounts.map((a) => a.value)).toEqual([2_415_906]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("2 415 906 M$");
  });
  test("a regular 1 500 M$ stays 1,5 billion, without warning", () => {
    const { amounts, warnings } = findAmounts("un programme de 1 500 M$");
    expect(amounts.map((a) => a.value)).toEqual([1_500_000_000]);
    expect(warnings).toEqual([]);
  });
});

describe("findAmounts: any letter case (the patterns read a lower-cased copy)", () => {
  test.each([
    ["PLUS DE 2,3 MILLIONS DE DOLLARS", 2_300_000, "over"],
    ["Jusqu’À 45 000 $ US", 45_000, "up_to"],
    ["ENTRE 10 ET 20 M$", 10_000_000, "exact"],
    ["Cinq Millions De Dollars", 5_000_000, "exact"],
  ] as const)("%s", (sentence, value, qualifier) => {
    const [first] = findAmounts(sentence).amounts;
    expect(first).toMatchObject({ value, qualifier });
  });
  test("a letter whose lower case is longer (İ) keeps every offset in place", () => {
    const sentence = "İİ Le projet İstanbul reçoit PLUS DE 75 000 $ et une somme de 2 MILLIONS.";
    const { amounts } = findAmounts(sentence);
    expect(amounts.map((a) => [a.text, a.value, a.qualifier])).toEqual([
      ["75 000 $", 75_000, "over"],
      ["2 MILLIONS", 2_000_000, "exact"],
    ]);
    for (const a of amounts) expect(sentence.slice(a.start, a.end)).toBe(a.text);
  });
});

describe("number readers", () => {
  test.each([
    ["2 952 412", 2_952_412], ["2,3", 2.3], ["12,345", 12.345], ["94.000", 94_000],
    ["125.000,50", 125_000.5], [`1${NNBSP}234${NNBSP}567,89`, 1_234_567.89], ["2.5", 2.5], ["0,50", 0.5],
  ] as const)("parseFrenchNumber(%s) = %d", (written, value) => {
    expect(parseFrenchNumber(written)).toBe(value);
  });
  test.each([
    ["cinq", 5], ["vingt et un", 21], ["soixante-quinze", 75], ["quatre-vingt-dix-neuf", 99],
    ["deux cent mille", 200_000], ["cent", 100], ["mille", 1000], ["trois cent quarante-cinq mille six cents", 345_600],
  ] as const)("parseNumberWords(%s) = %d", (written, value) => {
    expect(parseNumberWords(written)).toBe(value);
  });
  test("an unknown word gives null", () => {
    expect(parseNumberWords("cinq bananes")).toBeNull();
  });
});

describe("findAmounts: invariants", () => {
  const pieces = [
    "une aide de ", "plus de ", "2,3 M$", "250 000 $", "1 047 834 M$", " et ", "entre 2 et 3 M$", "15 %",
    "(418) 555-0142", " date 2024-03 ", "cinq millions de dollars", "\n", "Auclair", "75 000 $", " 2 ",
    "jusqu’à ", "de ", " à ", "45 000 dollars", "2018-2022", "un montant de 28 millions", "€", "$",
    "1,2 million de véhicules", " ", "é", "9", ",", "-",
  ];
  test("every amount is valid, in text order, and its offsets give its text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        const { amounts } = findAmounts(text);
        let last = -1;
        for (const a of amounts) {
          expect(Amount.safeParse(a).success).toBe(true);
          expect(text.slice(a.start, a.end)).toBe(a.text);
          expect(a.start).toBeGreaterThanOrEqual(last);
          last = a.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("findAmounts: a lone 'un dollar' in a figure of speech", () => {
  test("'chaque dollar … est un dollar investi' gives no amount", () => {
    expect(findAmounts("« Chaque dollar versé aux familles est un dollar réinjecté dans l'économie locale », dit-elle.").amounts).toEqual([]);
  });
  test("a rate or a sum with cents stays an amount", () => {
    expect(findAmounts("Le droit d'entrée passe à un dollar par visiteur.").amounts.map((a) => a.value)).toEqual([1]);
    expect(findAmounts("Le billet coûte un dollar et 25 cents.").amounts.map((a) => a.value)).toEqual([1.25]);
    expect(findAmounts("Une aide de un million de dollars.").amounts.map((a) => a.value)).toEqual([1000000]);
  });
});

describe("'près d'' before a sum in words", () => {
  test("'près d'un demi-million de dollars' is about 500 000", () => {
    const [a] = findAmounts("une aide de près d'un demi-million de dollars").amounts;
    expect([a!.value, a!.qualifier]).toEqual([500000, "about"]);
  });
});

describe("a table whose header gives the column's currency", () => {
  const values = (text: string) => findAmounts(text).amounts.map((a) => a.value);
  test("'Organisme | Projet | Montant ($)' then bare numbers in that column", () => {
    expect(values("Organisme | Projet | Montant ($)\nUniversité X | Centre de soutien | 2 600 000\nCollège Y | Laboratoire de 24 places | 1 980 000\n")).toEqual([2600000, 1980000]);
  });
  test("'Aide (M$)': the multiplier in the header", () => {
    expect(values("Région\tAide (M$)\nEstrie\t1,5\n")).toEqual([1500000]);
  });
  test("not the numbers of a column without a currency: 'Places | Élèves'", () => {
    expect(values("École | Places | Élèves\nÉcole A | 120 | 450\n")).toEqual([]);
  });
});

describe("a bare 'N millions' after a receiving verb", () => {
  test("'le Centre X obtient 34 millions pour construire une école'", () => {
    expect(findAmounts("le Centre X obtient 34 millions pour construire une école").amounts.map((a) => a.value)).toEqual([34000000]);
  });
  test("not a count: 'reçoit 2 millions de visiteurs'", () => {
    expect(findAmounts("le parc reçoit 2 millions de visiteurs").amounts).toEqual([]);
  });
});
