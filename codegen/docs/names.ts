/**
 * TS names of link targets. Doc links must spell every target exactly as the emitter declares
 * it, so the names come from the emit stage's one escape rule (codegen/emit/names.ts) and follow
 * the shapes CONTRACT.md fixes.
 */
import { topLevelName } from "../emit/names.js";

export { escapeIdentifier, parameterName, topLevelName } from "../emit/names.js";

/** TS name of a class's instance interface (`HTTPClient`, `GlobalScope`). */
export function tsClassName(godotClass: string): string {
  return topLevelName(godotClass);
}

/** TS name of a class's static-side interface (`TLSOptionsStatic`). */
export function tsStaticName(godotClass: string): string {
  return `${topLevelName(godotClass)}Static`;
}

/** TS name of the frozen object holding one class enum's values (`HTTPClient_Status`). */
export function tsEnumObjectName(godotClass: string, enumName: string): string {
  return `${topLevelName(godotClass)}_${enumName}`;
}

/** TS name of the frozen object holding every constant of a class (`HTTPClient_constants`). */
export function tsConstantsObjectName(godotClass: string): string {
  return `${topLevelName(godotClass)}_constants`;
}

/** TS name of a `@GlobalScope` enum, object and type alike (`Error`; `Variant.Type` → `Variant_Type`). */
export function tsGlobalEnumName(enumName: string): string {
  return topLevelName(enumName);
}
