import type { RawCorpus } from "../ir/raw.js";
import type { Corpus } from "../ir/types.js";
import {
  CorpusBuilder,
  globalEnumNames,
  isGlobalScope,
  type ModelOptions,
} from "./corpus-builder.js";

export { modelClass } from "./class-model.js";
export {
  CorpusBuilder,
  globalEnumNames,
  isGlobalScope,
  type ModelOptions,
} from "./corpus-builder.js";
export { dedentDescription } from "./text.js";
export { parseTypeAttributes, parseTypeString } from "./type-ref.js";

/** Models every class file; class names must be unique across the corpus. */
export function modelCorpus(raw: RawCorpus, options: ModelOptions = {}): Corpus {
  const builder = new CorpusBuilder(globalEnumNames(raw.files.find(isGlobalScope)));
  for (const file of raw.files) builder.add(file);
  return builder.finish(raw.folderVersion, options);
}
