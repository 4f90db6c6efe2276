#!/usr/bin/env node
// `npx tsx scripts/fetch-docs/main.ts <version> [options]`: the same as `godot-typed fetch-docs`.
import { runCli } from "../../codegen/cli/run.js";

process.exitCode = await runCli(["fetch-docs", ...process.argv.slice(2)], {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
