// The commander program: one subcommand per file in src/cli; each is loaded only when it runs,
// so `extract --no-db` on one file starts fast.
import { setFlagsFromString } from "node:v8";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "./output.js";
import { UsageError, oneLine, EXIT_USAGE } from "./errors.js";
import { VERSION } from "../version.js";

// V8 runs a pattern's first matches in its bytecode interpreter, then compiles it again to machine
// code: one release runs a few hundred patterns a few times each, so a short run compiles most of
// them twice. Compiled once, to machine code, a one-file extract starts ~15-20 ms sooner; long
// runs match at the same speed (every pattern is compiled to machine code either way). Flags are
// the process's, so worker threads have it too.
setFlagsFromString("--no-regexp-tier-up");


const formatOption = (fallback: Format) =>
  new Option("-f, --format <format>", "output format").choices(FORMATS as unknown as string[]).default(fallback);

/** ndjson for pipes and scripts, a table for a person at a terminal. */
const defaultFormat = (): Format => (process.stdout.isTTY ? "table" : "ndjson");

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number, 0 or more");
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError("expected YYYY, YYYY-MM or YYYY-MM-DD");
  return value;
}

function addFilters(cmd: Command): Command {
  return cmd
    .option("--minister <name>", "grants announced by this minister (accents and case ignored)")
    .option("--recipient <name>", "grants to this recipient (every word must appear)")
    .option("--program <name>", "grants from this program")
    .option("--since <date>", "releases dated on or after YYYY[-MM[-DD]]", isoDate)
    .option("--until <date>", "releases dated on or before YYYY[-MM[-DD]]", isoDate)
    .option("--min-amount <dollars>", "grants of at least this amount", positiveNumber)
    .option("--search <words>", "full-text search in titles and bodies");
}

const dbOption = () => new Option("--db <file>", "SQLite database (default: $COMMUNIQUE_DB or ./communique.db)");

function exitQuietlyWhenReaderLeaves(err: NodeJS.ErrnoException): void {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`communique: standard output: ${oneLine(err)}\n`);
  process.exit(1);
}

export function buildProgram(name = "communique"): Command {
  const program = new Command(name)
    .description("Turn French government press releases into records: amounts, ministers, recipients, programs, grants.")
    .version(VERSION)
    .showHelpAfterError("(add --help for usage and examples)")
    .exitOverride()
    // `communique query | head`: when the reader goes away, a command that only prints has nothing
    // left to do. extract (and ingest --print) keep storing: extract's output sink stops printing.
    .hook("preAction", (_program, command) => {
      if (command.name() !== "extract" && command.name() !== "ingest") process.stdout.on("error", exitQuietlyWhenReaderLeaves);
    });

  const extract = program
    .command("extract")
    .description("extract records from files, directories, globs, URLs or standard input")
    .argument("[inputs...]", "files (.txt, .html), directories, globs, http(s) URLs, or - for standard input")
    .addOption(formatOption(defaultFormat()))
    .addOption(dbOption())
    .option("--no-db", "store nothing")
    .option("-q, --quiet", "no summary or progress on stderr")
    .option("--with-text", "include the text the tool read (offsets point into it)")
    .option("--max-size <MB>", "largest input read, in megabytes", positiveNumber, 10)
    .option("--timeout <seconds>", "time limit for each URL", positiveNumber, 15)
    .option("-j, --jobs <n>", "worker threads (default for 64 inputs or more: one per core but one; with one worker the main thread extracts too; 0: none)", nonNegativeInt)
    .addHelpText("after", `
Examples:
  $ extract releases/*.txt                       table on a terminal, stored in ./communique.db
  $ extract --no-db --format ndjson releases/ | jq '.amounts[].value'
  $ curl -s https://example.org/communique.html | extract - --format json
  $ extract --db archive.db 'archive/**/*.html'

Exit status: 0 all inputs extracted, 1 some inputs failed (named on stderr), 2 bad usage.`)
    .action(async (inputs: string[], o) => {
      const { runExtract } = await import("./extract.js");
      process.exitCode = await runExtract(inputs, {
        format: o.format,
        db: o.db,
        quiet: o.quiet,
        withText: o.withText,
        maxSize: Math.round(o.maxSize * 1024 * 1024),
        timeout: Math.round(o.timeout * 1000),
        jobs: o.jobs,
      });
    });
  void extract;

  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .addHelpText("after", `
Example:
  $ communique schema > release.schema.json`)
    .action(async () => {
      const { releaseJsonSchema } = await import("../record.js");
      process.stdout.write(JSON.stringify(releaseJsonSchema(), null, 2) + "\n");
    });

  addFilters(
    program
      .command("query")
      .description("list stored grants (or releases) matching filters")
      .addOption(formatOption(defaultFormat()))
      .addOption(dbOption())
      .option("--releases", "list releases instead of grants")
      .option("--limit <n>", "at most this many rows", positiveNumber),
  )
    .addHelpText("after", `
Examples:
  $ communique query --recipient "metal quebec"
  $ communique query --minister laforest --since 2024-01 --format csv > grants.csv
  $ communique query --releases --search "économie sociale" --format ndjson | jq .title`)
    .action(async (o) => {
      const { runQuery } = await import("./query.js");
      process.exitCode = await runQuery(o);
    });

  addFilters(
    program
      .command("stats")
      .description("totals and counts by program, minister, recipient and year")
      .addOption(formatOption(defaultFormat()))
      .addOption(dbOption())
      .addOption(new Option("--by <dimension>", "one breakdown only").choices(["program", "minister", "recipient", "year"])),
  )
    .addHelpText("after", `
Examples:
  $ communique stats
  $ communique stats --by program --since 2024 --format csv`)
    .action(async (o) => {
      const { runStats } = await import("./stats.js");
      process.exitCode = await runStats(o);
    });

  addFilters(
    program
      .command("export")
      .description("export stored grants: 360Giving JSON, Government of Canada CSV, NDJSON or CSV")
      .addOption(new Option("--as <shape>", "shape of the export").choices(["360giving", "goc-csv", "ndjson", "csv"]).default("ndjson"))
      .addOption(dbOption())
      .option("-o, --out <file>", "write to this file instead of standard output"),
  )
    .addHelpText("after", `
Examples:
  $ communique export --as 360giving -o grants.json
  $ communique export --as goc-csv --since 2024 > grants-gc.csv
  $ communique export --as ndjson | jq -c 'select(.amount > 100000)'`)
    .action(async (o) => {
      const { runExport } = await import("./export.js");
      process.exitCode = await runExport(o);
    });

  program
    .command("ingest")
    .description("follow RSS/Atom feeds: fetch each new item's page, extract, store")
    .argument("<feeds...>", "feed URLs or files")
    .addOption(dbOption())
    .option("-c, --concurrency <n>", "pages fetched at once", positiveNumber, 4)
    .option("--timeout <seconds>", "time limit for each request", positiveNumber, 15)
    .option("-q, --quiet", "no summary lines")
    .option("--print", "also print the new records as NDJSON on stdout")
    .addHelpText("after", `
Examples:
  $ communique ingest https://www.quebec.ca/nouvelles/rss
  */5 * * * * cd /data && communique ingest --quiet feeds/*.xml https://example.org/fil.rss`)
    .action(async (feeds: string[], o) => {
      const { runIngest } = await import("./ingest.js");
      process.exitCode = await runIngest(feeds, {
        db: o.db,
        concurrency: Math.round(o.concurrency),
        timeoutMs: Math.round(o.timeout * 1000),
        quiet: o.quiet,
        print: o.print,
      });
    });

  addFilters(
    program
      .command("report")
      .description("write a self-contained HTML report with charts of the money announced")
      .addOption(dbOption())
      .option("-o, --out <file>", "HTML file to write", "report.html"),
  )
    .addHelpText("after", `
Example:
  $ communique report --since 2025-01 --out rapport-2025.html`)
    .action(async (o) => {
      const { runReport } = await import("./report.js");
      process.exitCode = await runReport(o);
    });

  return program;
}

/** Runs the program; maps every error to one line on stderr and an exit status. */
export async function main(argv: string[], name?: string): Promise<void> {
  const program = buildProgram(name);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message; help and version are not errors.
      process.exitCode = err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    const cmd = program.args[0] ?? name ?? "communique";
    process.stderr.write(`${cmd}: ${oneLine(err)}\n`);
    process.exitCode = err instanceof UsageError ? EXIT_USAGE : 1;
  }
}
