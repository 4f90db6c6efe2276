import { Worker } from "node:worker_threads";

/** Room for the JSON list of addresses (hundreds of addresses; a longer answer counts as failed). */
const RESULT_BYTES = 64 * 1024;
const STATE = 0;
const LENGTH = 1;
const PENDING = 0;
const DONE = 1;
const FAILED = 2;

// Plain CommonJS for an eval'd worker: no TypeScript loader needed, nothing to compile.
const LOOKUP_SOURCE = `
const { workerData } = require("node:worker_threads");
const dns = require("node:dns");
const { header, bytes, hostname } = workerData;
const finish = (state, text) => {
  const encoded = Buffer.from(text, "utf8");
  if (encoded.length > bytes.length) state = ${FAILED};
  else bytes.set(encoded);
  Atomics.store(header, ${LENGTH}, state === ${DONE} ? encoded.length : 0);
  Atomics.store(header, ${STATE}, state);
  Atomics.notify(header, ${STATE});
};
try {
  dns.lookup(hostname, { all: true, order: "verbatim" }, (error, results) => {
    if (error || results.length === 0) finish(${FAILED}, "");
    else finish(${DONE}, JSON.stringify(results.map((entry) => entry.address)));
  });
} catch {
  finish(${FAILED}, "");
}
`;

/**
 * A DNS lookup (all addresses, node:dns) that a thread with no running event loop can wait for:
 * it runs in a worker thread and reports through shared memory, so blocking mode can resolve with
 * Atomics.wait and still try every address, like the event-driven path.
 */
export class BlockingLookup {
  readonly #header = new Int32Array(new SharedArrayBuffer(8));
  readonly #bytes = new Uint8Array(new SharedArrayBuffer(RESULT_BYTES));
  readonly #worker: Worker;

  constructor(hostname: string) {
    this.#worker = new Worker(LOOKUP_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: { header: this.#header, bytes: this.#bytes, hostname },
    });
    this.#worker.unref();
    // A worker that dies without answering counts as a failed lookup.
    this.#worker.on("error", () => this.#fail());
    this.#worker.on("exit", () => {
      if (Atomics.load(this.#header, STATE) === PENDING) this.#fail();
    });
  }

  /** The addresses, "failed", or "pending" while the lookup runs. Never blocks. */
  result(): string[] | "failed" | "pending" {
    const state = Atomics.load(this.#header, STATE);
    if (state === PENDING) return "pending";
    if (state === FAILED) return "failed";
    const length = Atomics.load(this.#header, LENGTH);
    try {
      const parsed: unknown = JSON.parse(
        Buffer.from(this.#bytes.slice(0, length)).toString("utf8"),
      );
      return Array.isArray(parsed) && parsed.length > 0 ? parsed.map(String) : "failed";
    } catch {
      return "failed";
    }
  }

  /** Blocks the calling thread until the lookup finishes or `timeoutMs` passes. */
  wait(timeoutMs: number): void {
    if (timeoutMs <= 0) return;
    Atomics.wait(this.#header, STATE, PENDING, timeoutMs);
  }

  cancel(): void {
    void this.#worker.terminate();
  }

  #fail(): void {
    if (Atomics.compareExchange(this.#header, STATE, PENDING, FAILED) === PENDING) {
      Atomics.notify(this.#header, STATE);
    }
  }
}
