#!/usr/bin/env node
// communique: every command (see `communique --help`). The code is compiled from src/ into dist/.
import { main } from "../dist/bundle/cli.js";

await main(process.argv);
