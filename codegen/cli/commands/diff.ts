import {
  diffCorpora,
  filterReport,
  formatJson,
  formatMarkdown,
  formatText,
} from "../../diff/index.js";
import type { DiffReport } from "../../diff/index.js";
import { readCorpus } from "../../read/index.js";
import path from "node:path";
import { EXIT, UsageError, type CliCommand } from "../command.js";
import { parseFlags } from "../parse-flags.js";

const HELP = `Usage: godot-typed diff <old-docs> <new-docs> [options]

Compares two versions of Godot's class reference (each a docs root laid out like a Godot
checkout, or a folder of class XML files): classes, methods, properties, signals, constants,
enums and enum values added, removed, renamed or changed, each flagged breaking or not.

Renames are paired instead of reported as a removal plus an addition: known Godot 3→4 class
renames (codegen/diff/known-renames.json), then heuristics (same brief description, same value
and similar name, ...; see codegen/diff/renames.ts).

Options:
  --format <f>              text (default), markdown or json
  --classes <a,b,...>       only these classes (old or new name); repeatable
  --breaking-only           only breaking entries
  --include-descriptions    also report description-only changes (never breaking)
  -h, --help                show this help

Exit codes: 0 done, 1 unreadable docs, 2 bad command line.
`;

const OPTIONS = {
  format: { type: "string" },
  classes: { type: "string", multiple: true },
  "breaking-only": { type: "boolean" },
  "include-descriptions": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATTERS: Readonly<Record<string, (report: DiffReport) => string>> = {
  text: formatText,
  markdown: formatMarkdown,
  json: formatJson,
};

export const diffCommand: CliCommand = {
  name: "diff",
  summary: "compare two versions of the class reference (added, removed, renamed, changed)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, OPTIONS, true);
    if (values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 2)
      throw new UsageError(`diff needs <old-docs> <new-docs>, got ${positionals.length} path(s)`);
    const format = values.format ?? "text";
    const formatter = FORMATTERS[format];
    if (formatter === undefined)
      throw new UsageError(`--format must be text, markdown or json, not "${format}"`);
    const classes = (values.classes ?? [])
      .flatMap((list) => list.split(","))
      .map((name) => name.trim())
      .filter((name) => name !== "");

    const [oldRoot, newRoot] = positionals.map((root) => path.resolve(io.cwd, root)) as [
      string,
      string,
    ];
    const [oldCorpus, newCorpus] = await Promise.all([
      readCorpus({ root: oldRoot }),
      readCorpus({ root: newRoot }),
    ]);
    const report = diffCorpora(oldCorpus, newCorpus, {
      includeDescriptions: values["include-descriptions"] === true,
    });
    const shown = filterReport(report, { classes, breakingOnly: values["breaking-only"] === true });
    io.stdout.write(formatter(shown));
    return EXIT.ok;
  },
};
