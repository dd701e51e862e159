// Runs the real executables (compiled by `pretest`) and captures what a user would see.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `closeStdoutAfter`: the reader goes away (like `| head -c N`) once it has read that many characters. */
export function run(bin: "extract" | "communique", args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; closeStdoutAfter?: number } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", `${bin}.js`), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, COMMUNIQUE_DB: undefined, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => {
      stdout += d;
      if (opts.closeStdoutAfter !== undefined && stdout.length >= opts.closeStdoutAfter) child.stdout.destroy();
    });
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    if (opts.closeStdoutAfter === 0) child.stdout.destroy(); // gone before the first write
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, signal, stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export function tempDir(prefix = "communique-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
