import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { VERSION } from "../src/version.js";
import { USER_AGENT } from "../src/input/fetch.js";

describe("version", () => {
  it("is the package's version, and fetches say it", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toContain(`communique/${pkg.version}`);
  });
});
