import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";

/**
 * Every regular file under `dir` as a `/`-separated relative path → content, or null when `dir`
 * does not exist. Symlinks and other entries are reported separately: the generator never writes
 * them, so their presence means the folder is not purely generated.
 */
export async function readTree(
  dir: string,
): Promise<{ readonly files: Map<string, Buffer>; readonly foreign: string[] } | null> {
  const listed = await listTree(dir);
  if (listed === null) return null;
  const files = new Map<string, Buffer>();
  await Promise.all(
    listed.files.map(async (relative) => {
      files.set(relative, await readFile(path.join(dir, ...relative.split("/"))));
    }),
  );
  return { files, foreign: listed.foreign };
}

/**
 * The names `readTree` would read, without reading anything: enough for the write stage, which
 * only needs to know what the folder holds (re-reading 900 files cost ~0.1 s per run).
 */
export async function listTree(
  dir: string,
): Promise<{ readonly files: string[]; readonly foreign: string[] } | null> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR")
      throw new GeneratorInputError("the output path exists and is not a folder", { file: dir });
    throw error;
  }
  const files: string[] = [];
  const foreign: string[] = [];
  for (const entry of entries) {
    const relative = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join("/");
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) {
      foreign.push(relative);
      continue;
    }
    files.push(relative);
  }
  return { files, foreign };
}
