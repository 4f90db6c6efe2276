import { writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";
import { listTree } from "./existing-files.js";
import { checkedOutputPath } from "./output-paths.js";
import { Utf8Scratch } from "./utf8-scratch.js";

export interface WriteOptions {
  /**
   * Called after each file lands in the staging folder. Tests throw from it to simulate a crash
   * mid-write; production code leaves it unset.
   */
  readonly afterEachFile?: (relative: string) => void | Promise<void>;
  /**
   * Called with each file's bytes as they are written (a view valid only during the call), so a
   * caller that needs them (the run cache's hashes) does not encode the text again.
   */
  readonly onBytes?: (relative: string, bytes: Uint8Array) => void;
}

export interface WriteResult {
  readonly written: number;
  /** Files of the previous output that are gone now (stale files removed by the swap). */
  readonly removed: readonly string[];
}

/**
 * Replaces `outDir` with exactly `files`, so a failed run leaves the old folder byte-identical:
 *  1. write everything into a fresh staging folder beside `outDir` (same filesystem, so renames
 *     are atomic);
 *  2. move the old folder aside, move the staging folder into place, delete the old one.
 * Stale files disappear with the old folder. If the final rename fails the old folder is moved
 * back. The only window without `outDir` is between the two renames. The files themselves are
 * written synchronously (see writeAll): a library caller's event loop waits for them, ~20–50 ms
 * for the whole corpus.
 */
export async function writeOutputDir(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const target = path.resolve(outDir);
  const previous = await listTree(target);
  if (previous !== null) refuseForeignContent(target, previous, files);

  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(target)}.staging-`));
  try {
    await writeAll(staging, files, options);
    await swapInto(target, staging, previous !== null);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const removed =
    previous === null ? [] : previous.files.filter((relative) => !files.has(relative)).sort();
  return { written: files.size, removed };
}

/**
 * Synchronous writes, one after another: each goes straight to the kernel, where an awaited
 * write makes a round trip through libuv's thread pool per open, write and close. Measured on
 * the whole corpus (878 files) from the CLI: ~20 ms against ~80 ms with 16 writes in flight on
 * tmpfs, ~45 against ~50 ms on this VM's ext4. A generator run has nothing else to do meanwhile.
 * On the first failure the error propagates with no write under way, so the caller's cleanup
 * never races one into the folder.
 */
async function writeAll(
  staging: string,
  files: ReadonlyMap<string, string>,
  options: WriteOptions,
): Promise<void> {
  const order = [...files.keys()].sort();
  const targets = order.map((relative) => checkedOutputPath(staging, relative));
  for (const dir of new Set(targets.map((file) => path.dirname(file))))
    await mkdir(dir, { recursive: true });
  const scratch = new Utf8Scratch();
  for (let i = 0; i < order.length; i++) {
    const relative = order[i] as string;
    const bytes = scratch.bytes(files.get(relative) ?? "");
    writeFileSync(targets[i] as string, bytes);
    options.onBytes?.(relative, bytes);
    if (options.afterEachFile !== undefined) await options.afterEachFile(relative);
  }
}

async function swapInto(target: string, staging: string, targetExists: boolean): Promise<void> {
  if (!targetExists) {
    await rename(staging, target);
    return;
  }
  const retired = `${staging}.previous`;
  await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(retired, target);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

/**
 * The swap replaces the whole folder, so it must not hold anything a person put there. Files the
 * new output would also write, and files of kinds the generator writes, count as generated;
 * anything else (a README, a symlink, a `.git`) stops the run before it touches the disk.
 */
function refuseForeignContent(
  target: string,
  previous: { readonly files: readonly string[]; readonly foreign: readonly string[] },
  files: ReadonlyMap<string, string>,
): void {
  const generatedKinds = new Set([...files.keys()].map((relative) => path.posix.extname(relative)));
  const foreign = [
    ...previous.foreign,
    ...previous.files.filter(
      (relative) => !files.has(relative) && !generatedKinds.has(path.posix.extname(relative)),
    ),
  ];
  if (foreign.length > 0) {
    throw new GeneratorInputError(
      `refusing to replace the output folder: it holds files the generator does not write (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""})`,
      { file: target },
    );
  }
}
