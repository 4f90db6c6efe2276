import path from "node:path";
import {
  auditCorpus,
  boundSet,
  formatJson,
  formatMarkdown,
  formatTable,
  loadImplementation,
} from "../../audit/index.js";
import type { AuditReport } from "../../audit/index.js";
import { readManifest, resolveSettings } from "../../config/index.js";
import { GeneratorInputError } from "../../ir/diagnostics.js";
import { readCorpus } from "../../read/index.js";
import { EXIT, UsageError, type CliCommand } from "../command.js";
import { parseFlags } from "../parse-flags.js";

const HELP = `Usage: godot-typed audit [options]

For each bound class (codegen/manifest.json plus its bases up to Object), compares the members
the class reference documents (methods, properties, constants and enum values, signals) with
the implementation in src/impl: implemented, missing, explicitly unsupported (with the reason
from the implementation's list; they count as missing), members whose run-time shape differs
from the docs (static vs instance, fn.length vs required parameters, accessors, constant
values), and a parity percentage. Virtual methods (hooks user code overrides) are listed apart.

Options:
  --docs <path>       docs root (default: from godot-typed.config.json)
  --format <f>        table (default), markdown or json
  --min <percent>     exit 1 when total parity is below this percentage
  --config <file>     config file (default: godot-typed.config.json, searched upward)
  -h, --help          show this help

Exit codes: 0 done, 1 parity below --min or bad input, 2 bad command line.
`;

const OPTIONS = {
  docs: { type: "string" },
  format: { type: "string" },
  min: { type: "string" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATTERS: Readonly<Record<string, (report: AuditReport) => string>> = {
  table: formatTable,
  markdown: formatMarkdown,
  json: formatJson,
};

function parseMin(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text.replace(/%$/, ""));
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`--min must be a percentage between 0 and 100, not "${text}"`);
  }
  return value;
}

export const auditCommand: CliCommand = {
  name: "audit",
  summary: "report parity between the documented API and the implementations",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, OPTIONS, false);
    if (values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format ?? "table";
    const formatter = FORMATTERS[format];
    if (formatter === undefined)
      throw new UsageError(`--format must be table, markdown or json, not "${format}"`);
    const min = parseMin(values.min);

    const settings = await resolveSettings({
      cwd: io.cwd,
      env: io.env,
      flags: values.docs !== undefined ? { docs: values.docs } : {},
      ...(values.config !== undefined ? { configFile: values.config } : {}),
    });
    if (settings.manifest === null)
      throw new GeneratorInputError("no manifest configured", {
        file: settings.configFile ?? io.cwd,
      });
    const manifest = await readManifest(settings.manifest);
    const corpus = await readCorpus(settings.docs);
    const classes = boundSet(corpus, manifest.classes, settings.manifest);
    // The manifest names the implementation relative to the output folder (generated/).
    const implementation = await loadImplementation(
      path.resolve(settings.out, manifest.implementation),
    );
    const report = auditCorpus(corpus, classes, implementation);
    io.stdout.write(formatter(report));
    if (min !== null && report.totals.parity < min) {
      io.stderr.write(
        `godot-typed audit: parity ${report.totals.parity.toFixed(1)}% is below --min ${min}%\n`,
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
