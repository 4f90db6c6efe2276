/** The diff stage: compares two corpora and reports what changed between them. */
export { diffCorpora, loadKnownRenames, summarize } from "./diff-corpora.js";
export { filterReport, type DiffFilter } from "./filter.js";
export { formatJson } from "./format/json.js";
export { formatMarkdown } from "./format/markdown.js";
export { formatText } from "./format/text.js";
export { relateTypes } from "./type-compare.js";
export type * from "./types.js";
