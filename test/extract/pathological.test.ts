// Masked page chrome leaves long runs of blanks (same length, newlines kept). Every extractor must
// read them in linear time: a pattern that backtracks over blanks turned one page into 20 s of work.
// These inputs finish in milliseconds when patterns are linear and hang (test time-out) when not.
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/pipeline.js";

const BLANK_LINE = " ".repeat(20_000);
/** Longer: a pattern quadratic on its run of blanks takes ~1 s at 20,000, ~50 s at 100,000. */
const LONG_BLANKS = " ".repeat(100_000);
const RELEASE = "QUÉBEC, le 3 mai 2024 /CNW/ - La ministre de la Culture, Mme Lise Tremblay, accorde 50 000 $ au Théâtre du Quai.\n";

const shapes: [string, string][] = [
  ["blank lines", `${RELEASE}${BLANK_LINE}\n${BLANK_LINE}\n`],
  ["blanks then a word", `${RELEASE}${BLANK_LINE}Fonds${BLANK_LINE}\n`],
  ["capital then blanks", `${RELEASE}Abc${BLANK_LINE}x\n`],
  ["blanks around a pipe", `${RELEASE}${BLANK_LINE}|${BLANK_LINE}\n`],
  ["blanks around a dash", `${RELEASE}Nom${BLANK_LINE}—${BLANK_LINE}\n`],
  ["blanks before an amount", `${RELEASE}Ville de Matane${BLANK_LINE}150 000 $\n`],
  ["no-break spaces", `${RELEASE}${"\u00a0".repeat(20_000)}\n${"1\u00a0".repeat(5_000)}\n`],
  ["guillemets and blanks", `${RELEASE}«${BLANK_LINE}\n${BLANK_LINE}»\n`],
  // rows of lists: the sum first, a bullet with commas, a dash row with a middle cell, an item after a colon
  ["a row that gives the sum first, then blanks", `${RELEASE}- 5 $ : Club de ski${LONG_BLANKS}x\n- 6 $ : Club${LONG_BLANKS}\n`],
  ["a bullet item with commas and blanks", `${RELEASE}• Club A,${LONG_BLANKS}un centre,${LONG_BLANKS}40 000 $\n`],
  ["a dash row with blanks in its cells", `${RELEASE}– Ville de X –${LONG_BLANKS}– 40 000 $\n`],
  ["a label whose name runs into blanks", `${RELEASE}– Régie${LONG_BLANKS}A–B : 5 000 $\n– Ville${LONG_BLANKS}(Matane) : 6 000 $\n`],
  ["a list after a colon, blanks in its items", `${RELEASE}Trois organismes recevront chacun 5 000 $ :\n- le Club A${LONG_BLANKS}, pour${LONG_BLANKS}x\n`],
  // cells apart by runs of blanks (they become " | " before extraction), and the field blocks of this session
  ["cells apart by long runs of blanks", `${RELEASE}Ripon${LONG_BLANKS}Chemin${LONG_BLANKS}964 320 $\n`],
  ["a field block whose name runs into blanks", `${RELEASE}Bénéficiaire : Ville${LONG_BLANKS}x\nAide du ministère :${LONG_BLANKS}5 000 $\n`],
  // this session's readers: a bullet item whose verb is left out, headers that name the columns, dash cells
  ["a gapped bullet item, blanks after its sum", `${RELEASE}– la Ferme A, 5 000 $${LONG_BLANKS}x\n– l'entreprise B, 6 000 $,${LONG_BLANKS}pour${LONG_BLANKS}x\n`],
  ["an amount-first header, blanks in its rows", `${RELEASE}Montant accordé Organisme Municipalité Projet${LONG_BLANKS}\n5 000 $ Club A${LONG_BLANKS}Matane${LONG_BLANKS}x\n6 000 $ Club B\n`],
  ["a dash header, blanks in its cells", `${RELEASE}Événement${LONG_BLANKS}— Organisme —${LONG_BLANKS}Aide\nFête A —${LONG_BLANKS}— Club B — 5 000 $\n`],
  ["a row number, blanks in the next cell", `${RELEASE}Projet 1 –${LONG_BLANKS}Club A${LONG_BLANKS}: 5 000 $\n`],
  // the tenth session's: an aid's noun before whom it goes to, how a first sum is given before a second
  ["an aid's noun, blanks before 'à'", `${RELEASE}une aide financière${LONG_BLANKS}remboursable${LONG_BLANKS}à${LONG_BLANKS}Club inc.\n`],
  ["blanks between two sums offered together", `${RELEASE}un prêt de 5 $ par l'intermédiaire${LONG_BLANKS},${LONG_BLANKS}ainsi qu'une subvention de 6 $\n`],
  ["a lower-case town's kind as a label, blanks after", `${RELEASE}– la ville de${LONG_BLANKS}Saint-A${LONG_BLANKS}: 5 000 $\n– la municipalité de X${LONG_BLANKS}x\n`],
  ["a passive's agent, blanks before 'à'", `${RELEASE}accordée par le${LONG_BLANKS}gouvernement${LONG_BLANKS}à${LONG_BLANKS}Club\n`],
  ["a bare sum after dollars and 'dont', blanks between", `${RELEASE}5 dollars${BLANK_LINE}dont${BLANK_LINE}7 milliards${LONG_BLANKS}va à X\n`],
  ["an ordinal's gapped second sum, blanks between", `${RELEASE}Le Club A et la Ville B se partagent 9 $. Le premier recevra 5 $,${LONG_BLANKS}le second${LONG_BLANKS}4 $.\n`],
  ["a cleft, blanks after 'est au'", `${RELEASE}C'est au${LONG_BLANKS}Club A${LONG_BLANKS}que${LONG_BLANKS}revient 5 $\n`],
  ["a place in parentheses at a line start, blanks after", `${RELEASE}Drummondville (Québec)${LONG_BLANKS}, le 2 octobre 2024${LONG_BLANKS}—\nA B C D E (Québec),${LONG_BLANKS}x\n`],
  ["a colon list item with a long lower-case aside of blanks", `${RELEASE}Trois clubs recevront chacun 5 $ :\n– Club A, diffuseur${LONG_BLANKS}établi${LONG_BLANKS}x\n– Club B, x${LONG_BLANKS};\n`],
  ["a flattened table's project cell of blanks and numbers", `${RELEASE}Municipalité Projet Montant\nDégelis Réfection${LONG_BLANKS}(3,2 km)${LONG_BLANKS}5 $\nPackington Réfection 8e${LONG_BLANKS}6 $\n`],
  ["'grâce à' an aid, blanks between", `${RELEASE}Le Club A${LONG_BLANKS}pourra grâce à une${LONG_BLANKS}aide de 5 $\nLe producteur maraîcher en${LONG_BLANKS}serre Club B reçoit 6 $\n`],
  ["a '($)' column header, rows of blanks and bars", `${RELEASE}Organisme | Montant ($)\n${LONG_BLANKS}|${LONG_BLANKS}\nClub A | 5 000\n${"| ".repeat(20_000)}\n`],
  ["numbered items with blanks", `${RELEASE}1. Club A${LONG_BLANKS}– 5 000 $\n2.${LONG_BLANKS}Club B : 6 000 $\n`],
  ["'Conseil du trésor' after blanks", `${RELEASE}président${LONG_BLANKS}du Conseil du trésor, M. Jean Roy\n`],
  ["an aligned header over rows of blanks", `${RELEASE}Montant   Entreprise   Ville\n5 000 $${LONG_BLANKS}Club A${LONG_BLANKS}Matane\n6 000 $  Club B${LONG_BLANKS}x\n`],
];

describe("extraction stays linear on long runs of blanks", () => {
  it.each(shapes)("%s", (_name, text) => {
    const record = extractText({ source: "blanks.txt", text });
    expect(record.amounts.map((a) => a.value)).toContain(50000);
  }, 10_000);
});
