import type { CodeBlockWriter } from "ts-morph";
import { requireTsMorph } from "./code-cache.js";

/**
 * The emitters write through ts-morph's CodeBlockWriter (code-block-writer, re-exported; the
 * writer ts-morph's own printers use), as the design prescribes. ts-morph loads the whole
 * TypeScript compiler (~0.2 s), so it is loaded only when an emit actually runs: `--help`,
 * other commands and cache hits never pay for it. It is loaded with require(), not import():
 * importing CommonJS from ESM first scans the source for named exports (cjs-module-lexer), ~60 ms
 * for ts-morph's bundle; and through a V8 code cache (code-cache.ts).
 */
export type { CodeBlockWriter };

let writerClass: typeof CodeBlockWriter | undefined;

/** Loads ts-morph once; every emit run awaits this before writing. */
export async function loadCodeWriter(): Promise<void> {
  writerClass ??= requireTsMorph().CodeBlockWriter;
}

/** A writer configured like the project's prettier settings, so formatting has little to do. */
export function newWriter(): CodeBlockWriter {
  if (writerClass === undefined) {
    throw new Error("internal error: newWriter() before loadCodeWriter()");
  }
  return new writerClass({ indentNumberOfSpaces: 2, useSingleQuote: false, newLine: "\n" });
}
