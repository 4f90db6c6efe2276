import type { Corpus } from "../ir/types.js";
import { modelCorpus, type ModelOptions } from "../model/index.js";
import { readRawCorpus, type ReadInput } from "./read-files.js";

export { discoverClassFiles, versionFromFolderName } from "./discover.js";
export { parseClassFile } from "./parse-file.js";
export {
  openClassFiles,
  readRawCorpus,
  type ClassFileSource,
  type ReadInput,
} from "./read-files.js";
export { CLASS_FILE_SCHEMA } from "./schema.js";

/** Reads a docs root or file list and models it: the usual entry point for the first two stages. */
export async function readCorpus(input: ReadInput, options: ModelOptions = {}): Promise<Corpus> {
  return modelCorpus(await readRawCorpus(input), options);
}
