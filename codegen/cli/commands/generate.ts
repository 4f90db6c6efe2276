import { existsSync } from "node:fs";
import path from "node:path";
import {
  readManifest,
  resolveSettings,
  type ResolvedSettings,
  type SettingsLayer,
} from "../../config/index.js";
// Only light modules at the top: a cache hit must not load the XML parser, the writer or
// prettier, so the pipeline is imported when a run actually needs it.
import { loadOverrides, NO_OVERRIDES } from "../../emit/overrides.js";
import { GeneratorInputError } from "../../ir/diagnostics.js";
import { catalogPath, isLanguageCode } from "../../translate/catalog-file.js";
import type { PipelineOptions, PipelineResult } from "../../pipeline.js";
import type { Selection } from "../../resolve/index.js";
import { checkOutputDir, isStale, writeOutputDir } from "../../write/index.js";
import { EXIT, UsageError, type CliCommand } from "../command.js";
import { parseFlags, type ParsedFlags } from "../parse-flags.js";
import { formatCachedSummary, formatStaleReport, formatSummary, relative } from "../summary.js";
import { openRunCache, type RunCache } from "../run-cache.js";
import { sha256 } from "../../cache/index.js";
import { cacheDir } from "../../cache/record.js";

const HELP = `Usage: godot-typed generate [options] [class files...]

Reads Godot's class reference XML and writes the typed TypeScript API.

Options:
  --docs <path>           docs root (a Godot checkout, or a folder of XML files) or one
                          class file; repeat it, or list files after the options, for several
  --out <dir>             output folder, replaced atomically (default: generated)
  --classes <a,b,...>     emit these classes (plus their bases and @GlobalScope)
  --all                   emit the whole corpus
                          (default: the bound set from codegen/manifest.json, with the facade)
  --check                 write nothing; exit 1 and list the files when --out is stale
  --docs-version <v>      version for $DOCS_URL links (default: from the XML or folder name)
  --docs-url <url>        what $DOCS_URL expands to (default: docs site for that version)
  --allow-unknown-types   list references to undefined types instead of failing
  --lang <code>           translate the docs with <docs root>/doc/translations/<code>.po
                          (e.g. zh_Hant; untranslated or fuzzy texts stay English); needs --out
  --config <file>         config file (default: godot-typed.config.json, searched upward)
  --no-cache              run every stage even when nothing changed since the last run
  --quiet                 no progress lines on stderr
  -h, --help              show this help

Settings come from defaults < config file < env (GODOT_TYPED_DOCS, GODOT_TYPED_OUT) < flags.

A run whose inputs (class files, manifest, overrides), generator and options are unchanged,
and whose output folder still holds exactly what the last run wrote, skips every stage and says
"up to date (cached)". Other runs reuse prettier's layout of the long lines earlier runs saw.
Both caches live in node_modules/.cache/godot-typed/ (or .cache/godot-typed/).

Exit codes: 0 done (or up to date), 1 bad input or stale output, 2 bad command line.
`;

const OPTIONS = {
  docs: { type: "string", multiple: true },
  out: { type: "string" },
  classes: { type: "string", multiple: true },
  all: { type: "boolean" },
  check: { type: "boolean" },
  "docs-version": { type: "string" },
  "docs-url": { type: "string" },
  "allow-unknown-types": { type: "boolean" },
  lang: { type: "string" },
  config: { type: "string" },
  "no-cache": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const generateCommand: CliCommand = {
  name: "generate",
  summary: "generate the typed API from Godot's class reference XML",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, OPTIONS, true);
    if (values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const flags = flagsLayer(values, positionals);
    const settings = await resolveSettings({
      cwd: io.cwd,
      env: io.env,
      flags,
      ...(values.config !== undefined ? { configFile: values.config } : {}),
    });
    const pipelineOptions = await pipelineOptionsFor(settings);
    const progress = (line: string) => {
      if (values.quiet !== true) io.stderr.write(`[generate] ${line}\n`);
    };
    progress(`docs ${describeDocs(settings, io.cwd)}`);
    const outName = relative(io.cwd, settings.out);

    const cache =
      values["no-cache"] === true ? null : await openRunCache(settings, pipelineOptions);
    if (cache !== null) {
      const hit = await cache.lookup();
      progress(`cache: ${hit === null ? "miss" : "hit"} (${Math.round(cache.elapsedMs())} ms)`);
      if (hit !== null) {
        const outcome = `${outName} is up to date (cached; ${Object.keys(hit.files).length} files)`;
        io.stdout.write(formatCachedSummary(hit.summary, outcome, cache.elapsedMs()));
        return EXIT.ok;
      }
    }

    const { runPipeline } = await import("../../pipeline.js");
    const result = await runPipeline({
      ...pipelineOptions,
      docs:
        cache === null ? pipelineOptions.docs : { ...pipelineOptions.docs, preread: cache.inputs },
      layoutCacheFile:
        values["no-cache"] === true
          ? null
          : path.join(cacheDir(settings.projectRoot), "prettier-layouts.json"),
      onStage: (timing) =>
        progress(`${timing.stage}: ${timing.detail} (${Math.round(timing.ms)} ms)`),
    });

    if (values.check === true) {
      const report = await checkOutputDir(settings.out, result.files);
      await remember(cache, result);
      if (isStale(report)) {
        io.stdout.write(formatSummary(result, `${outName} is stale`, io.cwd));
        io.stdout.write(formatStaleReport(settings.out, report, io.cwd));
        return EXIT.failure;
      }
      io.stdout.write(
        formatSummary(result, `${outName} is up to date (${result.files.size} files)`, io.cwd),
      );
      return EXIT.ok;
    }
    const start = performance.now();
    // The record takes its hashes from the bytes as they are written (encoded once).
    const hashes: Record<string, string> = {};
    const written = await writeOutputDir(
      settings.out,
      result.files,
      cache === null ? {} : { onBytes: (file, bytes) => (hashes[file] = sha256(bytes)) },
    );
    await cache?.store(result, hashes);
    progress(
      `write: ${written.written} files to ${outName} (${Math.round(performance.now() - start)} ms)`,
    );
    const removed = written.removed.length > 0 ? `, ${written.removed.length} stale removed` : "";
    io.stdout.write(
      formatSummary(result, `${written.written} files written to ${outName}${removed}`, io.cwd),
    );
    return EXIT.ok;
  },
};

/** Records what this run produced; the next run with the same fingerprint can then skip. */
async function remember(cache: RunCache | null, result: PipelineResult): Promise<void> {
  await cache?.store(result);
}

type Values = ParsedFlags<typeof OPTIONS>["values"];

function flagsLayer(values: Values, positionals: readonly string[]): SettingsLayer {
  if (values.all === true && values.classes !== undefined)
    throw new UsageError("--classes and --all exclude each other");
  const docs = [...(values.docs ?? []), ...positionals];
  const classes = values.classes
    ?.flatMap((list) => list.split(","))
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (values.classes !== undefined && classes?.length === 0)
    throw new UsageError("--classes needs at least one class name");
  const layer: { -readonly [K in keyof SettingsLayer]: SettingsLayer[K] } = {};
  if (docs.length > 0) layer.docs = docs.length === 1 ? docs[0] : docs;
  if (values.out !== undefined) layer.out = values.out;
  if (values.all === true) layer.classes = "all";
  else if (classes !== undefined) layer.classes = classes;
  if (values["docs-version"] !== undefined) layer.docsVersion = values["docs-version"];
  if (values["docs-url"] !== undefined) layer.docsUrl = values["docs-url"];
  if (values["allow-unknown-types"] === true) layer.allowUnknownTypes = true;
  if (values.lang !== undefined) {
    if (!isLanguageCode(values.lang))
      throw new UsageError(`--lang must be a language code such as zh_Hant, not "${values.lang}"`);
    // The default output is the repository's English API; a translation goes elsewhere.
    if (values.out === undefined) throw new UsageError("--lang needs --out <dir>");
    layer.lang = values.lang;
  }
  return layer;
}

/** Turns settings into stage inputs: the selection, the facade (bound set only) and overrides. */
async function pipelineOptionsFor(settings: ResolvedSettings): Promise<PipelineOptions> {
  let selection: Selection;
  let facade: PipelineOptions["facade"] = null;
  if (settings.classes === "manifest") {
    if (settings.manifest === null) {
      throw new GeneratorInputError("no manifest configured: pass --classes or --all", {
        file: settings.configFile ?? "(settings)",
      });
    }
    const manifest = await readManifest(settings.manifest);
    selection = { classes: manifest.classes };
    facade = {
      implementationModule: implementationModule(settings, manifest.implementation),
      classes: manifest.classes,
      extensions: manifest.extensions,
    };
  } else {
    selection = settings.classes === "all" ? "all" : { classes: settings.classes };
  }
  return {
    docs: settings.docs,
    selection,
    facade,
    overrides: settings.overrides === null ? NO_OVERRIDES : loadOverrides(settings.overrides),
    version: settings.docsVersion,
    docsUrl: settings.docsUrl,
    allowUnknownTypes: settings.allowUnknownTypes,
    translation: translationFor(settings),
  };
}

/** The catalogue of the configured language in the docs root; English needs none. */
function translationFor(settings: ResolvedSettings): PipelineOptions["translation"] {
  const lang = settings.lang;
  if (lang === null || lang === "en") return null;
  const where = { file: settings.configFile ?? "(settings)" };
  if (!isLanguageCode(lang))
    throw new GeneratorInputError(`"lang" must be a language code such as zh_Hant`, where);
  if (!("root" in settings.docs))
    throw new GeneratorInputError("a translation needs a docs root, not a list of files", where);
  const file = catalogPath(settings.docs.root, lang);
  if (!existsSync(file))
    throw new GeneratorInputError(`no translation catalogue for "${lang}" in the docs root`, {
      file,
    });
  return { lang, file };
}

/**
 * The manifest names the implementation relative to the default output folder (`generated/`);
 * re-aim it at the actual output folder so `--out elsewhere` still imports the same module.
 */
function implementationModule(settings: ResolvedSettings, fromManifest: string): string {
  const target = path.resolve(settings.projectRoot, "generated", fromManifest);
  const rel = path.relative(settings.out, target).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function describeDocs(settings: ResolvedSettings, cwd: string): string {
  return "root" in settings.docs
    ? relative(cwd, settings.docs.root)
    : `${settings.docs.files.length} class files`;
}
