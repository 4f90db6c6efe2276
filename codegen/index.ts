/**
 * The generator as a library. Each pipeline stage is importable on its own, with the IR types as
 * the hub between them; `runPipeline` chains them all.
 *
 *   readCorpus / readRawCorpus → modelCorpus → resolveCorpus → emitProject → formatFiles
 *   → writeOutputDir / checkOutputDir
 */
export type * from "./ir/types.js";
export type * from "./ir/linked.js";
export type * from "./ir/raw.js";
export { GeneratorInputError, type LinkMiss } from "./ir/diagnostics.js";
export { GLOBAL_SCOPE } from "./ir/names.js";

export {
  readCorpus,
  readRawCorpus,
  parseClassFile,
  discoverClassFiles,
  type ReadInput,
} from "./read/index.js";
export {
  modelCorpus,
  modelClass,
  parseTypeString,
  parseTypeAttributes,
  dedentDescription,
  type ModelOptions,
} from "./model/index.js";
export { resolveCorpus, type Selection, type ResolveOptions } from "./resolve/index.js";
export {
  emitProject,
  loadOverrides,
  type EmitOptions,
  type EmitResult,
  type Overrides,
} from "./emit/index.js";
export { formatFiles } from "./format/index.js";
export {
  writeOutputDir,
  checkOutputDir,
  isStale,
  type StaleReport,
  type WriteOptions,
} from "./write/index.js";
export {
  resolveSettings,
  readManifest,
  docsUrlFor,
  type Settings,
  type ResolvedSettings,
  type Manifest,
} from "./config/index.js";
export {
  runPipeline,
  type PipelineOptions,
  type PipelineResult,
  type PipelineStats,
  type StageTiming,
} from "./pipeline.js";
export { runCli } from "./cli/run.js";
export type { CliCommand, CliIO } from "./cli/command.js";
