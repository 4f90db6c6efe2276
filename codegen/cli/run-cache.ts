import path from "node:path";
import {
  fingerprint,
  hashFiles,
  outputMatches,
  pruneRecords,
  readRecord,
  recordPath,
  writeRecord,
  type CacheRecord,
} from "../cache/index.js";
import type { ResolvedSettings } from "../config/index.js";
import type { PipelineOptions, PipelineResult } from "../pipeline.js";
import { discoverClassFiles } from "../read/discover.js";

/** The cache as `generate` uses it: one fingerprint per run, one record per output folder. */
export interface RunCache {
  /** The record when the last run had the same fingerprint and the folder still matches it. */
  lookup(): Promise<CacheRecord | null>;
  /**
   * Remembers a finished run's output for the next one. `outputHashes` (path → SHA-256 of the
   * bytes written) spares hashing the files again when the write already did.
   */
  store(result: PipelineResult, outputHashes?: Readonly<Record<string, string>>): Promise<void>;
  /** Time spent on cache work so far (fingerprint, lookup). */
  elapsedMs(): number;
  /** The input files' bytes as the fingerprint read them, for the read stage after a miss. */
  readonly inputs: ReadonlyMap<string, Buffer>;
}

export async function openRunCache(
  settings: ResolvedSettings,
  options: PipelineOptions,
): Promise<RunCache> {
  const start = performance.now();
  let spent = 0;
  const classFiles =
    "root" in settings.docs ? await discoverClassFiles(settings.docs.root) : settings.docs.files;
  const inputs = [
    ...classFiles,
    ...(settings.classes === "manifest" && settings.manifest !== null ? [settings.manifest] : []),
    ...(settings.overrides !== null ? [settings.overrides] : []),
    ...(options.translation ? [options.translation.file] : []),
  ];
  const contents = new Map<string, Buffer>();
  const print = fingerprint(
    {
      files: inputs,
      options: {
        // The docs root's folder name can give the version, hence the docs URL.
        docs: "root" in settings.docs ? settings.docs.root : null,
        selection: options.selection,
        facade: options.facade,
        version: options.version ?? null,
        docsUrl: options.docsUrl ?? null,
        allowUnknownTypes: options.allowUnknownTypes === true,
        translation: options.translation ?? null,
      },
    },
    contents,
  );
  const file = recordPath(settings.projectRoot, settings.out);
  spent += performance.now() - start;
  return {
    async lookup() {
      const begin = performance.now();
      try {
        const record = await readRecord(file, settings.out);
        if (record === null || record.fingerprint !== print) return null;
        return (await outputMatches(settings.out, record.files)) ? record : null;
      } finally {
        spent += performance.now() - begin;
      }
    },
    async store(result, outputHashes) {
      const missesOutside = result.misses.filter((miss) => miss.outsideEmittedSet).length;
      const { stats } = result;
      await writeRecord(file, {
        version: 1,
        outDir: settings.out,
        fingerprint: print,
        files: outputHashes ?? hashFiles(result.files),
        summary: {
          docsVersion: stats.docsVersion,
          docsUrl: stats.docsUrl,
          classes: stats.classes,
          members: stats.members,
          stubs: stats.stubs,
          builtinStubs: stats.builtinStubs,
          misses: result.misses.length,
          missesOutside,
        },
      });
      await pruneRecords(path.dirname(file));
    },
    elapsedMs: () => spent,
    inputs: contents,
  };
}
