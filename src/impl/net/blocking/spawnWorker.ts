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
  if (existsSync(fileURLToPath(compiled))) return startWorker(compiled, options, execArgv);
  const source = new URL("./socketWorker.ts", here);
  const bootstrap =
    `import(${JSON.stringify(tsxEsmApiUrl())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return startWorker(bootstrap, { ...options, eval: true }, execArgv);
}

/**
 * A Worker refuses process-wide flags (V8 options such as --expose-gc or heap limits) in its
 * execArgv. They already apply to the whole process, so the worker starts without them; Node
 * names them in the error ("...invalid execArgv flags: --expose-gc, ..."), and should that text
 * ever change, the worker starts with no inherited flags at all.
 */
function startWorker(entry: URL | string, options: WorkerOptions, execArgv: string[]): Worker {
  try {
    return new Worker(entry, { ...options, execArgv });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    const refused = refusedFlags((error as Error).message);
    const kept = execArgv.filter((arg) => !refused.has(arg));
    return new Worker(entry, { ...options, execArgv: kept.length < execArgv.length ? kept : [] });
  }
}

function refusedFlags(message: string): Set<string> {
  const listed = /flags: (.+)$/.exec(message)?.[1] ?? "";
  return new Set(listed.split(", ").filter((flag) => flag.startsWith("-")));
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
