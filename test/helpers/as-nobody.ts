// Runs an executable as the unprivileged user "nobody": tests run as root in CI, where file modes do
// not stop reads or writes. Available when the tests run as root and util-linux's setpriv exists.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, type RunResult } from "./cli.js";

const SETPRIV = "/usr/bin/setpriv";

export const canRunAsNobody = process.getuid?.() === 0 && existsSync(SETPRIV);

export function runAsNobody(bin: "extract" | "communique", args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(SETPRIV, ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, join(ROOT, "bin", `${bin}.js`), ...args], {
      cwd,
      env: { ...process.env, COMMUNIQUE_DB: undefined },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (x: string) => (stdout += x));
    child.stderr.setEncoding("utf8").on("data", (x: string) => (stderr += x));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.end();
  });
}
