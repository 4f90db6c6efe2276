/**
 * Loading receiveSlab.ts primes glibc's allocator (see the end of that file): once one 16 MiB
 * block is freed, freed slabs stay in the heap instead of going back to the kernel, so new slabs
 * reuse pages that are already mapped. Measured here the way it matters: minor page faults while
 * slabs are allocated, filled and collected over and over, in a fresh process that has loaded the
 * module and in one that has not. Linux with glibc only: the mechanism is glibc's.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const slabModule = new URL("../../src/impl/net/receiveSlab.ts", import.meta.url).href;

const header = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
const onGlibc = process.platform === "linux" && header.header?.glibcVersionRuntime !== undefined;

/** Minor faults over 120 rounds of 32 slabs (4 MiB) allocated, written and collected. */
function faultsInChild(loadSlabModule: boolean): Promise<number> {
  const script = `
    if (${loadSlabModule}) await import(${JSON.stringify(slabModule)});
    // The block is freed once its port has closed, a turn of the event loop later; any program
    // that goes on to connect a socket takes such turns before its first read.
    await new Promise((resolve) => setTimeout(resolve, 20));
    globalThis.gc();
    const before = process.resourceUsage().minorPageFault;
    for (let round = 0; round < 120; round++) {
      let slabs = [];
      for (let i = 0; i < 32; i++) slabs.push(Buffer.allocUnsafe(128 * 1024).fill(round));
      slabs = null;
      globalThis.gc();
    }
    console.log(process.resourceUsage().minorPageFault - before);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"], timeout: 60_000 },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const faults = Number(out.trim());
      if (code === 0 && Number.isInteger(faults)) resolve(faults);
      else reject(new Error(`child exited ${code}: ${out}`));
    });
  });
}

describe.runIf(onGlibc)("allocator priming (glibc)", () => {
  it("keeps collected slabs mapped: reusing them faults far less than fresh pages", async () => {
    const plain = await faultsInChild(false);
    const primed = await faultsInChild(true);
    // 120 rounds × 4 MiB is 122,880 pages written. Without priming, glibc gives freed slabs back
    // and later rounds fault them in again (measured 7,000-19,000, depending on where the trims
    // fall); primed, the count stays at the process's fixed cost (~2,000) however many rounds run.
    expect(plain).toBeGreaterThan(5000);
    expect(primed).toBeLessThan(plain / 2);
  }, 120_000);
});
