/**
 * Summarizes V8 .cpuprofile files (from `node --cpu-prof`) into the top functions by self time,
 * so hot spots can be reported without opening a profiler UI.
 *
 *   npx tsx scripts/bench/profile/top.ts <file.cpuprofile | dir> [--top 20] [--by area]
 *
 * `--by area` sums self time per npm package or project folder (codegen/emit, src/impl) instead.
 *
 * Several files (one per thread) are merged. Percentages are of all non-idle samples.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface HotSpot {
  readonly name: string;
  readonly selfMs: number;
  readonly selfPercent: number;
}

/** Self time per function (name + file:line), merged over profiles, largest first. */
export function hotSpots(
  profiles: readonly CpuProfile[],
  repoRoot: string,
  by: "function" | "area" = "function",
): HotSpot[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const name = by === "function" ? label : area;
    const labels = new Map(profile.nodes.map((node) => [node.id, name(node, repoRoot)]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const name = labels.get(samples[i] as number) ?? "?";
      if (name === "(idle)") continue;
      const us = Math.max(0, deltas[i] ?? 0);
      self.set(name, (self.get(name) ?? 0) + us);
      total += us;
    }
  }
  return [...self]
    .map(([name, us]) => ({
      name,
      selfMs: us / 1000,
      selfPercent: total > 0 ? (100 * us) / total : 0,
    }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

function label(node: ProfileNode, repoRoot: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (url === "") return functionName || "(anonymous)";
  const file = url.startsWith("file://") ? path.relative(repoRoot, new URL(url).pathname) : url;
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

/** Where a function lives: an npm package, a project folder (codegen/emit), or the runtime. */
function area(node: ProfileNode, repoRoot: string): string {
  const { functionName, url } = node.callFrame;
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "(node built-ins)";
  if (!url.startsWith("file://")) return url;
  const file = path.relative(repoRoot, new URL(url).pathname).split(path.sep);
  const modules = file.lastIndexOf("node_modules");
  if (modules >= 0) {
    const scoped = file[modules + 1]?.startsWith("@") === true;
    return file.slice(modules + 1, modules + (scoped ? 3 : 2)).join("/");
  }
  // codegen/emit, src/impl, dist/codegen/emit: the stage or area folder.
  const depth = file[0] === "dist" ? 3 : 2;
  return file.slice(0, Math.min(depth, file.length - 1)).join("/") || (file[0] ?? "?");
}

async function profileFiles(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  return (await readdir(target))
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(target, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string" }, by: { type: "string" } },
  });
  const files = (await Promise.all(positionals.map(profileFiles))).flat();
  if (files.length === 0) throw new Error("usage: top.ts <file.cpuprofile | dir>... [--top N]");
  const profiles = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(f, "utf8")) as CpuProfile),
  );
  const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..", "..");
  const by = values.by === "area" ? "area" : "function";
  const rows = hotSpots(profiles, repoRoot, by).slice(0, Number(values.top ?? 20));
  process.stdout.write(`${files.length} profile(s)\n`);
  for (const row of rows) {
    process.stdout.write(
      `${row.selfPercent.toFixed(1).padStart(5)}%  ${row.selfMs.toFixed(0).padStart(7)} ms  ${row.name}\n`,
    );
  }
}
