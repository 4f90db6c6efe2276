import path from "node:path";
import { docsUrlFor } from "./config/docs-url.js";
import { emitProject, type EmitOptions, type Overrides } from "./emit/index.js";
import { formatFiles } from "./format/index.js";
import type { LinkMiss } from "./ir/diagnostics.js";
import type { LinkedCorpus } from "./ir/linked.js";
import { GLOBAL_SCOPE } from "./ir/names.js";
import type { RawClassFile } from "./ir/raw.js";
import type { ClassModel, Corpus } from "./ir/types.js";
import {
  CorpusBuilder,
  globalEnumNames,
  isGlobalScope,
  modelCorpus,
  type ModelOptions,
} from "./model/index.js";
import { openClassFiles, readRawCorpus, type ReadInput } from "./read/index.js";
import { resolveCorpus, type Selection } from "./resolve/index.js";
import { readCatalog, translateCorpus } from "./translate/index.js";

/**
 * The whole generator as one call: read → model → resolve → docs + emit → format. Nothing
 * touches the output folder here; the caller writes or checks the returned files.
 */
export interface PipelineOptions {
  readonly docs: ReadInput;
  readonly selection: Selection;
  readonly overrides: Overrides;
  /** The bound set's implementation binding, or null for a plain API (`--classes`, `--all`). */
  readonly facade: EmitOptions["facade"];
  /** Replaces the version found in the docs (drives the docs URL). */
  readonly version?: string | null;
  /** Replaces the docs URL outright. */
  readonly docsUrl?: string | null;
  readonly allowUnknownTypes?: boolean;
  /**
   * Translated docs: the language and its catalogue (`doc/translations/<lang>.po`), applied to
   * every doc text after the model stage. Absent or null: the XML's English.
   */
  readonly translation?: { readonly lang: string; readonly file: string } | null;
  /**
   * Where the format stage remembers prettier's layout of long lines between runs
   * (codegen/format/layout-cache.ts); absent or null: no cache.
   */
  readonly layoutCacheFile?: string | null;
  /** Called when each stage finishes, for progress output. */
  readonly onStage?: (stage: StageTiming) => void;
}

/**
 * The docs stage runs inside emit, a comment at a time as members are written; its time is
 * measured there and reported as its own stage, and the emit stage's time excludes it.
 */
export type StageName = "read" | "model" | "translate" | "resolve" | "docs" | "emit" | "format";

export interface StageTiming {
  readonly stage: StageName;
  readonly ms: number;
  /** What the stage produced, for progress lines: `912 class files`. */
  readonly detail: string;
}

export interface PipelineStats {
  /** Classes emitted in full. */
  readonly classes: number;
  /** Methods, constructors, operators, annotations, properties, signals and constants of those classes. */
  readonly members: number;
  readonly stubs: number;
  readonly builtinStubs: number;
  readonly files: number;
  readonly docsVersion: string | null;
  readonly docsUrl: string;
  readonly timings: readonly StageTiming[];
}

export interface PipelineResult {
  /** Output path (relative, `/`-separated) → formatted TS source. */
  readonly files: Map<string, string>;
  readonly linked: LinkedCorpus;
  readonly misses: readonly LinkMiss[];
  readonly stats: PipelineStats;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: StageTiming[] = [];
  const report = (timing: StageTiming): void => {
    timings.push(timing);
    options.onStage?.(timing);
  };
  const timed = async <T>(
    stage: StageName,
    run: () => T | Promise<T>,
    describe: (result: T) => string,
  ): Promise<T> => {
    const start = performance.now();
    const result = await run();
    report({ stage, ms: performance.now() - start, detail: describe(result) });
    return result;
  };

  const english = await readAndModel(
    options.docs,
    options.version == null ? {} : { version: options.version },
    report,
  );
  const translation = options.translation ?? null;
  const corpus =
    translation === null
      ? english
      : (
          await timed(
            "translate",
            async () => translateCorpus(english, await readCatalog(translation.file)),
            (t) =>
              `${translation.lang}: ${t.stats.translated} of ${t.stats.texts} texts translated, the rest English`,
          )
        ).corpus;
  const linked = await timed(
    "resolve",
    () =>
      resolveCorpus(corpus, options.selection, {
        allowUnknownTypes: options.allowUnknownTypes === true,
      }),
    (l) =>
      `${l.emitted.length} emitted, ${l.stubs.length} stubs, ${l.referencedBuiltins.length} builtin stubs`,
  );
  const docsUrl = options.docsUrl ?? docsUrlFor(corpus.version);
  const emitStart = performance.now();
  const emitted = await emitProject(linked, {
    overrides: options.overrides,
    facade: options.facade,
    docsUrl,
  });
  const emitMs = performance.now() - emitStart;
  report({
    stage: "docs",
    ms: emitted.docs.ms,
    detail: `${emitted.docs.comments} doc comments, ${emitted.misses.length} link misses`,
  });
  report({
    stage: "emit",
    ms: emitMs - emitted.docs.ms,
    detail: `${emitted.files.size} files`,
  });
  const files = await timed(
    "format",
    () => formatFiles(emitted.files, { layoutCacheFile: options.layoutCacheFile ?? null }),
    (f) => `${f.size} files`,
  );

  return {
    // Sorted by path: emit returns them so and format keeps the order.
    files,
    linked,
    misses: emitted.misses,
    stats: {
      classes: linked.emitted.length,
      members: linked.emitted.reduce((sum, name) => sum + memberCount(linked.get(name)), 0),
      stubs: linked.stubs.length,
      builtinStubs: linked.referencedBuiltins.length,
      files: files.size,
      docsVersion: corpus.version,
      docsUrl,
      timings,
    },
  };
}

/**
 * The read and model stages, file by file: each class file is modelled as soon as it is parsed,
 * so its element tree dies young instead of all of them surviving until a model stage of their
 * own (the scavenger copied them; whole corpus ~25–35 ms faster). The two stages' times are
 * still reported apart. @GlobalScope's enum names are needed before any class is modelled, so
 * its file (`@GlobalScope.xml`, as Godot names it) is parsed first; should the class turn up in
 * another file, everything is read again and modelled stage after stage.
 */
async function readAndModel(
  docs: ReadInput,
  modelOptions: ModelOptions,
  report: (timing: StageTiming) => void,
): Promise<Corpus> {
  let readMs = 0;
  let modelMs = 0;
  const opened = performance.now();
  const source = await openClassFiles(docs);
  readMs += performance.now() - opened;
  const parse = (index: number): RawClassFile => {
    const start = performance.now();
    const raw = source.parse(index);
    readMs += performance.now() - start;
    return raw;
  };

  const first = source.files.findIndex((file) => path.basename(file) === `${GLOBAL_SCOPE}.xml`);
  const parsedFirst = first === -1 ? undefined : parse(first);
  const globalScope =
    parsedFirst !== undefined && isGlobalScope(parsedFirst) ? parsedFirst : undefined;
  const builder = new CorpusBuilder(globalEnumNames(globalScope));
  for (let index = 0; index < source.files.length; index++) {
    const raw = index === first && parsedFirst !== undefined ? parsedFirst : parse(index);
    if (raw !== globalScope && isGlobalScope(raw))
      return readAndModelInStages(docs, modelOptions, report);
    const start = performance.now();
    builder.add(raw);
    modelMs += performance.now() - start;
  }
  const finishing = performance.now();
  const corpus = builder.finish(source.folderVersion, modelOptions);
  modelMs += performance.now() - finishing;
  report({ stage: "read", ms: readMs, detail: `${source.files.length} class files` });
  report({ stage: "model", ms: modelMs, detail: describeCorpus(corpus) });
  return corpus;
}

/** Every file read, then every file modelled: the general case readAndModel falls back to. */
async function readAndModelInStages(
  docs: ReadInput,
  modelOptions: ModelOptions,
  report: (timing: StageTiming) => void,
): Promise<Corpus> {
  let start = performance.now();
  const raw = await readRawCorpus(docs);
  report({
    stage: "read",
    ms: performance.now() - start,
    detail: `${raw.files.length} class files`,
  });
  start = performance.now();
  const corpus = modelCorpus(raw, modelOptions);
  report({ stage: "model", ms: performance.now() - start, detail: describeCorpus(corpus) });
  return corpus;
}

function describeCorpus(corpus: Corpus): string {
  return `${corpus.classes.size} classes (Godot ${corpus.version ?? "?"}, schema ${corpus.generation})`;
}

function memberCount(model: ClassModel | undefined): number {
  if (model === undefined) return 0;
  return (
    model.methods.length +
    model.constructors.length +
    model.operators.length +
    model.annotations.length +
    model.properties.length +
    model.signals.length +
    model.constants.length
  );
}
