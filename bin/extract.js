#!/usr/bin/env node
// extract: the same as `communique extract` (analysts type `extract releases/*.txt`).
import { main } from "../dist/cli/main.js";

await main([process.argv[0], process.argv[1], "extract", ...process.argv.slice(2)]);
