/**
 * The CLI's process tuning (codegen/cli/v8-tuning.ts): after it loads, every thread V8 started
 * besides the main one runs at the lowest priority, and the main thread keeps its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./paths.js";

/** Thread id → nice value, read by the child from /proc after importing the module. */
function nicesAfterImport(): Record<string, number> {
  const tuning = path.join(repoRoot, "codegen", "cli", "v8-tuning.ts");
  const script = `
    await import(${JSON.stringify(tuning)});
    const { readdirSync, readFileSync } = await import("node:fs");
    const nices = {};
    for (const id of readdirSync("/proc/self/task")) {
      // Field 19 of stat is the nice value; the name in field 2 may hold spaces, so count from ")".
      const stat = readFileSync("/proc/self/task/" + id + "/stat", "utf8");
      nices[id === String(process.pid) ? "main" : id] = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    }
    console.log(JSON.stringify(nices));`;
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
}

describe.runIf(existsSync("/proc/self/task"))("CLI process tuning (Linux)", () => {
  it("lowers every background thread to nice 19 and leaves the main thread at 0", () => {
    const { main, ...background } = nicesAfterImport();
    expect(main).toBe(0);
    // Node starts V8's pool (four threads) and its own helpers before any JS runs.
    expect(Object.keys(background).length).toBeGreaterThanOrEqual(4);
    for (const nice of Object.values(background)) expect(nice).toBe(19);
  });
});
