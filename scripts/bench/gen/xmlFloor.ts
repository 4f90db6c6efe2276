import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface FloorRun {
  readonly ms: number;
  readonly files: number;
  readonly bytes: number;
}

/** One fresh-process run of xmlFloorChild.ts; its in-process time, like the pipeline's stage times. */
export async function measureXmlFloor(docsRoot: string, repoRoot: string): Promise<FloorRun> {
  const entry = fileURLToPath(new URL("./xmlFloorChild.ts", import.meta.url));
  const { stdout } = await run(process.execPath, ["--import", "tsx", entry, docsRoot], {
    cwd: repoRoot,
    timeout: 120_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim()) as FloorRun;
}
