#!/usr/bin/env node
// extract: the same as `communique extract` (analysts type `extract releases/*.txt`).
import { main } from "../dist/bundle/cli.js";

await main([process.argv[0], process.argv[1], "extract", ...process.argv.slice(2)]);
