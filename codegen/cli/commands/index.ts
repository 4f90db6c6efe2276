import type { CliCommand } from "../command.js";
import { auditCommand } from "./audit.js";
import { diffCommand } from "./diff.js";
import { fetchDocsCommand } from "./fetch-docs.js";
import { generateCommand } from "./generate.js";

/**
 * Every command the CLI knows, in `--help` order. Adding one (e.g. `audit`, `diff`) is a file in
 * this folder exporting a CliCommand plus one line here.
 */
export const commands: readonly CliCommand[] = [
  generateCommand,
  diffCommand,
  auditCommand,
  fetchDocsCommand,
];
