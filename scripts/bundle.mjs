#!/usr/bin/env node
// Bundles the CLI (and its worker) with esbuild after tsc has type-checked and compiled src/.
// Why: loading zod and chrono-node as hundreds of small ES modules costs ~150 ms at every start;
// one bundle (split so each command's code loads only when it runs) starts in a fraction of that.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * commander requires node:child_process at load, for subcommands that are separate executables,
 * which we have none of; loading it (with net, dgram and streams) is ~5 ms of every start. Its
 * `spawn` is looked up on first use instead.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "lazy" } : undefined);
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'module.exports = { get spawn() { return require("node:child_process").spawn; } };',
      loader: "js",
    }));
  },
};

rmSync(join(root, "dist/bundle"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild's tables do not credit Node 20 with \p{…} in regex literals, so it rewrote them as
  // `new RegExp("\\p{L}", "u")`: inside a function, a pattern built again at every call (one per
  // word in some extractors). Node 20 has them (ES2018).
  supported: { "regexp-unicode-property-escapes": true },
  // Native addon, and heavy libraries used by one command only: left as packages.
  external: ["better-sqlite3", "iconv-lite", "entities", "cheerio", "vega", "vega-lite", "playwright-core", "@microsoft/recognizers-text-suite"],
  // CommonJS dependencies (iconv-lite) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  plugins: [lazyChildProcess],
  logLevel: "warning",
});
