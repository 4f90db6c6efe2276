import { FETCH_DOCS_HELP } from "../../../scripts/fetch-docs/options.js";
import { runFetchDocs } from "../../../scripts/fetch-docs/run.js";
import type { CliCommand } from "../command.js";

/** `godot-typed fetch-docs <version>`: the command lives in scripts/fetch-docs/. */
export const fetchDocsCommand: CliCommand = {
  name: "fetch-docs",
  summary: "download one Godot version's class reference XML into a local cache",
  help: FETCH_DOCS_HELP,
  run: runFetchDocs,
};
