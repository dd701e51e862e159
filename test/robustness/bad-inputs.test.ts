// Issue 6, bad inputs: each one gives exactly one line on stderr (`extract: <input>: <cause>`),
// the run exits 1, and every good input beside it is still extracted and stored.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync, closeSync, openSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createServer, type AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { run, tempDir } from "../helpers/cli.js";
import { canRunAsNobody, runAsNobody } from "../helpers/as-nobody.js";
import { inspectStore } from "../helpers/store-checks.js";
import { generatedRelease, writeGeneratedReleases } from "../helpers/generated-releases.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { Release } from "../../src/record.js";

const NBSP = "\u00a0";

// Our own sentences, in the style of a release.
const GOOD_A = `SAGUENAY, QC, le 9 avril 2025 /CNW/ - Le ministre de l'Économie, M. Bernard Lachance, annonce une aide financière de 450${NBSP}000${NBSP}$ à la Coopérative forestière du Fjord pour moderniser sa scierie.

« Cette modernisation protège des emplois de qualité dans la région », a déclaré le ministre.
`;
const GOOD_B = `TROIS-RIVIÈRES, QC, le 2 juin 2025 /CNW/ - La ministre de la Culture, Mme Annick Bélanger, confirme un soutien de 1,2 million de dollars au Musée des métiers d'art pour sa nouvelle exposition permanente.
`;
const ACCENTED = "QUÉBEC, QC, le 5 mars 2025 /CNW/ - La ministre annonce 75 000 $ à la Société d'histoire régionale pour la numérisation de ses archives. L'été prochain, l'exposition sera présentée à Montréal.\n";
const ENGLISH = "OTTAWA, ON, May 3, 2025 /CNW/ - The Minister of Industry today announced an investment of $2.5 million for the Northern Robotics Centre.\n";

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");
const records = (stdout: string) => lines(stdout).map((l) => Release.parse(JSON.parse(l)));

/** The stderr lines naming an input: exactly one is expected. */
function linesFor(stderr: string, name: string): string[] {
  return lines(stderr).filter((l) => l.startsWith(`extract: ${name}: `));
}

let dir: string;
beforeAll(() => {
  dir = tempDir("communique-bad-");
  writeFileSync(join(dir, "good-a.txt"), GOOD_A);
  writeFileSync(join(dir, "good-b.txt"), GOOD_B);
});

describe("a mix of bad and good inputs in one run", () => {
  const isRoot = process.getuid?.() === 0;
  interface Bad {
    file: string;
    cause: RegExp;
    make: (path: string) => void;
    skip?: boolean;
  }
  const bad: Bad[] = [
    { file: "empty.txt", cause: /empty file/, make: (p) => writeFileSync(p, "") },
    { file: "blank.txt", cause: /empty file/, make: (p) => writeFileSync(p, " \n\n\t \r\n") },
    { file: "rapport.pdf", cause: /binary file \(PDF\)/, make: (p) => writeFileSync(p, Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "latin1"), Buffer.alloc(200, 7)])) },
    { file: "photo.png", cause: /binary file \(PNG\)/, make: (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])) },
    { file: "photo-renamed.txt", cause: /binary file \(JPEG\)/, make: (p) => writeFileSync(p, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])) },
    { file: "random.bin", cause: /binary file/, make: (p) => writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))) },
    // Sparse: 600 MB that take no disk space. Reading it would be an out-of-memory risk; the size limit refuses it.
    { file: "huge.txt", cause: /file too large \(600\.0 MB > 10\.0 MB; raise --max-size\)/, make: (p) => (closeSync(openSync(p, "w")), truncateSync(p, 600 * 1024 * 1024)) },
    { file: "missing.txt", cause: /no such file or directory/, make: () => {} },
    { file: "dangling.txt", cause: /no such file or directory/, make: (p) => symlinkSync(join(dir, "nowhere.txt"), p) },
    { file: "self-link.txt", cause: /link loop/, make: (p) => symlinkSync(p, p) },
    { file: "digits.txt", cause: /no release text found/, make: (p) => writeFileSync(p, "2025-04-09   123 456 789\n--- *** ---\n") },
    { file: "unreadable.txt", cause: /permission denied/, make: (p) => (writeFileSync(p, GOOD_A), chmodSync(p, 0o000)), skip: isRoot },
    { file: "pipe.txt", cause: /not a regular file/, make: (p) => execFileSync("mkfifo", [p]) },
    // 1 MB that the HTML parser would chew on for minutes (its cost grows with the square of the depth).
    { file: "nested.html", cause: /HTML nested 100000 elements deep \(more than 1000\), not a release page/, make: (p) => writeFileSync(p, `<html><body>${"<div>".repeat(100_000)}<p>La ministre annonce 5 000 $.</p>${"</div>".repeat(100_000)}</body></html>`) },
  ];

  let out: Awaited<ReturnType<typeof run>>;
  let badDir: string;
  let db: string;
  let started: number;
  let elapsed: number;
  beforeAll(async () => {
    badDir = join(dir, "mixed");
    mkdirSync(badDir);
    for (const b of bad) if (!b.skip) b.make(join(badDir, b.file));
    db = join(dir, "mixed.db");
    const names = [join(dir, "good-a.txt"), ...bad.filter((b) => !b.skip).map((b) => join(badDir, b.file)), join(dir, "good-b.txt")];
    started = Date.now();
    out = await run("extract", ["--db", db, "--format", "ndjson", ...names]);
    elapsed = Date.now() - started;
  });

  it("exits 1, prints the good records only, and stores them", () => {
    expect(out.status, out.stderr).toBe(1);
    expect(records(out.stdout).map((r) => r.source)).toEqual([join(dir, "good-a.txt"), join(dir, "good-b.txt")]);
    const store = inspectStore(db);
    expect(store.integrity).toBe("ok");
    expect(store.releases).toBe(2);
    expect(store.inconsistent).toEqual([]);
    const count = bad.filter((b) => !b.skip).length;
    expect(out.stderr).toContain(`extract: 2 of ${count + 2} inputs extracted, ${count} failed`);
  });

  it.each(bad.filter((b) => !b.skip).map((b) => [b.file, b] as const))("%s: one line naming it with its cause", (_file, b) => {
    const named = linesFor(out.stderr, join(badDir, b.file));
    expect(named, out.stderr).toHaveLength(1);
    expect(named[0]).toMatch(b.cause);
  });

  it("refuses the 600 MB file by its size, and the deep page by its depth, without working on them", () => {
    // Reading 600 MB would take seconds and as much memory; a stat takes nothing.
    expect(elapsed).toBeLessThan(15_000);
  });

  it("names every failure on a line of its own: no stack trace, no 'Error:'", () => {
    for (const line of lines(out.stderr)) expect(line).toMatch(/^extract: /);
    expect(out.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});

// As root (CI), chmod 000 does not stop reads: run the executable as "nobody" instead.
describe.skipIf(!canRunAsNobody)("an unreadable file, as a user who may not read it", () => {
  it("names it with 'permission denied' and extracts the readable one", async () => {
    const d = tempDir("communique-perm-");
    chmodSync(d, 0o755);
    writeFileSync(join(d, "secret.txt"), GOOD_A);
    chmodSync(join(d, "secret.txt"), 0o000);
    writeFileSync(join(d, "open.txt"), GOOD_B);
    chmodSync(join(d, "open.txt"), 0o644);
    const r = await runAsNobody("extract", ["--no-db", "--format", "ndjson", d], d);
    expect(r.status, r.stderr).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual([join(d, "open.txt")]);
    expect(linesFor(r.stderr, join(d, "secret.txt"))).toEqual([`extract: ${join(d, "secret.txt")}: permission denied`]);
  });
});

describe("symbolic link loops", () => {
  it("a directory link back to a parent is reported once and not followed; the rest is extracted", async () => {
    const top = join(dir, "loops");
    mkdirSync(join(top, "sub"), { recursive: true });
    writeFileSync(join(top, "sub", "release.txt"), GOOD_A);
    symlinkSync("..", join(top, "sub", "back-to-top")); // loops/sub/back-to-top -> loops
    symlinkSync(".", join(top, "here")); // loops/here -> loops
    const r = await run("extract", ["--no-db", "--format", "ndjson", top], { timeoutMs: 20_000 });
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual([join(top, "sub", "release.txt")]);
    expect(linesFor(r.stderr, join(top, "sub", "back-to-top"))).toEqual([expect.stringMatching(/directory loop/)]);
    expect(linesFor(r.stderr, join(top, "here"))).toEqual([expect.stringMatching(/directory loop/)]);
  });
});

describe("encodings and text that is not quite a release", () => {
  const cases: { file: string; bytes: () => Buffer; expectText: RegExp }[] = [
    { file: "utf16-bom.txt", bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ACCENTED, "utf-16le")]), expectText: /Société d'histoire/ },
    { file: "utf16be-bom.txt", bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ACCENTED, "utf-16be")]), expectText: /L'été prochain/ },
    { file: "utf16-no-bom.txt", bytes: () => iconv.encode(ACCENTED, "utf-16le"), expectText: /Montréal/ },
    { file: "windows-1252.txt", bytes: () => iconv.encode(ACCENTED.replace("L'été", "L’été"), "windows-1252"), expectText: /L’été prochain/ },
    // UTF-8 read as Windows-1252 and saved again: "QuÃ©bec".
    { file: "mojibake.txt", bytes: () => Buffer.from(iconv.decode(Buffer.from(ACCENTED, "utf8"), "windows-1252"), "utf8"), expectText: /QUÉBEC.*Société d'histoire/s },
    { file: "utf8-bom-crlf.txt", bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ACCENTED.replace(/\n/g, "\r\n"))]), expectText: /Montréal\.\n/ },
  ];

  it.each(cases.map((c) => [c.file, c] as const))("%s is decoded: the text is right and the amount found", async (file, c) => {
    const path = join(dir, file);
    writeFileSync(path, c.bytes());
    const r = await run("extract", ["--no-db", "--with-text", "--format", "ndjson", path]);
    expect(r.status, r.stderr).toBe(0);
    const [record] = records(r.stdout);
    expect(record!.text).toMatch(c.expectText);
    expect(record!.text).not.toMatch(/Ã|\uFFFD|\u0000/);
    expect(record!.amounts.map((a) => a.value)).toEqual([75000]);
  });

  it("text that is not a release (a shopping list, lorem ipsum) gives an empty record, not a failure", async () => {
    writeFileSync(join(dir, "liste.txt"), "Épicerie : pain, lait, deux douzaines d'œufs, beurre salé, pommes.\n");
    writeFileSync(join(dir, "lorem.txt"), "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n");
    const r = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "liste.txt"), join(dir, "lorem.txt")]);
    expect(r.status, r.stderr).toBe(0);
    for (const record of records(r.stdout)) {
      expect(record.amounts).toEqual([]);
      expect(record.ministers).toEqual([]);
      expect(record.grants).toEqual([]);
    }
  });

  it("a release in English is extracted like any text (a valid record), not refused", async () => {
    writeFileSync(join(dir, "english.txt"), ENGLISH);
    const r = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "english.txt")]);
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout)).toHaveLength(1);
  });

  it("HTML that never closes its tags still gives its text and amount", async () => {
    const path = join(dir, "unclosed.html");
    writeFileSync(path, `<!DOCTYPE html><html><head><title>Une aide pour le musée<body><div class="article"><p>LAVAL, QC, le 7 mai 2025 /CNW/ - La ministre annonce 310${NBSP}000${NBSP}$ au Musée de la faune <b>pour sa <i>collection<p>Les travaux débuteront en juin.<div><table><tr><td>Musée<td>310 000 $`);
    const r = await run("extract", ["--no-db", "--with-text", "--format", "ndjson", path]);
    expect(r.status, r.stderr).toBe(0);
    const [record] = records(r.stdout);
    expect(record!.text).toContain("Les travaux débuteront en juin.");
    expect(record!.amounts.map((a) => a.value)).toContain(310000);
  });

  it("a JSON file that is not JSON, or has no text, is one line too", async () => {
    writeFileSync(join(dir, "broken.json"), '{"text": "LAVAL, le 7 mai');
    writeFileSync(join(dir, "meta.json"), '{"titre": "sans texte"}');
    const r = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "broken.json"), join(dir, "meta.json"), join(dir, "good-a.txt")]);
    expect(r.status).toBe(1);
    expect(records(r.stdout)).toHaveLength(1);
    expect(linesFor(r.stderr, join(dir, "broken.json"))).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(linesFor(r.stderr, join(dir, "meta.json"))).toEqual([expect.stringMatching(/JSON without a text/)]);
  });
});

describe("a directory of thousands of releases (worker pool)", () => {
  it("stores every one of 3,000 releases, and names the few bad files among them", async () => {
    const many = join(dir, "many");
    const paths = writeGeneratedReleases(many, 3000);
    writeFileSync(join(many, "communique-00100-vide.txt"), "");
    writeFileSync(join(many, "communique-02000-image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const db = join(dir, "many.db");
    const r = await run("extract", ["--db", db, "--format", "ndjson", many], { timeoutMs: 110_000 });
    expect(r.status, r.stderr.slice(0, 2000)).toBe(1);
    expect(lines(r.stderr).filter((l) => !/ inputs extracted, /.test(l))).toEqual([
      `extract: ${join(many, "communique-00100-vide.txt")}: empty file`,
      `extract: ${join(many, "communique-02000-image.txt")}: binary file (PNG), not a text release`,
    ]);
    expect(r.stderr).toContain("3000 of 3002 inputs extracted, 2 failed");
    expect(lines(r.stdout)).toHaveLength(3000);
    const store = inspectStore(db);
    expect(store.integrity).toBe("ok");
    expect(store.releases).toBe(3000);
    expect(store.inconsistent).toEqual([]);
    expect(store.sources).toEqual([...paths].sort());
  }, 120_000);
});

describe("an input too large for a worker's capped heap", () => {
  it("is retried alone in a worker without the cap, and extracted in its place", async () => {
    const many = join(dir, "with-large");
    const paths = writeGeneratedReleases(many, 80);
    // ~6 MB of releases one after the other: more than a pool worker's 64 MB heap can extract.
    const parts: string[] = [];
    for (let size = 0, i = 1000; size < 6e6; i++) {
      const text = generatedRelease(i).text;
      parts.push(text);
      size += text.length;
    }
    const large = join(many, "communique-00040-b-recueil.txt");
    writeFileSync(large, parts.join("\n\n"));
    const r = await run("extract", ["--no-db", "--format", "ndjson", many], { timeoutMs: 110_000 });
    expect(r.status, r.stderr.slice(0, 2000)).toBe(0);
    expect(r.stderr).toContain("81 of 81 inputs extracted, 0 failed");
    const sources = records(r.stdout).map((x) => x.source);
    expect(sources).toEqual([...paths, large].sort());
    expect(records(r.stdout).find((x) => x.source === large)!.amounts.length).toBeGreaterThan(1000);
  }, 120_000);
});

describe("URLs that fail", () => {
  let server: TestServer;
  let closedPort: number;
  beforeAll(async () => {
    server = await startTestServer();
    // A port that was just free: nothing listens there, the connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a timeout, a 404, a 500 and a redirect loop: one line each, the good page stored", async () => {
    const db = join(dir, "urls.db");
    const urls = { slow: server.url("/slow"), missing: server.url("/missing"), error: server.url("/error-500"), loop: server.url("/loop-a"), refused: `http://127.0.0.1:${closedPort}/communique` };
    const r = await run("extract", ["--db", db, "--timeout", "1", "--format", "ndjson", urls.slow, urls.missing, server.url("/page"), urls.error, urls.loop, urls.refused]);
    expect(r.status, r.stderr).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual([server.url("/page")]);
    expect(linesFor(r.stderr, urls.slow)).toEqual([expect.stringMatching(/timed out after 1 s/)]);
    expect(linesFor(r.stderr, urls.missing)).toEqual([expect.stringMatching(/HTTP 404/)]);
    expect(linesFor(r.stderr, urls.error)).toEqual([expect.stringMatching(/HTTP 500/)]);
    expect(linesFor(r.stderr, urls.loop)).toEqual([expect.stringMatching(/more than \d+ redirects/)]);
    expect(linesFor(r.stderr, urls.refused)).toEqual([expect.stringMatching(/connection refused/)]);
    expect(inspectStore(db)).toMatchObject({ integrity: "ok", releases: 1, inconsistent: [] });
  });

  it("ingest: a feed that is not XML, an entity bomb and a missing file fail alone; the good feed is stored", async () => {
    const db = join(dir, "feeds.db");
    const notXml = join(dir, "fil.rss");
    writeFileSync(notXml, "Ceci n'est pas un fil RSS : juste une phrase.\n");
    const missing = join(dir, "absent.rss");
    const feeds = [server.url("/malformed-feed"), server.url("/bomb-feed"), notXml, missing, server.url("/feed")];
    const r = await run("communique", ["ingest", "--db", db, "--timeout", "5", ...feeds]);
    expect(r.status, r.stderr).toBe(1);
    const named = (feed: string) => lines(r.stderr).filter((l) => l.startsWith(`ingest: ${feed}: `));
    expect(named(server.url("/malformed-feed"))).toEqual([expect.stringMatching(/not an RSS or Atom feed \(malformed XML/)]);
    expect(named(server.url("/bomb-feed"))).toEqual([expect.stringMatching(/DOCTYPE declares entities, refused/)]);
    expect(named(notXml)).toEqual([expect.stringMatching(/not an RSS or Atom feed \(not XML\)/)]);
    expect(named(missing)).toEqual([expect.stringMatching(/no such file or directory/)]);
    expect(named(server.url("/feed"))).toEqual([expect.stringMatching(/1 new, 0 already seen, 0 failed/)]);
    expect(inspectStore(db)).toMatchObject({ integrity: "ok", releases: 1, inconsistent: [] });
  });
});
