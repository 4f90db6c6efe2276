import { GeneratorInputError } from "../ir/diagnostics.js";
import type { Corpus } from "../ir/types.js";

/**
 * The classes a conformance check covers: the manifest's classes plus every base up to Object,
 * bases first (Object, RefCounted, ...), each once. Read from the corpus itself, not from
 * generated/, so the check stays independent of the generator's output.
 */
export function boundSet(corpus: Corpus, roots: readonly string[], where = "manifest"): string[] {
  const ordered: string[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const chain: string[] = [];
    let current: string | null = root;
    while (current !== null && !seen.has(current)) {
      const model = corpus.classes.get(current);
      if (model === undefined) {
        throw new GeneratorInputError(`class ${current} (from ${root}) is not in the docs`, {
          file: where,
        });
      }
      chain.unshift(current);
      seen.add(current);
      current = model.inherits;
    }
    ordered.push(...chain);
  }
  return ordered;
}
