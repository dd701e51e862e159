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

