import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";

/**
 * What a run leaves behind for the next one: the fingerprint of its inputs, the SHA-256 of every
 * file it produced, and the summary figures to print when the next run is a cache hit. One record
 * per output folder, in `node_modules/.cache/godot-typed/` (the usual home of tool caches, ignored
 * by git and wiped by `npm ci`), or `.cache/godot-typed/` in a project without node_modules.
 * The file is deterministic: sorted keys, no timestamps.
 */
export interface CacheRecord {
  readonly version: 1;
  readonly outDir: string;
  readonly fingerprint: string;
  /** Output path (relative, `/`-separated) → SHA-256 hex of its bytes. */
  readonly files: Readonly<Record<string, string>>;
  readonly summary: CachedSummary;
}

/** The figures of the run that produced the files, reprinted on a cache hit. */
export interface CachedSummary {
  readonly docsVersion: string | null;
  readonly docsUrl: string;
  readonly classes: number;
  readonly members: number;
  readonly stubs: number;
  readonly builtinStubs: number;
  readonly misses: number;
  readonly missesOutside: number;
}

export function cacheDir(projectRoot: string): string {
  const modules = path.join(projectRoot, "node_modules");
  return existsSync(modules)
    ? path.join(modules, ".cache", "godot-typed")
    : path.join(projectRoot, ".cache", "godot-typed");
}

/**
 * One record per output folder and per way of running the generator: from its TypeScript
 * sources (tsx) and compiled (dist/) hash different code, so each keeps its own record instead of
 * evicting the other's on every alternate run.
 */
export function recordPath(projectRoot: string, outDir: string): string {
  const runner = import.meta.url.endsWith(".ts") ? "ts" : "js";
  const key = createHash("sha256")
    .update(`${runner}\n${path.resolve(outDir)}`)
    .digest("hex")
    .slice(0, 16);
  return path.join(cacheDir(projectRoot), `${key}.json`);
}

/** The record for `outDir`, or null when there is none or it cannot be used. */
export async function readRecord(file: string, outDir: string): Promise<CacheRecord | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return null;
  }
  const record = data as Partial<CacheRecord> | null;
  if (
    record === null ||
    typeof record !== "object" ||
    record.version !== 1 ||
    record.outDir !== path.resolve(outDir) ||
    typeof record.fingerprint !== "string" ||
    typeof record.files !== "object" ||
    record.files === null ||
    typeof record.summary !== "object"
  ) {
    return null;
  }
  return record as CacheRecord;
}

/**
 * Writes the record through a temporary file and a rename, so a reader never sees half of it.
 * The cache only saves time: when it cannot be written (read-only folder) the run still succeeds.
 */
export async function writeRecord(file: string, record: CacheRecord): Promise<boolean> {
  const sorted: CacheRecord = {
    ...record,
    files: Object.fromEntries(
      Object.entries(record.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(sorted, null, 2)}\n`, "utf8");
    await rename(temporary, file);
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}

export async function removeRecord(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}

/** Records kept per cache folder: one per output folder, and a bench or test makes many. */
export const MAX_RECORDS = 64;

const RECORD_NAME = /^[0-9a-f]{16}\.json$/;

/**
 * Deletes the least recently written run records beyond `keep`, so output folders that came and
 * went (temporary ones, above all) do not pile up records forever. Best effort, like the cache.
 */
export async function pruneRecords(dir: string, keep = MAX_RECORDS): Promise<void> {
  try {
    const names = (await readdir(dir)).filter((name) => RECORD_NAME.test(name));
    if (names.length <= keep) return;
    const dated = await Promise.all(
      names.map(async (name) => ({
        name,
        mtime: (await stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0,
      })),
    );
    dated.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1));
    await Promise.all(
      dated.slice(keep).map(({ name }) => rm(path.join(dir, name), { force: true })),
    );
  } catch {
    // A cache that cannot be tidied still works.
  }
}
