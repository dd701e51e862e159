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
