import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A 1 GiB read at a few hundred MB/s takes seconds; a stalled child is killed well before the case budget. */
const CHILD_TIMEOUT_MS = 180_000;

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const childrenProject = fileURLToPath(new URL("./tsconfig.children.json", import.meta.url));
const compiledRoot = path.join(repoRoot, "node_modules/.cache/godot-typed/bench-js");

let compiling: Promise<string | null> | undefined;

/**
 * The child scripts and everything they import (src/impl, generated/) compiled to plain JS once
 * per bench run, so each client is measured as a Node program that installed this package runs
 * it: without the tsx loader in the process. Under tsx, ours read 1 GiB at ~0.74× of the raw
 * socket and at ~0.81× as compiled JS (the loader's modules and hooks grow the heap every
 * collection walks). Null when tsc fails; the children then run under tsx and the bench says so.
 */
export function compileBenchChildren(log: (line: string) => void): Promise<string | null> {
  compiling ??= run(
    process.execPath,
    [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", childrenProject],
    { cwd: repoRoot, timeout: 300_000 },
  ).then(
    () => compiledRoot,
    (error: unknown) => {
      // tsc still emits when some file under work elsewhere has a type error; use that output.
      const usable = existsSync(path.join(compiledRoot, "scripts/bench/http/largeBodyChild.js"));
      log(
        `bench children: tsc reported errors (${String(error).split("\n")[0]}); ${usable ? "using what it emitted" : "running them under tsx"}`,
      );
      return usable ? compiledRoot : null;
    },
  );
  return compiling;
}

/**
 * Runs a bench child script (largeBodyChild.ts, memoryChild.ts) in a fresh Node process and
 * returns the last line it printed: its JSON result. The compiled JS runs when
 * compileBenchChildren() produced it, else the TS source under tsx. None of the bench process's
 * own flags (profiler, inspector) are passed on, so the child measures just itself. `env` adds
 * variables to the bench process's environment for this child only.
 */
export async function lastLineOfChild(
  entry: URL,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
  const source = fileURLToPath(entry);
  const root = await (compiling ?? Promise.resolve(null));
  const argv =
    root === null
      ? ["--import", "tsx", source]
      : [path.join(root, path.relative(repoRoot, source)).replace(/\.ts$/, ".js")];
  const { stdout } = await run(process.execPath, [...argv, ...args], {
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 1 << 20,
    env: { ...process.env, ...env },
  });
  return stdout.trim().split("\n").pop() ?? "";
}
