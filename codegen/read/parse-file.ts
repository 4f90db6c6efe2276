import { createRequire } from "node:module";
import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawClassFile } from "../ir/raw.js";
import { buildTree } from "./build-tree.js";
import { ROOT_ELEMENT } from "./schema.js";
import { scanTags } from "./scan-tags.js";

/** Parses one class file's text; every problem becomes a GeneratorInputError naming `file:line`. */
export function parseClassFile(text: string, file: string): RawClassFile {
  const scan = scanTags(text);
  if (!scan.ok) throw malformed(text, file, scan.problem);
  const roots = buildTree(text, file, scan.openings);
  const root = roots[0];
  if (root === undefined) throw new GeneratorInputError("no root element", { file, line: 1 });
  if (roots.length > 1) {
    throw new GeneratorInputError("more than one root element", {
      file,
      line: roots[1]?.line ?? 1,
    });
  }
  if (root.name !== ROOT_ELEMENT) {
    throw new GeneratorInputError(`root element is <${root.name}>, expected <${ROOT_ELEMENT}>`, {
      file,
      line: root.line,
    });
  }
  return { file, root };
}

/** Prefers the full validator's diagnosis (precise message and line); falls back to the scan's. */
function malformed(
  text: string,
  file: string,
  fallback: { line: number; message: string },
): GeneratorInputError {
  // Only a malformed file needs the validator: load it then (its CommonJS build, synchronously).
  const { XMLValidator } = createRequire(import.meta.url)(
    "fast-xml-parser",
  ) as typeof import("fast-xml-parser");
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    return new GeneratorInputError(`malformed XML: ${verdict.err.msg}`, {
      file,
      line: verdict.err.line,
    });
  }
  return new GeneratorInputError(`malformed XML: ${fallback.message}`, {
    file,
    line: fallback.line,
  });
}
