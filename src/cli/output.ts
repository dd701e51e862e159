// Output formats, declared once and rendered by one writer for every command.
// ndjson and json print whole objects; csv and table print the command's columns.
import { csvField } from "../store/export.js";

export const FORMATS = ["ndjson", "json", "table", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Right-align in tables (numbers). */
  numeric?: boolean;
}

export interface RowWriter<T> {
  write(row: T): void;
  end(): void;
}

type Out = { write(chunk: string): unknown };

/** Above this much text waiting, the sink writes at once instead of at the end of the turn. */
const SINK_CHUNK = 256 * 1024;

/**
 * Standard output for a stream of records. Records printed in one turn of the event loop (a
 * worker's chunk of 16) go out in one write, not one system call each. It tells the producer to
 * wait while a slow reader (a pipe into jq) has not taken what was written (`backedUp`,
 * `whenDrained`), so memory does not fill with output. When the reader goes away (`| head`:
 * EPIPE), or the output fails (a full disk), it stops writing and says so in `closed` / `error`
 * instead of crashing the run: what is being stored is still stored.
 */
export class OutputSink implements Out {
  private parts: string[] = [];
  private size = 0;
  private scheduled = false;
  private waiting = false;
  private readonly drainListeners: (() => void)[] = [];
  /** The reader went away or the output failed: nothing more is written. */
  closed = false;
  /** Why the output failed, other than a reader that went away. */
  error: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      this.closed = true;
      this.parts = [];
      this.size = 0;
      if (err.code !== "EPIPE") this.error ??= err;
      this.drained();
    });
    stream.on("drain", () => this.drained());
  }

  write(chunk: string): void {
    if (this.closed) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= SINK_CHUNK) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** Writes what waits (also at the end of each turn by itself). */
  flush(): void {
    this.scheduled = false;
    if (this.parts.length === 0 || this.closed) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) this.waiting = true;
  }

  /** The reader has not taken what was written yet: produce no more until `whenDrained`. */
  get backedUp(): boolean {
    return this.waiting && !this.closed;
  }

  /** Calls `listener` once the output has drained (at once if it is not backed up). */
  whenDrained(listener: () => void): void {
    if (!this.backedUp) listener();
    else this.drainListeners.push(listener);
  }

  private drained(): void {
    this.waiting = false;
    for (const listener of this.drainListeners.splice(0)) listener();
  }
}

export function createWriter<T>(format: Format, out: Out, columns: Column<T>[], toJson: (row: T) => unknown = (r) => r): RowWriter<T> {
  switch (format) {
    case "ndjson":
      return { write: (row) => void out.write(JSON.stringify(toJson(row)) + "\n"), end: () => {} };
    case "json": {
      let first = true;
      return {
        write(row) {
          out.write((first ? "[\n" : ",\n") + JSON.stringify(toJson(row), null, 2));
          first = false;
        },
        end: () => void out.write(first ? "[]\n" : "\n]\n"),
      };
    }
    case "csv": {
      out.write(columns.map((c) => csvField(c.header)).join(",") + "\r\n");
      return {
        write: (row) => void out.write(columns.map((c) => csvField(c.value(row))).join(",") + "\r\n"),
        end: () => {},
      };
    }
    case "table": {
      // A table needs every width before the first line: rows are kept until the end.
      const rows: string[][] = [];
      return {
        write: (row) => void rows.push(columns.map((c) => cellText(c.value(row)))),
        end: () => void out.write(renderTable(columns, rows)),
      };
    }
  }
}

function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\s+/g, " ");
}

const MAX_CELL = 60;

function renderTable<T>(columns: Column<T>[], rows: string[][]): string {
  const clipped = rows.map((r) => r.map((c) => (c.length > MAX_CELL ? c.slice(0, MAX_CELL - 1) + "…" : c)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...clipped.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (columns[i]!.numeric ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "-".repeat(w)).join("  "), ...clipped.map(line)].join("\n") + "\n";
}

