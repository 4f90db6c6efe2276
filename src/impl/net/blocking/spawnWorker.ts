/**
 * Starts socketWorker in a worker thread, from compiled JS or from the TypeScript sources.
 *
 * Compiled (dist/): the sibling `socketWorker.js` exists and is started directly.
 * Sources (vitest, tsx): Node 20 does not apply `--import tsx` to a worker's entry module, so the
 * worker starts from a two-line bootstrap that registers tsx's ESM hooks first and then imports
 * `socketWorker.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const here = import.meta.url;

export function spawnSocketWorker(options: WorkerOptions): Worker {
  const execArgv = inheritableExecArgv();
  const compiled = new URL("./socketWorker.js", here);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { ...options, execArgv });
  const source = new URL("./socketWorker.ts", here);
  const bootstrap =
    `import(${JSON.stringify(tsxEsmApiUrl())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { ...options, execArgv, eval: true });
}

/** Options that describe the parent's own entry script (`-e code`, `--input-type`) break a worker's. */
const entryOptions = new Set(["-e", "--eval", "-p", "--print"]);

function inheritableExecArgv(): string[] {
  const kept: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (entryOptions.has(arg)) i++;
    else if (!arg.startsWith("--input-type") && !/^--(eval|print)=/.test(arg)) kept.push(arg);
  }
  return kept;
}

let cachedTsxUrl: string | undefined;

/** tsx's ESM API entry, looked up through its package.json exports rather than a guessed path. */
function tsxEsmApiUrl(): string {
  if (cachedTsxUrl !== undefined) return cachedTsxUrl;
  const manifestPath = createRequire(here).resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.["./esm/api"];
  const relative = typeof entry === "object" ? entry.import?.default : undefined;
  if (relative === undefined)
    throw new Error(`tsx at ${manifestPath} has no "./esm/api" import export`);
  cachedTsxUrl = pathToFileURL(path.join(path.dirname(manifestPath), relative)).href;
  return cachedTsxUrl;
}
