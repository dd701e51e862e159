#!/usr/bin/env node
// `npm run bench`: speed, memory and scale of `extract`, and amounts against Recognizers-Text.
// Every figure is measured here, side by side with its baseline, and printed as a table with its
// target and pass/fail; bench/throughput.svg is redrawn from the same run. Nothing is asserted in
// tests: speed depends on the machine.
//
//   npm run bench                              1k, 10k, 100k releases (~450 MB corpus, made once)
//   npm run bench -- --skip-100k               quick run: 1k and 10k
//   npm run bench -- --sizes 1000,10000        the corpus sizes to extract
//   options: --seed N, --jobs N (passed to extract as -j), --cold-runs 15, --rt-docs N,
//            --skip-amounts, --no-build, --profile (CPU profile of the 10k run, top functions),
//            --update-doc (rewrite the table in BENCHMARKS.md), --budget-minutes 10 (a 100k
//            run whose time, estimated from the 10k rate, would overrun the budget is skipped
//            and says so; the run into SQLite goes first)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, loadavg } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus, writeAmountSample, releasePath, DEFAULT_SEED, OUT_DIR } from "./generate.mjs";
import { goldDocuments, compareAmounts } from "./amounts-vs-rt.mjs";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const EXTRACT = join(REPO, "bin", "extract.js");
const TIME = "/usr/bin/time";

/** Targets on a 2-core machine (the issue's numbers). */
const TARGET = {
  dbRate: 2000, // releases/s into a new SQLite file, 10k corpus
  coldRatio: 3, // cold start over `node -e 0`
  peakMb: 250, // peak RSS at 100k
  scaling: 11, // time(100k) / time(10k)
  amountsSpeedup: 1000, // our throughput over Recognizers-Text's
};

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(name);
const seed = Number(opt("--seed", DEFAULT_SEED));
let sizes = String(opt("--sizes", "1000,10000,100000")).split(",").map(Number);
if (flag("--skip-100k")) sizes = sizes.filter((s) => s < 100000);
const jobs = opt("--jobs", undefined);
const coldRuns = Number(opt("--cold-runs", 15));
const rtDocs = Number(opt("--rt-docs", Infinity));
const budgetSeconds = Number(opt("--budget-minutes", 10)) * 60;
const startedAt = performance.now();
const say = (line) => process.stderr.write(line + "\n");

// ---------------------------------------------------------------------------------------------
// Measuring a run: wall time from spawn to exit, peak RSS from /usr/bin/time -v (or VmHWM)
// ---------------------------------------------------------------------------------------------

const hasTime = existsSync(TIME);

/**
 * Runs node with `args`; stdout goes to /dev/null. Worker threads are threads of the same
 * process, so its peak RSS (VmHWM) covers them.
 */
function runNode(args, { nodeFlags = [] } = {}) {
  return new Promise((resolve, reject) => {
    const devnull = openSync("/dev/null", "w");
    const command = hasTime ? TIME : process.execPath;
    const fullArgs = hasTime ? ["-v", process.execPath, ...nodeFlags, ...args] : [...nodeFlags, ...args];
    const started = performance.now();
    const child = spawn(command, fullArgs, { cwd: REPO, stdio: ["ignore", devnull, "pipe"] });
    closeSync(devnull);
    let stderr = "";
    let hwmKb = 0;
    let poll = null;
    if (!hasTime) {
      // Without GNU time: the process's VmHWM, read until it exits (it only grows).
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
        } catch { /* exited */ }
      }, 20);
    }
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
      if (m) hwmKb = Number(m[1]);
      const status = /Exit status: (\d+)/u.exec(stderr);
      const exit = status ? Number(status[1]) : code;
      const messages = stderr.split("\n").filter((l) => l && !/^\t|^Command being timed/u.test(l)).join("\n");
      resolve({ seconds, peakMb: hwmKb / 1024, exit, messages });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function wall(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

function build() {
  if (flag("--no-build")) return;
  say("bench: building (npm run build)");
  const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: REPO, encoding: "utf8" });
  if (r.status !== 0) {
    if (!existsSync(join(REPO, "dist"))) {
      say(r.stdout + r.stderr);
      throw new Error("the build failed and there is no dist/: fix the compile errors, then rerun");
    }
    say(`bench: warning: the build reported errors, measuring what it emitted:\n${(r.stdout + r.stderr).trim().split("\n").slice(0, 5).join("\n")}`);
  }
}

function machine() {
  const info = readFileSync("/proc/cpuinfo", "utf8");
  const model = /model name\s*:\s*(.+)/u.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown";
  return {
    cpu: model,
    cores: cpus().length,
    memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    loadBefore: loadavg().map((x) => +x.toFixed(2)),
  };
}

async function coldStart(file) {
  const ours = [], base = [];
  const toolArgs = [EXTRACT, file, "--no-db", "--format", "ndjson", "--quiet"];
  // Two untimed rounds fill the page cache; then the two commands alternate, side by side.
  for (let i = 0; i < coldRuns + 2; i++) {
    const b = wall(["-e", "0"]);
    const o = wall(toolArgs);
    if (i >= 2) { base.push(b); ours.push(o); }
  }
  const ourMedian = median(ours), baseMedian = median(base);
  return { runs: coldRuns, oursSeconds: ourMedian, nodeSeconds: baseMedian, ratio: ourMedian / baseMedian };
}

async function extractRun(size, withDb, nodeFlags = []) {
  const { dir } = ensureCorpus({ size, seed, log: say });
  const db = join(OUT_DIR, `bench-${size}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(db + suffix, { force: true });
  const args = [EXTRACT, dir, ...(withDb ? ["--db", db] : ["--no-db"]), "--format", "ndjson", "--quiet", ...(jobs ? ["-j", jobs] : [])];
  say(`bench: extract ${size} releases ${withDb ? "into a new database" : "with --no-db"}`);
  const r = await runNode(args, { nodeFlags });
  if (r.exit !== 0) say(`bench: extract exited ${r.exit}: ${r.messages.slice(0, 500)}`);
  let stored = null;
  if (withDb && existsSync(db)) {
    const { default: Database } = await import("better-sqlite3");
    const con = new Database(db, { readonly: true });
    stored = con.prepare("SELECT count(*) AS n FROM releases").get().n;
    con.close();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(db + suffix, { force: true });
  }
  return { size, db: withDb, seconds: r.seconds, rate: size / r.seconds, peakMb: r.peakMb, exit: r.exit, stored };
}

/** Self time by function over every thread's profile of one run (main thread and workers). */
function summariseProfiles(dir, top = 15) {
  const self = new Map();
  let total = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"))) {
    const p = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
    for (const [id, us] of dt) {
      const cf = byId.get(id).callFrame;
      if (cf.functionName === "(idle)" || cf.functionName === "(program)") continue; // waiting, not working
      const where = cf.url ? `${cf.url.replace(/^file:\/\//u, "").replace(REPO + "/", "")}:${cf.lineNumber + 1}` : "";
      const key = `${cf.functionName || "(anonymous)"} ${where}`.trim();
      self.set(key, (self.get(key) ?? 0) + us);
      total += us;
    }
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([fn, us]) => ({ fn, ms: Math.round(us / 1000), share: us / total }));
}

async function profileRun(size) {
  const dir = join(OUT_DIR, "profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = await extractRun(size, true, ["--cpu-prof", "--cpu-prof-dir", dir]);
  return { run: r, top: summariseProfiles(dir) };
}

// ---------------------------------------------------------------------------------------------
// Chart and table
// ---------------------------------------------------------------------------------------------

async function writeChart(runs, file) {
  const vl = await import("vega-lite");
  const vega = await import("vega");
  const values = runs.map((r) => ({ releases: r.size, mode: r.db ? "into SQLite (--db)" : "--no-db", rate: Math.round(r.rate) }));
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "extract throughput by corpus size",
    width: 420,
    height: 260,
    layer: [
      {
        data: { values },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "releases", type: "quantitative", scale: { type: "log" }, axis: { title: "releases in the corpus (log scale)", values: [...new Set(values.map((v) => v.releases))], format: "~s" } },
          y: { field: "rate", type: "quantitative", axis: { title: "releases per second" }, scale: { zero: true } },
          color: { field: "mode", type: "nominal", title: null, legend: { orient: "bottom" } },
        },
      },
      {
        data: { values: [{ rate: TARGET.dbRate, label: `target into SQLite: ${TARGET.dbRate}/s` }] },
        mark: { type: "rule", strokeDash: [4, 4], color: "#999" },
        encoding: { y: { field: "rate", type: "quantitative" } },
      },
    ],
  };
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  writeFileSync(file, await view.toSVG());
}

const fmt = (x, digits = 0) => (x === undefined || x === null || Number.isNaN(x) ? "n/a" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function table(results) {
  const rows = [];
  const row = (what, value, target, pass) => rows.push({ what, value, target, pass: pass === null ? "-" : pass ? "pass" : "FAIL" });
  const find = (size, db) => results.runs.find((r) => r.size === size && r.db === db);
  for (const size of sizes) {
    const d = find(size, true), n = find(size, false);
    if (d) row(`extract ${fmt(size)} into a new SQLite file`, `${fmt(d.rate)} releases/s (${fmt(d.seconds, 1)} s)${d.stored === size ? "" : `, stored ${d.stored}`}${d.exit ? `, exit ${d.exit}` : ""}`, size === 10000 ? `>= ${fmt(TARGET.dbRate)}/s` : "", size === 10000 ? d.rate >= TARGET.dbRate && d.exit === 0 && d.stored === size : null);
    for (const k of results.skipped ?? []) if (k.size === size) row(`extract ${fmt(size)} ${k.db ? "into a new SQLite file" : "--no-db"}`, `skipped (about ${fmt(k.estimateSeconds / 60)} min; raise --budget-minutes)`, "", null);
    if (n) row(`extract ${fmt(size)} --no-db`, `${fmt(n.rate)} releases/s (${fmt(n.seconds, 1)} s)${n.exit ? `, exit ${n.exit}` : ""}`, "", null);
  }
  const c = results.cold;
  if (c) row(`cold start, 1 file --no-db (median of ${c.runs})`, `${fmt(c.oursSeconds * 1000)} ms = ${fmt(c.ratio, 2)}x node -e 0 (${fmt(c.nodeSeconds * 1000)} ms)`, `<= ${TARGET.coldRatio}x`, c.ratio <= TARGET.coldRatio);
  for (const size of sizes.filter((s) => s >= 10000)) {
    for (const db of [true, false]) {
      const r = find(size, db);
      if (!r) continue;
      const gated = size === 100000;
      row(`peak RSS, ${fmt(size)} ${db ? "into SQLite" : "--no-db"}`, `${fmt(r.peakMb)} MB`, gated ? `<= ${TARGET.peakMb} MB` : "", gated ? r.peakMb <= TARGET.peakMb : null);
    }
  }
  for (const db of [true, false]) {
    const a = find(10000, db), b = find(100000, db);
    if (a && b) {
      row(`memory growth 10k -> 100k ${db ? "into SQLite" : "--no-db"}`, `${fmt(b.peakMb / a.peakMb, 2)}x`, "does not grow (<= 1.25x)", b.peakMb / a.peakMb <= 1.25);
      row(`scaling: time(100k) / time(10k) ${db ? "into SQLite" : "--no-db"}`, `${fmt(b.seconds / a.seconds, 2)}x`, `<= ${TARGET.scaling}x`, b.seconds / a.seconds <= TARGET.scaling);
    }
  }
  const m = results.amounts;
  if (m) {
    const all = m.scores.all;
    const speedup = m.ours.docsPerSecond / m.rt.docsPerSecond;
    row(`amounts, ours: findAmounts (${m.documents} docs)`, `${fmt(m.ours.docsPerSecond)} docs/s, ${fmt(m.ours.charsPerSecond / 1e6, 1)} M chars/s`, "", null);
    row(`amounts, Recognizers-Text (${m.rt.documents} docs)`, `${fmt(m.rt.docsPerSecond, 2)} docs/s, ${fmt(m.rt.charsPerSecond)} chars/s; warm-up ${fmt(m.rt.warmupSeconds, 1)} s`, "", null);
    row("amounts throughput, ours / Recognizers-Text", `${fmt(speedup)}x`, `>= ${fmt(TARGET.amountsSpeedup)}x`, speedup >= TARGET.amountsSpeedup);
    for (const [set, s] of Object.entries(m.scores)) {
      if (!s.docs) continue;
      const label = set === "all" ? "all" : set;
      row(`amounts F1, ${label} (${s.docs} docs): ours vs RT`, `${fmt(s.ours.f1, 3)} vs ${fmt(s.rt.f1, 3)} (P ${fmt(s.ours.precision, 2)}/${fmt(s.rt.precision, 2)}, R ${fmt(s.ours.recall, 2)}/${fmt(s.rt.recall, 2)})`, set === "all" ? "ours >= RT" : "", set === "all" ? s.ours.f1 >= s.rt.f1 : null);
    }
  }
  return rows;
}

function markdown(rows) {
  const lines = ["| measure | result | target | |", "|---|---|---|---|"];
  for (const r of rows) lines.push(`| ${r.what} | ${r.value} | ${r.target} | ${r.pass} |`);
  return lines.join("\n");
}

function plain(rows) {
  const w = [0, 0, 0].map((_, i) => Math.max(...rows.map((r) => [r.what, r.value, r.target][i].length)));
  return rows.map((r) => `${r.what.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.target.padEnd(w[2])}  ${r.pass}`).join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  build();
  const results = { machine: machine(), seed, sizes, jobs: jobs ?? "default", runs: [] };
  say(`bench: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}, load ${results.machine.loadBefore.join(" ")}`);

  for (const size of sizes) {
    const c = ensureCorpus({ size, seed, log: say });
    say(`bench: corpus-${size}: ${fmt(c.bytes / 1e6, 1)} MB${c.reused ? " (reused)" : ` (generated in ${c.seconds} s)`}`);
  }

  const small = releasePath(ensureCorpus({ size: Math.min(...sizes), seed }).dir, 0);
  say(`bench: cold start (${coldRuns} runs each, alternating with node -e 0)`);
  results.cold = await coldStart(small);

  if (!flag("--skip-amounts")) {
    const sampleDir = writeAmountSample({ seed });
    const docs = goldDocuments({ sampleDir });
    say(`bench: amounts on ${docs.length} documents (${[...new Set(docs.map((d) => d.set))].join(", ")})`);
    results.amounts = await compareAmounts({ docs, rtDocs, log: say });
  }


  results.skipped = [];
  for (const size of sizes) {
    for (const db of [true, false]) {
      const before = results.runs.filter((r) => r.db === db && r.size < size).sort((a, b) => b.size - a.size)[0];
      const estimate = before ? size / before.rate : 0;
      const left = budgetSeconds - (performance.now() - startedAt) / 1000;
      if (size >= 100000 && estimate > left) {
        say(`bench: skipping ${size} ${db ? "into SQLite" : "--no-db"}: about ${Math.round(estimate / 60)} min at the ${before.size} rate, ${Math.max(0, Math.round(left / 60))} min left of --budget-minutes`);
        results.skipped.push({ size, db, estimateSeconds: estimate });
        continue;
      }
      results.runs.push(await extractRun(size, db));
    }
  }

  if (flag("--profile")) {
    say("bench: CPU profile of the 10k run into SQLite");
    results.profile = await profileRun(sizes.includes(10000) ? 10000 : sizes[0]);
  }
  results.machine.loadAfter = loadavg().map((x) => +x.toFixed(2));

  const rows = table(results);
  results.table = rows;
  writeFileSync(join(OUT_DIR, "results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(OUT_DIR, "results.md"), markdown(rows) + "\n");
  if (results.runs.length) await writeChart(results.runs, join(REPO, "bench", "throughput.svg"));

  const m = results.machine;
  console.log(`\n${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.date}, load ${m.loadBefore.join(" ")} -> ${m.loadAfter.join(" ")}\n`);
  console.log(plain(rows));
  if (results.profile) {
    console.log(`\nCPU profile, ${results.profile.run.size} releases into SQLite, self time over all threads:`);
    for (const f of results.profile.top) console.log(`${fmt(f.share * 100, 1).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.fn}`);
  }
  if (results.amounts?.misses.length) {
    console.log("\namounts missed or added by findAmounts:");
    for (const x of results.amounts.misses) console.log(`${x.set}/${x.id}: found ${JSON.stringify(x.ours)}, gold ${JSON.stringify(x.gold)}`);
  }
  console.log(`\nbench/out/results.json, bench/out/results.md, bench/throughput.svg written`);
  if (flag("--update-doc")) updateDoc(markdown(rows), m);
  process.exitCode = rows.some((r) => r.pass === "FAIL") ? 1 : 0;
}

/** Replaces the table between the markers of BENCHMARKS.md with this run's. */
function updateDoc(md, m) {
  const file = join(REPO, "BENCHMARKS.md");
  if (!existsSync(file)) return;
  const text = readFileSync(file, "utf8");
  const block = `<!-- bench:table -->\n${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.date}\n\n${md}\n<!-- /bench:table -->`;
  writeFileSync(file, text.replace(/<!-- bench:table -->[\s\S]*?<!-- \/bench:table -->/u, block));
}

await main();
