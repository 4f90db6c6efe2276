import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { FetchDocsError } from "./errors.js";

const STAGING_PREFIX = ".staging-";
/** A staging folder this old was left by a run that was killed; no fetch takes a day. */
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;

/** Written beside the class files: where they came from, for a person looking at the cache. */
export const SOURCE_RECORD = ".fetch-docs.json";

export interface SourceRecord {
  readonly version: string;
  readonly url: string;
  readonly finalUrl: string;
  readonly classFiles: number;
  readonly fetchedAt: string;
}

/** `<cache>/<version>`: the folder `generate --docs` is pointed at. */
export function versionFolder(cacheDir: string, version: string): string {
  return path.join(cacheDir, version);
}

/** Whether a complete fetch of this version is already in the cache. */
export async function isCached(folder: string): Promise<boolean> {
  const record = await stat(path.join(folder, SOURCE_RECORD)).catch(() => null);
  return record?.isFile() ?? false;
}

export interface StagingFolder {
  readonly path: string;
  readonly cacheDir: string;
  /** The outermost folder made for the cache dir itself, if it did not exist. */
  readonly createdRoot: string | undefined;
}

/**
 * A fresh folder inside the cache (so the final rename stays on one file system) to extract
 * into. Its name starts with a dot so nothing mistakes it for a version.
 */
export async function makeStagingFolder(cacheDir: string, version: string): Promise<StagingFolder> {
  try {
    const createdRoot = await mkdir(cacheDir, { recursive: true });
    await removeStaleStaging(cacheDir);
    const staging = await mkdtemp(path.join(cacheDir, `${STAGING_PREFIX}${version}-`));
    return { path: staging, cacheDir, createdRoot };
  } catch (error) {
    throw cacheError(`cannot create a folder in ${cacheDir}`, error);
  }
}

/**
 * Moves a finished staging folder to `target`, replacing what was there. The old folder is moved
 * aside first and put back if the swap fails, so `target` is always a complete fetch or absent
 * for the instant between the two renames, never half-written.
 */
export async function installStaged(
  { path: staging }: StagingFolder,
  target: string,
  record: SourceRecord,
): Promise<void> {
  try {
    await writeFile(path.join(staging, SOURCE_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    throw cacheError(`cannot write ${SOURCE_RECORD}`, error);
  }
  const existing = await stat(target).catch(() => null);
  const aside = existing === null ? null : `${staging}.previous`;
  try {
    if (aside !== null) await rename(target, aside);
  } catch (error) {
    throw cacheError(`cannot move the previous ${target} aside`, error);
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (aside !== null) await rename(aside, target).catch(() => {});
    throw cacheError(`cannot move the new docs into ${target}`, error);
  }
  if (aside !== null) await rm(aside, { recursive: true, force: true });
}

/**
 * Removes a staging folder after a failure, and the cache folders made for it when they are
 * empty again, so the cache is as it was before.
 */
export async function discardStaged(staging: StagingFolder): Promise<void> {
  await rm(staging.path, { recursive: true, force: true });
  if (staging.createdRoot === undefined) return;
  // rmdir (not rm -r) from the inside out: a folder something else wrote into meanwhile stays.
  for (let folder = staging.cacheDir; ; folder = path.dirname(folder)) {
    if (
      !(await rmdir(folder).then(
        () => true,
        () => false,
      ))
    )
      return;
    if (folder === staging.createdRoot || path.dirname(folder) === folder) return;
  }
}

function cacheError(what: string, error: unknown): FetchDocsError {
  const detail = (error as NodeJS.ErrnoException).code ?? String(error);
  return new FetchDocsError("cache", `${what}: ${detail}`);
}

/** Staging folders (and set-aside old versions) that killed runs left behind. */
async function removeStaleStaging(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const folder = path.join(cacheDir, name);
    const info = await stat(folder).catch(() => null);
    if (info !== null && now - info.mtimeMs > STALE_STAGING_MS) {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
