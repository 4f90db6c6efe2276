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
