// The pipeline reads recipient mentions once and hands them to findGrants: same grants as when
// findGrants reads them itself, and the table rows come from the mentions it is given.
import { describe, expect, test } from "vitest";
import { findAmounts } from "../../src/extract/amounts.js";
import { findPrograms } from "../../src/extract/programs.js";
import { findRecipientMentions, findRecipients, recipientsOf } from "../../src/extract/recipients.js";
import { findGrants } from "../../src/extract/grants.js";

const TEXT = [
  "RIMOUSKI, le 4 mars 2025 - Le ministre accorde une aide de 250 000 $ au Centre de plein air du Lac-Vert dans le cadre du Fonds des régions.",
  "Les sommes suivantes sont aussi accordées :",
  "Saint-Anaclet — 42 000 $",
  "Sainte-Luce — 38 500 $",
].join("\n");

describe("findGrants with the pipeline's mentions", () => {
  const amounts = findAmounts(TEXT).amounts;
  const programs = findPrograms(TEXT);
  const mentions = findRecipientMentions(TEXT, { amounts, programs });
  const recipients = recipientsOf(mentions);

  test("recipientsOf(mentions) is findRecipients", () => {
    expect(recipients).toEqual(findRecipients(TEXT, { amounts, programs }));
    expect(recipients.map((r) => r.name)).toEqual(["Centre de plein air du Lac-Vert", "Saint-Anaclet", "Sainte-Luce"]);
  });

  test("the same grants whether the mentions are given or read again", () => {
    const given = findGrants(TEXT, { amounts, recipients, programs, mentions });
    expect(given).toEqual(findGrants(TEXT, { amounts, recipients, programs }));
    expect(given.map((g) => [g.recipient, g.amount])).toEqual([["Saint-Anaclet", 42000], ["Sainte-Luce", 38500], ["Centre de plein air du Lac-Vert", 250000]]);
  });

  test("table rows come from the mentions given", () => {
    const grants = findGrants(TEXT, { amounts, recipients, programs, mentions: mentions.filter((m) => m.name !== "Sainte-Luce") });
    expect(grants.map((g) => g.recipient)).not.toContain("Sainte-Luce");
  });
});

describe("findGrants: where a sentence names a recipient (forms found once per text)", () => {
  const recipient = (name: string, acronym: string | null = null) => ({ name, acronym, role: "recipient" as const, start: 0, end: name.length });
  const grantsOf = (text: string, recipients: ReturnType<typeof recipient>[]) =>
    findGrants(text, { amounts: findAmounts(text).amounts, recipients, programs: [], mentions: [] }).map((g) => [g.recipient, g.amount]);
  const spf = recipient("Société de promotion du fleuve (SPF)", "SPF");

  test("an acronym alone names the recipient, a longer word holding it does not", () => {
    expect(grantsOf("Une aide de 80 000 $ est accordée à la SPF pour ses activités.", [spf])).toEqual([["Société de promotion du fleuve (SPF)", 80000]]);
    expect(grantsOf("Une aide de 80 000 $ est accordée à la SPFX pour ses activités.", [spf])).toEqual([]);
    expect(grantsOf("Une aide de 80 000 $ est accordée à la spf pour ses activités.", [spf])).toEqual([]);
  });

  test("the name without its acronym, in the sentence with the money", () => {
    const text = "La Société de promotion du fleuve tient son congrès.\nUne aide de 80 000 $ est accordée à la Société de promotion du fleuve.";
    expect(grantsOf(text, [spf])).toEqual([["Société de promotion du fleuve (SPF)", 80000]]);
  });

  test("the head word alone after 'au' names the one recipient it heads, not another head", () => {
    const centre = recipient("Centre culturel des Îles");
    expect(grantsOf("Une somme de 45 000 $ est versée au Centre pour rénover sa salle.", [centre])).toEqual([["Centre culturel des Îles", 45000]]);
    expect(grantsOf("Une somme de 45 000 $ est versée au Centre régional pour rénover sa salle.", [centre])).toEqual([]);
  });

  test("two recipients and two coordinated amounts pair by order", () => {
    const a = recipient("Festival des lanternes"), b = recipient("Festival western");
    const text = "Ottawa verse des contributions de 30 000 $ et de 18 000 $ au Festival des lanternes et au Festival western.";
    expect(grantsOf(text, [a, b])).toEqual([["Festival des lanternes", 30000], ["Festival western", 18000]]);
  });
});
