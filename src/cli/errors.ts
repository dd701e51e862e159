// Errors the CLI maps to one line on stderr and an exit status.

/** Bad usage: exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** The first line of an error's message, without Node's stack or "Error:" prefix. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split("\n")[0] ?? "").trim() || (err instanceof Error ? err.name : "unknown error");
}
