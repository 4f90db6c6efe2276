/**
 * The docs stage: Godot's BBCode → TSDoc. GUIDE §4 has the rules; every output parses with zero
 * messages in `@microsoft/tsdoc`.
 */
export { bbcodeToTsdoc } from "./convert.js";
export type { DocContext, DocText } from "./convert.js";
export { buildDocComment, formatComment } from "./comment.js";
export type { DocComment, DocParam, DocParts } from "./comment.js";
export { createLinkResolver } from "./link-resolver.js";
export type { CrossReference, LinkResolution, LinkResolver } from "./link-resolver.js";
export {
  constantsObjectName,
  enumObjectName,
  escapeIdentifier,
  parameterName,
  staticInterfaceName,
  topLevelName,
} from "../emit/names.js";
export { parseBBCode } from "./tree.js";
export type { BBNode, ReferenceTag } from "./tree.js";
export { tokenize } from "./tokenize.js";
export type { Token } from "./tokenize.js";
export { tsdocConfiguration, tsdocMessages } from "./tsdoc-check.js";
export { createDocRenderer } from "./doc-renderer.js";
export type { DocRendererOptions } from "./doc-renderer.js";
