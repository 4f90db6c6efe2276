import path from "node:path";

/**
 * Output file keys are relative, `/`-separated paths. Anything that could escape the output folder
 * is a generator bug, so it throws before a byte is written.
 */
export function checkedOutputPath(outDir: string, relative: string): string {
  const parts = relative.split("/");
  if (
    relative === "" ||
    path.isAbsolute(relative) ||
    parts.some((part) => part === "" || part === "." || part === "..")
  ) {
    throw new Error(`refusing to write output file with unsafe path "${relative}"`);
  }
  return path.join(outDir, ...parts);
}

/** Code-unit order so listings are identical on every machine. */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
