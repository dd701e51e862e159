// What the user named on the command line -> the inputs to read, in order, walked lazily.
// Each input is a file, a URL, or standard input; a name that gives nothing is an error for that name
// only (the others are still read).
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join } from "node:path";

export type Input =
  | { kind: "file"; name: string }
  | { kind: "url"; name: string }
  | { kind: "stdin"; name: "-" };

/** One step of the walk over what the user named: an input to read, or a name that gave nothing. */
export type Expansion = { kind: "input"; input: Input } | { kind: "error"; name: string; cause: string };

const GLOB_CHARS = /[*?[\]{}]/;
/**
 * Files a directory walk passes over: metadata sidecars (.json beside the .txt it describes),
 * notes, and databases. Named explicitly, they are still read.
 */
const COMPANION_FILES = /\.(json|md|markdown|db|db-wal|db-shm|db-journal|sqlite3?)$/i;
const URL_PREFIX = /^https?:\/\//i;

/**
 * Files, directories (recursively, in name order), unexpanded globs, URLs and "-", in order, one
 * at a time: a directory is listed when the walk reaches it, so a tree of a million files is never
 * held in memory, and the first input can be read before the last directory is listed. Names that
 * give nothing come in their place as errors (reported, never fatal for the others). Globs are
 * matched before the walk starts (a pattern's matches are one sorted list anyway).
 */
export async function walkInputs(names: readonly string[]): Promise<Iterator<Expansion, undefined>> {
  const globs = new Map<string, string[]>();
  for (const name of names) {
    if (name === "-" || URL_PREFIX.test(name) || exists(name) || !GLOB_CHARS.test(name) || globs.has(name)) continue;
    const { glob } = await import("tinyglobby");
    // An absolute pattern gives absolute paths (tinyglobby would make them relative to the cwd).
    const options = { onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(name) };
    globs.set(name, (await glob(name, options)).sort());
  }
  return walkNames(names, globs);
}

function* walkNames(names: readonly string[], globs: ReadonlyMap<string, string[]>): Generator<Expansion, undefined> {
  for (const name of names) {
    const matches = globs.get(name);
    if (name === "-") yield { kind: "input", input: { kind: "stdin", name: "-" } };
    else if (URL_PREFIX.test(name)) yield { kind: "input", input: { kind: "url", name } };
    else if (matches !== undefined) {
      if (matches.length === 0) yield { kind: "error", name, cause: "no file matches this pattern" };
      for (const m of matches) yield { kind: "input", input: { kind: "file", name: m } };
    } else if (exists(name)) yield* walkPath(name, new Set());
    else yield { kind: "error", name, cause: "no such file or directory" };
  }
  return undefined;
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

function* walkPath(path: string, seenDirs: Set<string>): Generator<Expansion, undefined> {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    yield { kind: "error", name: path, cause: describeFsError(err) };
    return;
  }
  if (stat.isFile()) {
    yield { kind: "input", input: { kind: "file", name: path } };
    return;
  }
  if (!stat.isDirectory()) {
    yield { kind: "error", name: path, cause: "not a regular file or directory" };
    return;
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    yield { kind: "error", name: path, cause: describeFsError(err) };
    return;
  }
  if (seenDirs.has(real)) {
    yield { kind: "error", name: path, cause: "directory loop (a symbolic link points back to a parent), skipped" };
    return;
  }
  let entries: Dirent[];
  try {
    // With their types: a regular file needs no stat of its own (the listing says what it is).
    entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { kind: "error", name: path, cause: describeFsError(err) };
    return;
  }
  seenDirs.add(real);
  try {
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue; // .git, editor swap files
      const child = join(path, entry.name);
      if (entry.isFile()) {
        if (!COMPANION_FILES.test(entry.name)) yield { kind: "input", input: { kind: "file", name: child } };
        continue;
      }
      if (COMPANION_FILES.test(entry.name) && !isDirectory(child)) continue;
      yield* walkPath(child, seenDirs); // directories, links, and what is neither
    }
  } finally {
    seenDirs.delete(real);
  }
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
