import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Options } from "prettier";
import type { LongLine } from "./long-lines.js";

/**
 * prettier's layout of each long line, remembered between runs. The format stage's one remaining
 * cost is prettier itself (~1,000 long lines of the whole corpus in one call, measured 0.4-0.9 s
 * of a ~2.5 s run), and the same line in the same context always gets the same layout from the
 * same prettier version and options; so a run only hands prettier the lines no earlier run has
 * seen. The file holds prettier's own output, keyed by the line and its wrapper, under a header
 * naming the prettier version and options: any change to either starts a fresh cache.
 */
export interface LayoutCache {
  get(line: LongLine): readonly string[] | undefined;
  set(line: LongLine, layout: readonly string[]): void;
  /** Writes the file when this run added layouts; a failure to write only costs time. */
  save(): Promise<void>;
}

/**
 * Beyond this many layouts the file keeps only the ones the current run used, so it cannot grow
 * without bound across Godot versions (4.6.3 and 3.6 together need about 2,000).
 */
const MAX_LAYOUTS = 20_000;

interface CacheFile {
  readonly header: string;
  readonly layouts: Record<string, string[]>;
}

function keyOf(line: LongLine): string {
  return `${line.wrapper.before}\u0000${line.line}\u0000${line.wrapper.after}`;
}

export async function openLayoutCache(
  file: string,
  prettierVersion: string,
  options: Options,
): Promise<LayoutCache> {
  const header = `prettier ${prettierVersion} ${JSON.stringify(options, Object.keys(options).sort())}`;
  let layouts = new Map<string, string[]>();
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as Partial<CacheFile>;
    if (data.header === header && typeof data.layouts === "object" && data.layouts !== null)
      layouts = new Map(Object.entries(data.layouts));
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  let added = false;
  const used = new Set<string>();
  return {
    get(line) {
      const key = keyOf(line);
      const layout = layouts.get(key);
      if (layout !== undefined) used.add(key);
      return layout;
    },
    set(line, layout) {
      const key = keyOf(line);
      layouts.set(key, [...layout]);
      used.add(key);
      added = true;
    },
    async save() {
      if (!added) return;
      const kept =
        layouts.size > MAX_LAYOUTS ? [...layouts].filter(([key]) => used.has(key)) : [...layouts];
      const sorted = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, JSON.stringify({ header, layouts: sorted }), "utf8");
        await rename(temporary, file);
      } catch {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}
