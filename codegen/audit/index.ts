/** The audit stage: documented members vs the implementation's run-time shape, per bound class. */
export { auditClass, auditCorpus, carrierOf, inspectClass, parityPercent } from "./audit.js";
export type { AuditReport, AuditTotals, ClassAudit, MemberRef } from "./audit.js";
export { boundSet } from "./bound-set.js";
export { documentedMembers, requiredCount } from "./documented.js";
export type {
  DocumentedConstant,
  DocumentedKind,
  DocumentedMember,
  DocumentedMethod,
  DocumentedProperty,
  DocumentedSignal,
} from "./documented.js";
export { formatJson } from "./format/json.js";
export { formatMarkdown } from "./format/markdown.js";
export { formatTable } from "./format/table.js";
export {
  implementationFromModule,
  loadImplementation,
  type Implementation,
} from "./implementation.js";
export {
  inspectMember,
  type InspectTarget,
  type MemberInspection,
  type MemberStatus,
} from "./inspect.js";
export {
  findInstanceMember,
  findStaticMember,
  functionOf,
  isReadOnly,
  tryInstantiate,
  type ClassObject,
} from "./runtime-shape.js";
export { normalizeUnsupported, unsupportedReason, type UnsupportedIndex } from "./unsupported.js";
