/**
 * The bench's --scratch option: where the generator cases write (ours and make_rst.py alike).
 * The default is RAM-backed when the machine has /dev/shm, so disk bursts stay out of the ratios.
 */
import { accessSync, constants, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultScratch, parseBenchArgs } from "../../scripts/bench/options.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function scratchOf(argv: string[]): string {
  const options = parseBenchArgs(argv, repoRoot);
  if (options === "help") throw new Error("unexpected help");
  return options.scratch;
}

function writableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

describe("--scratch", () => {
  it("is resolved from the repo root when given", () => {
    expect(scratchOf(["--scratch", "../scratch-here"])).toBe(
      path.resolve(repoRoot, "../scratch-here"),
    );
    expect(scratchOf(["--scratch", "/var/tmp"])).toBe("/var/tmp");
  });

  it("defaults to /dev/shm where it is a writable folder, else the OS temp folder", () => {
    const expected = writableFolder("/dev/shm") ? "/dev/shm" : os.tmpdir();
    expect(defaultScratch()).toBe(expected);
    expect(scratchOf([])).toBe(expected);
  });
});
