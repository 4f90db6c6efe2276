// Reads a folder tree into a path → content map, to compare a cache before and after a run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under `root` (relative, "/"-separated, sorted) with its text; {} when absent. */
export function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of paths) {
    files[file.split(path.sep).join("/")] = readFileSync(path.join(root, file), "utf8");
  }
  return files;
}
