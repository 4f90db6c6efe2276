import { existsSync } from "node:fs";
import path from "node:path";
import { spawnTimed } from "../spawnTimed.js";

/** How the generator CLI is started: compiled JS with plain node, or the TS sources through tsx. */
export interface CliRunner {
  readonly name: "dist" | "tsx";
  readonly command: string;
  readonly prefix: readonly string[];
}

export function tsxRunner(repoRoot: string): CliRunner {
  // What `npm run generate` runs, minus npm itself.
  return {
    name: "tsx",
    command: process.execPath,
    prefix: ["--import", "tsx", path.join(repoRoot, "codegen", "cli", "main.ts")],
  };
}

export function distRunner(repoRoot: string): CliRunner | null {
  const entry = path.join(repoRoot, "dist", "codegen", "cli", "main.js");
  return existsSync(entry) ? { name: "dist", command: process.execPath, prefix: [entry] } : null;
}

export interface CliRun {
  readonly wallMs: number;
  readonly exitCode: number;
  /** Stage → ms, from the CLI's `[generate] <stage>: ... (<n> ms)` progress lines. */
  readonly stages: Record<string, number>;
  readonly stderr: string;
}

const STAGE_LINE = /^\[generate\] (\w+): .*\((\d+(?:\.\d+)?) ms\)$/;

/** Runs the CLI once from the repo root, timing it from spawn to exit. Killed after timeoutMs. */
export async function runCli(
  runner: CliRunner,
  args: readonly string[],
  repoRoot: string,
  timeoutMs: number,
): Promise<CliRun> {
  const { wallMs, code, stderr } = await spawnTimed(runner.command, [...runner.prefix, ...args], {
    cwd: repoRoot,
    timeoutMs,
    label: `generator CLI ${args.join(" ")}`,
  });
  const stages: Record<string, number> = {};
  for (const line of stderr.split("\n")) {
    const match = STAGE_LINE.exec(line.trim());
    if (match) stages[match[1] as string] = Number(match[2]);
  }
  return { wallMs, exitCode: code ?? -1, stages, stderr };
}
