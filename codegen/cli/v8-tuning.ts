import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { setFlagsFromString } from "node:v8";

/**
 * Imported first by the CLI entry, so V8 sees the flag before any generator code is optimized.
 *
 * A generation is one short burst of cold code: each hot function runs for a fraction of a second,
 * and TurboFan's inlining made its optimizing compiles the largest background cost of a run
 * (`--trace-opt`: ~1.7 s of compile-thread time on the 4.6.3 corpus, several functions
 * recompiled after deopts). Without inlining, a whole-corpus run took ~10% less wall time and
 * ~20% less CPU on 2 cores (codegen/README.md, performance). Set here rather than in the shebang
 * so `node dist/codegen/cli/main.js` and npm's bin shims get it too; it affects this process only.
 * (A future V8 without the flag would print "unrecognized flag" once and run as before.)
 */
setFlagsFromString("--no-turbo-inlining");

/**
 * V8 runs its optimizing compiles and GC helpers on a pool of four threads, whatever the core
 * count. On a 2-core machine four compiles at once take both cores from the main thread, which
 * does the generator's work (`perf` per thread: ~0.5 s of TurboFan on the pool against ~1.2 s on
 * the main thread). Node's `--v8-pool-size=1` would fix that, but it only works on the command
 * line: a shebang cannot carry it portably (busybox `env` has no `-S`), and re-running node with
 * it costs more than it saves. So on Linux, where a thread's nice value is its own, the pool's
 * threads (every thread but the main one, all started before any JS runs) are set to the lowest
 * priority: they still get every idle core, and yield the main thread's. Measured on the whole
 * corpus (2 cores, interleaved runs): 1.156 → 1.121 s. Elsewhere, or if refused, nothing changes.
 */
function yieldBackgroundThreads(): void {
  let threads: string[];
  try {
    threads = readdirSync("/proc/self/task");
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      setPriority(id, 19);
    } catch {
      // Only a speed-up.
    }
  }
}

yieldBackgroundThreads();
