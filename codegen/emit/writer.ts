import { createRequire } from "node:module";
import type { CodeBlockWriter } from "ts-morph";

/**
 * The emitters write through ts-morph's CodeBlockWriter, as the design prescribes. ts-morph's
 * export of it is a plain re-export of its `code-block-writer` dependency, but `require("ts-morph")`
 * also loads the whole TypeScript compiler (13 MB of CommonJS, ~90 ms even through a V8 code
 * cache) that emitting never calls. So the writer is required from ts-morph's own location: the
 * very module ts-morph re-exports, at the version ts-morph pins, in ~3 ms. A test holds the two
 * to be the same class.
 */
export type { CodeBlockWriter };

let writerClass: typeof CodeBlockWriter | undefined;

/** The CodeBlockWriter class ts-morph exports, loaded without ts-morph's compiler. */
export function codeBlockWriterClass(): typeof CodeBlockWriter {
  if (writerClass === undefined) {
    const fromTsMorph = createRequire(createRequire(import.meta.url).resolve("ts-morph"));
    const loaded = fromTsMorph("code-block-writer") as { default: typeof CodeBlockWriter };
    writerClass = loaded.default;
  }
  return writerClass;
}

/** One level of the writers' indentation, as the project's prettier settings indent. */
export const INDENT_UNIT = "  ";

/** A writer configured like the project's prettier settings, so formatting has little to do. */
export function newWriter(): CodeBlockWriter {
  const Writer = codeBlockWriterClass();
  return new Writer({
    indentNumberOfSpaces: INDENT_UNIT.length,
    useSingleQuote: false,
    newLine: "\n",
  });
}
