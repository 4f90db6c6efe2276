import { readFile } from "node:fs/promises";
import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawCorpus } from "../ir/raw.js";
import { discoverClassFiles, versionFromFolderName } from "./discover.js";
import { parseClassFile } from "./parse-file.js";

/** A docs root (Godot checkout or folder of XML files), or an explicit list of class files. */
export type ReadInput = { readonly root: string } | { readonly files: readonly string[] };

/** Reads and parses every class file; files are read concurrently, parsed in a stable order. */
export async function readRawCorpus(input: ReadInput): Promise<RawCorpus> {
  const files = "root" in input ? await discoverClassFiles(input.root) : [...input.files];
  if (files.length === 0)
    throw new GeneratorInputError("no class files given", { file: "<input>" });
  const texts = await Promise.all(
    files.map((file) =>
      readFile(file, "utf8").catch((error: unknown) => {
        const reason =
          error instanceof Error && "code" in error ? String(error.code) : String(error);
        throw new GeneratorInputError(`cannot read class file (${reason})`, { file });
      }),
    ),
  );
  return {
    files: files.map((file, i) => parseClassFile(texts[i] ?? "", file)),
    folderVersion: "root" in input ? versionFromFolderName(input.root) : null,
  };
}
