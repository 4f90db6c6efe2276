import { readFileSync } from "node:fs";
import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawCorpus } from "../ir/raw.js";
import { discoverClassFiles, versionFromFolderName } from "./discover.js";
import { parseClassFile } from "./parse-file.js";

/**
 * A docs root (Godot checkout or folder of XML files), or an explicit list of class files.
 * `preread` holds files whose bytes the caller has already read (the run cache hashes every
 * input first); those are decoded instead of read again.
 */
export type ReadInput = ({ readonly root: string } | { readonly files: readonly string[] }) & {
  readonly preread?: ReadonlyMap<string, Buffer>;
};

/**
 * Reads and parses every class file, in a stable order. Reads are synchronous on purpose: for
 * ~900 small files one after another is several times faster than as many concurrent promises
 * (measured ~20 ms vs ~120 ms for the 4.6.3 corpus), and a generator run has nothing else to do
 * meanwhile.
 */
export async function readRawCorpus(input: ReadInput): Promise<RawCorpus> {
  const files = "root" in input ? await discoverClassFiles(input.root) : [...input.files];
  if (files.length === 0)
    throw new GeneratorInputError("no class files given", { file: "<input>" });
  const texts = files.map((file) => {
    const bytes = input.preread?.get(file);
    if (bytes !== undefined) return bytes.toString("utf8");
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
      throw new GeneratorInputError(`cannot read class file (${reason})`, { file });
    }
  });
  return {
    files: files.map((file, i) => parseClassFile(texts[i] ?? "", file)),
    folderVersion: "root" in input ? versionFromFolderName(input.root) : null,
  };
}
