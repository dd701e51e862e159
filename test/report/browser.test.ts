// The judge: the report of a database of real-style releases opens in a real browser,
// every chart is drawn, nothing is fetched from anywhere, nothing is logged as an error.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildReport } from "../../src/report/index.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { buildReleaseDb } from "./releases.js";

const CHROMIUM = "/usr/bin/chromium";
/** Screenshots are kept here (overwritten on each run) for a person to look at. */
const SCREENSHOTS = join(tmpdir(), "communique-report-screenshots");

describe.skipIf(!existsSync(CHROMIUM))("the report in headless Chromium", () => {
  let dir: string;
  let browser: import("playwright-core").Browser;

  beforeAll(async () => {
    dir = tempDir("communique-report-browser-");
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function writeReport(name: string, fill: boolean): Promise<string> {
    const db = join(dir, `${name}.db`);
    if (fill) buildReleaseDb(db);
    const store = openStore(db);
    try {
      const { html } = await buildReport(store, {}, { database: db, generatedAt: new Date().toISOString(), version: "0.1.0", outDir: dir, cwd: process.cwd() });
      const out = join(dir, `${name}.html`);
      writeFileSync(out, html);
      return out;
    } finally {
      store.close();
    }
  }

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, errors, url };
  }

  test("every chart is drawn, no request but the file itself, no console error", async () => {
    const file = await writeReport("releases", true);
    const { page, requests, errors, url } = await open(file);
    try {
      const figures = await page.$$eval("figure.chart", (nodes) =>
        nodes.map((figure) => {
          const svg = figure.querySelector("svg");
          const box = svg?.getBoundingClientRect();
          // Vega draws bars as <path> elements inside its rect marks.
          const bars = [...figure.querySelectorAll("g.mark-rect path")].filter((bar) => {
            const b = bar.getBoundingClientRect();
            return b.width > 0 && b.height > 0;
          });
          return {
            id: figure.id,
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            bars: bars.length,
            count: figure.querySelector(".count")?.textContent ?? "",
          };
        }),
      );
      expect(figures.map((f) => f.id)).toEqual(["par-mois", "par-programme", "par-ministre", "par-region"]);
      for (const figure of figures) {
        expect(figure.width, figure.id).toBeGreaterThan(200);
        expect(figure.height, figure.id).toBeGreaterThan(50);
        expect(figure.bars, figure.id).toBeGreaterThan(1);
        expect(figure.count, figure.id).toMatch(/^D'après \d+\u00a0communiqués · \d+\u00a0subventions · [\d,]+\u00a0[MG]?\$$/u);
      }
      const rows = await page.$$eval("#beneficiaires tbody tr", (trs) => trs.length);
      // Our synthetic releases alone give 5 grants; the fixtures, when present, more.
      expect(rows).toBeGreaterThanOrEqual(5);
      const links = await page.$$eval("#beneficiaires a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
      // Every grant row links to its release's source (all are files or web addresses here).
      expect(links).toHaveLength(rows);
      expect(links.some((href) => href.startsWith("https://www.example.org/") || !href.includes(":"))).toBe(true);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const screenshot = join(SCREENSHOTS, "report.png");
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(existsSync(screenshot)).toBe(true);
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await page.close();
    }
  });

  test("an empty database gives a page that says so and still draws its axes", async () => {
    const file = await writeReport("empty", false);
    const { page, requests, errors, url } = await open(file);
    try {
      expect(await page.textContent(".notice")).toContain("Aucune subvention");
      const svgs = await page.$$eval("figure.chart svg", (nodes) => nodes.map((svg) => svg.getBoundingClientRect().width));
      expect(svgs).toHaveLength(4);
      for (const width of svgs) expect(width).toBeGreaterThan(100);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, "empty.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await page.close();
    }
  });
});
