import { availableParallelism } from "node:os";
import { format } from "prettier";
import { prettierOptions } from "./prettier-options.js";
import { formatInWorkers } from "./worker-pool.js";

export { prettierOptions } from "./prettier-options.js";

/**
 * Below this much source, starting worker threads (each loads prettier, ~0.3 s) costs more
 * than it saves: the bound set (~20 files, ~0.5 MB) formats in-process.
 */
const WORKER_THRESHOLD_BYTES = 2_000_000;

/**
 * The format stage: prettier with the project's settings over every emitted file, so the output
 * is `prettier --check` clean. The whole corpus (~900 files, ~10 MB) is spread over worker
 * threads, one per core; measured on 2 cores this roughly halves the in-process time.
 * Keys and their order are kept.
 */
export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const options = prettierOptions();
  let bytes = 0;
  for (const text of files.values()) bytes += text.length;
  const workers = Math.min(availableParallelism(), 4, files.size);
  if (bytes < WORKER_THRESHOLD_BYTES || workers < 2) {
    const out = new Map<string, string>();
    for (const [path, text] of files) out.set(path, await formatOne(path, text, options));
    return out;
  }
  return formatInWorkers(files, options, workers);
}

async function formatOne(
  path: string,
  text: string,
  options: ReturnType<typeof prettierOptions>,
): Promise<string> {
  try {
    return await format(text, { ...options, filepath: path });
  } catch (error) {
    throw new Error(`format: ${path}: ${(error as Error).message}`, { cause: error });
  }
}
