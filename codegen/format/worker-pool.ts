import { Worker } from "node:worker_threads";
import type { Options } from "prettier";

/**
 * The worker's source, evaluated as a CommonJS script: an inline worker needs no loader for
 * TypeScript (it runs the same under tsx, vitest and compiled dist/), and `require` resolves
 * prettier from this package.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const prettier = createRequire(workerData.from)("prettier");
parentPort.on("message", async (job) => {
  try {
    const text = await prettier.format(job.text, { ...workerData.options, filepath: job.path });
    parentPort.postMessage({ id: job.id, text });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
  }
});
`;

interface Job {
  readonly id: number;
  readonly path: string;
  readonly text: string;
}

type Reply =
  { readonly id: number; readonly text: string } | { readonly id: number; readonly error: string };

/** Formats files on `count` worker threads, each pulling the next file when it is done. */
export async function formatInWorkers(
  files: Map<string, string>,
  options: Options,
  count: number,
): Promise<Map<string, string>> {
  const jobs: Job[] = [...files].map(([path, text], id) => ({ id, path, text }));
  const results: string[] = new Array<string>(jobs.length);
  let next = 0;
  const workers = Array.from(
    { length: count },
    () => new Worker(WORKER_SOURCE, { eval: true, workerData: { from: import.meta.url, options } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              const job = jobs[next++];
              if (job === undefined) resolve();
              else worker.postMessage(job);
            };
            worker.on("message", (reply: Reply) => {
              if ("error" in reply) {
                reject(new Error(`format: ${jobs[reply.id]?.path}: ${reply.error}`));
                return;
              }
              results[reply.id] = reply.text;
              feed();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`format worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return new Map(jobs.map((job) => [job.path, results[job.id] ?? job.text]));
}
