import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Options } from "prettier";
import { findLongLines, snippetSource, splitSnippets } from "./long-lines.js";
import type { LongLine } from "./long-lines.js";
import { openLayoutCache } from "./layout-cache.js";
import { prettierOptions } from "./prettier-options.js";
import { applyEdits, type TextEdit } from "./text-lines.js";
import { formatInWorkers } from "./worker-pool.js";

export { prettierOptions } from "./prettier-options.js";

/**
 * Below this much source, starting worker threads (each loads prettier, ~0.3 s) costs more
 * than it saves.
 */
const WORKER_THRESHOLD_BYTES = 2_000_000;

const require = createRequire(import.meta.url);

/**
 * prettier is imported on first use: a run whose long lines are all in the layout cache never
 * calls it, and importing it cost ~25 ms of such a run. Its version (the cache's key) comes from
 * its package.json.
 */
let prettier: Promise<typeof import("prettier")> | undefined;
const loadPrettier = () => (prettier ??= import("prettier"));
const prettierVersion = (): string =>
  (require("prettier/package.json") as { version: string }).version;

/**
 * The format stage: makes every emitted file `prettier --check` clean with the project's
 * settings, keeping keys and their order.
 *
 * Running prettier over the whole corpus (~900 files, ~10 MB, mostly doc comments) costs several
 * CPU seconds, while the emitter already writes prettier's layout except for long code lines.
 * So only those lines are given to prettier (long-lines.ts), in one call; a file with a long
 * line of an unknown shape is formatted whole, on worker threads when there is a lot of it.
 */
export interface FormatOptions {
  /**
   * Run prettier over every file whole. The default path relies on the emit stage's layout
   * (only long lines are laid out); use this for text the emitter did not write.
   */
  readonly full?: boolean;
  /**
   * A file remembering prettier's layout of each long line between runs (layout-cache.ts);
   * omitted, every long line goes through prettier.
   */
  readonly layoutCacheFile?: string | null;
}

export async function formatFiles(
  files: Map<string, string>,
  formatOptions: FormatOptions = {},
): Promise<Map<string, string>> {
  const options = prettierOptions();
  if (formatOptions.full === true) return formatWithPrettier(files, options);
  const width = options.printWidth ?? 80;
  const fast = new Map<string, LongLine[]>();
  const slow = new Map<string, string>();
  const allLong: LongLine[] = [];
  for (const [path, text] of files) {
    const long = findLongLines(path, text, width);
    if (long === null) {
      slow.set(path, text);
    } else {
      fast.set(path, long);
      for (const line of long) allLong.push(line);
    }
  }

  const replacement = new Map<LongLine, readonly string[]>();
  const cache =
    formatOptions.layoutCacheFile == null
      ? null
      : await openLayoutCache(formatOptions.layoutCacheFile, prettierVersion(), options);
  const unknown: LongLine[] = [];
  for (const long of allLong) {
    const known = cache?.get(long);
    if (known === undefined) unknown.push(long);
    else replacement.set(long, known);
  }
  if (unknown.length > 0) {
    let formatted: string | null = null;
    try {
      formatted = await (await loadPrettier()).format(snippetSource(unknown), options);
    } catch {
      // A line prettier cannot parse: format those files whole, so the error names the file.
    }
    if (formatted !== null) {
      splitSnippets(formatted, unknown).forEach((lines, i) => {
        const long = unknown[i];
        if (long === undefined) return;
        replacement.set(long, lines);
        if (lines.length > 0) cache?.set(long, lines);
      });
    }
  }
  await cache?.save();
  const fastOut = new Map<string, string>();
  for (const [path, long] of fast) {
    const text = assemble(files.get(path) ?? "", long, replacement);
    if (text === null) slow.set(path, files.get(path) ?? "");
    else fastOut.set(path, text);
  }

  const slowOut = await formatWithPrettier(slow, options);
  const out = new Map<string, string>();
  for (const path of files.keys()) out.set(path, fastOut.get(path) ?? slowOut.get(path) ?? "");
  return out;
}

/**
 * The file with each long line replaced by its layout, trailing blank lines dropped and one final
 * newline (as prettier writes it); null if a layout came back empty.
 */
function assemble(
  text: string,
  long: readonly LongLine[],
  replacement: ReadonlyMap<LongLine, readonly string[]>,
): string | null {
  const edits: TextEdit[] = [];
  for (const line of long) {
    const layout = replacement.get(line);
    if (layout === undefined || layout.length === 0) return null;
    edits.push({ start: line.start, end: line.end, text: layout.join("\n") });
  }
  const joined = applyEdits(text, edits);
  let end = joined.length;
  while (end > 0 && joined.charCodeAt(end - 1) === 10) end--;
  // prettier writes an empty file as "" (no lone newline). A text that already ends in one
  // newline is returned as it is: `slice + "\n"` would be a rope, copied whole (6.5 MB for
  // metadata.ts) on its first read.
  if (end === 0) return "";
  return end === joined.length - 1 ? joined : `${joined.slice(0, end)}\n`;
}

async function formatWithPrettier(
  files: Map<string, string>,
  options: Options,
): Promise<Map<string, string>> {
  let bytes = 0;
  for (const text of files.values()) bytes += text.length;
  const workers = Math.min(availableParallelism(), 4, files.size);
  if (bytes >= WORKER_THRESHOLD_BYTES && workers >= 2) {
    return formatInWorkers(files, options, workers);
  }
  const out = new Map<string, string>();
  for (const [path, text] of files) out.set(path, await formatOne(path, text, options));
  return out;
}

async function formatOne(path: string, text: string, options: Options): Promise<string> {
  try {
    return await (await loadPrettier()).format(text, { ...options, filepath: path });
  } catch (error) {
    throw new Error(`format: ${path}: ${(error as Error).message}`, { cause: error });
  }
}
