// What the user named on the command line -> the list of inputs to read, in order.
// Each input is a file, a URL, or standard input; a name that gives nothing is an error for that name
// only (the others are still read).
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";

export type Input =
  | { kind: "file"; name: string }
  | { kind: "url"; name: string }
  | { kind: "stdin"; name: "-" };

export interface Expanded {
  inputs: Input[];
  /** Names that gave nothing, with the cause: reported, never fatal for the others. */
  errors: { name: string; cause: string }[];
}

const GLOB_CHARS = /[*?[\]{}]/;
/**
 * Files a directory walk passes over: metadata sidecars (.json beside the .txt it describes),
 * notes, and databases. Named explicitly, they are still read.
 */
const COMPANION_FILES = /\.(json|md|markdown|db|db-wal|db-shm|db-journal|sqlite3?)$/i;
const URL_PREFIX = /^https?:\/\//i;

/** Expands files, directories (recursively, in name order), unexpanded globs, URLs and "-". */
export async function expandInputs(names: string[]): Promise<Expanded> {
  const out: Expanded = { inputs: [], errors: [] };
  for (const name of names) {
    if (name === "-") out.inputs.push({ kind: "stdin", name: "-" });
    else if (URL_PREFIX.test(name)) out.inputs.push({ kind: "url", name });
    else if (exists(name)) addPath(name, out, new Set());
    else if (GLOB_CHARS.test(name)) {
      const { glob } = await import("tinyglobby");
      const matches = (await glob(name, { onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false })).sort();
      if (matches.length === 0) out.errors.push({ name, cause: "no file matches this pattern" });
      for (const m of matches) out.inputs.push({ kind: "file", name: m });
    } else out.errors.push({ name, cause: "no such file or directory" });
  }
  return out;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function addPath(path: string, out: Expanded, seenDirs: Set<string>): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    out.errors.push({ name: path, cause: describeFsError(err) });
    return;
  }
  if (stat.isFile()) {
    out.inputs.push({ kind: "file", name: path });
    return;
  }
  if (!stat.isDirectory()) {
    out.errors.push({ name: path, cause: "not a regular file or directory" });
    return;
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    out.errors.push({ name: path, cause: describeFsError(err) });
    return;
  }
  if (seenDirs.has(real)) {
    out.errors.push({ name: path, cause: "directory loop (a symbolic link points back to a parent), skipped" });
    return;
  }
  seenDirs.add(real);
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch (err) {
    out.errors.push({ name: path, cause: describeFsError(err) });
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(".")) continue; // .git, editor swap files
    if (COMPANION_FILES.test(entry) && !isDirectory(join(path, entry))) continue;
    addPath(join(path, entry), out, seenDirs);
  }
  seenDirs.delete(real);
}

/** One line for a file-system error: "permission denied", not "EACCES: permission denied, open '…'". */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "ELOOP": return "too many levels of symbolic links (a link loop)";
    case "EISDIR": return "is a directory";
    case "ENAMETOOLONG": return "file name too long";
    case "EMFILE":
    case "ENFILE": return "too many open files";
    default: return err instanceof Error ? err.message.split("\n")[0]! : String(err);
  }
}
