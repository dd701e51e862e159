import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    // Vite does not resolve chrono-node's "./*" subpath export; Node does. Same file either way.
    alias: {
      "chrono-node/fr": fileURLToPath(new URL("./node_modules/chrono-node/dist/esm/locales/fr/index.js", import.meta.url)),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CLI tests run the compiled executables: `pretest` compiles src/ first.
    pool: "forks",
  },
});
