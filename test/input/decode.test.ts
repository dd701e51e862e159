import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeBytes, InputError } from "../../src/input/decode.js";

const SAMPLE = "QUÉBEC, le 3 févr. 2025 /CNW/ - La ministre accorde 125 000 $ à l’organisme « Élan ».\n";

const bytes = (...parts: (number[] | Buffer | string)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeBytes: text encodings", () => {
  it("reads UTF-8 without BOM", () => {
    const out = decodeBytes(bytes(SAMPLE));
    expect(out).toEqual({ text: SAMPLE, encoding: "utf-8", warnings: [] });
  });

  it("reads UTF-8 with BOM and drops the BOM", () => {
    const out = decodeBytes(bytes([0xef, 0xbb, 0xbf], SAMPLE));
    expect(out.text).toBe(SAMPLE);
    expect(out.encoding).toBe("utf-8");
  });

  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ])("reads %s with BOM", (encoding, bom) => {
    const out = decodeBytes(bytes(bom, iconv.encode(SAMPLE, encoding)));
    expect(out.text).toBe(SAMPLE);
    expect(out.encoding).toBe(encoding);
    expect(out.warnings).toEqual([]);
  });

  it.each(["utf-16le", "utf-16be"])("detects BOM-less %s by its NUL pattern", (encoding) => {
    const out = decodeBytes(iconv.encode(SAMPLE, encoding));
    expect(out.text).toBe(SAMPLE);
    expect(out.encoding).toBe(encoding);
    expect(out.warnings[0]).toMatch(/no byte order mark/);
  });

  it("reads invalid UTF-8 as Windows-1252, including 0x80-0x9F (’ € œ)", () => {
    const text = "L’aide de 5 000 € soutient l’œuvre « Québec »";
    const out = decodeBytes(iconv.encode(text, "windows-1252"));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe("windows-1252");
    expect(out.warnings).toEqual(["not valid UTF-8: read as Windows-1252"]);
  });

  it("reads Latin-1 bytes (accents only) as Windows-1252", () => {
    const text = "Montréal, Trois-Rivières et Gaspé reçoivent 10 M$.";
    expect(decodeBytes(iconv.encode(text, "latin1")).text).toBe(text);
  });

  it("respects a valid charset hint", () => {
    const text = "Été: 2 000 $ à l’école";
    const out = decodeBytes(iconv.encode(text, "windows-1252"), { charset: "windows-1252" });
    expect(out).toEqual({ text, encoding: "windows-1252", warnings: [] });
    expect(decodeBytes(iconv.encode("Côte-Nord", "iso-8859-15"), { charset: "ISO-8859-15" }).text).toBe("Côte-Nord");
  });

  it("reads a Latin-1 hint as Windows-1252 (browsers do the same)", () => {
    const out = decodeBytes(iconv.encode("l’été", "windows-1252"), { charset: "iso-8859-1" });
    expect(out.text).toBe("l’été");
    expect(out.encoding).toBe("windows-1252");
  });

  it("reads UTF-8 bytes mislabelled Latin-1 as UTF-8, with a warning", () => {
    const out = decodeBytes(bytes("Québec"), { charset: "iso-8859-1" });
    expect(out.text).toBe("Québec");
    expect(out.encoding).toBe("utf-8");
    expect(out.warnings[0]).toMatch(/declared but bytes are UTF-8/);
  });

  it("falls back to Windows-1252 when a UTF-8 hint is contradicted by the bytes", () => {
    const out = decodeBytes(iconv.encode("Lévis", "windows-1252"), { charset: "utf-8" });
    expect(out.text).toBe("Lévis");
    expect(out.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it("ignores an unknown charset hint with a warning", () => {
    const out = decodeBytes(bytes("Sherbrooke"), { charset: "x-no-such-charset" });
    expect(out.text).toBe("Sherbrooke");
    expect(out.warnings).toEqual(['unknown charset "x-no-such-charset" ignored']);
  });
});

describe("decodeBytes: not a text release", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), /^binary file \(PDF\), not a text release$/],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /\(PNG\)/],
    ["ZIP", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /\(ZIP\/Office document\)/],
    ["NUL bytes", bytes("QUÉBEC, le 3 mars", [0, 0, 0, 1, 2, 0], "texte"), /\(NUL bytes\)/],
    ["control bytes", Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 31) + 1)), /non-text characters/],
    // 2 of 17 characters (12%), though 2 of 34 UTF-16 units: characters are what count.
    ["control bytes among emoji", new TextEncoder().encode("\x01\x02" + "🎉".repeat(15)), /\(12% non-text characters\)/],
  ];
  it.each(cases)("rejects %s", (_name, input, message) => {
    expect(() => decodeBytes(input)).toThrow(InputError);
    expect(() => decodeBytes(input)).toThrow(message);
  });

  it.each([
    ["no bytes", new Uint8Array()],
    ["whitespace", bytes(" \n\t\r\n  ")],
    ["BOM only", bytes([0xef, 0xbb, 0xbf])],
    ["UTF-16 BOM and spaces", bytes([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])],
    ["no-break spaces", bytes("\u00A0\u00A0\n")],
  ])("rejects %s as an empty file", (_name, input) => {
    expect(() => decodeBytes(input)).toThrow(new InputError("empty file"));
  });
});
