/**
 * Which link targets have a TS declaration in the emitted API. A class in the emitted set is not
 * enough: builtins such as `String` or `int` map onto TS types of their own (no interface to link
 * to), and `@GlobalScope` only contributes its enums and constants to `GlobalScope.ts`, the enums
 * only when emitted members use them (all of them under `--all`). This mirrors the emit stage's
 * choices (codegen/emit/corpus-view.ts, global-scope-file.ts).
 */
import { MAPPED_BUILTINS } from "../emit/corpus-view.js";
import type { LinkedCorpus } from "../ir/linked.js";
import type { TypeRef } from "../ir/types.js";

export interface DeclaredTargets {
  /** The class has its own interface, static side and namespace to link into. */
  classDeclared(name: string): boolean;
  /** `GlobalScope.ts` declares this global enum (`Error`, `Variant.Type`). */
  globalEnumDeclared(name: string): boolean;
  /** `GlobalScope_constants` holds the plain global constants (whole-corpus output only). */
  readonly globalConstantsDeclared: boolean;
}

export function declaredTargets(linked: LinkedCorpus): DeclaredTargets {
  const everything = linked.classes.size > 0 && linked.emitted.length >= linked.classes.size;
  let inUse: Set<string> | undefined;
  return {
    classDeclared: (name) =>
      linked.isEmitted(name) && linked.kindOf(name) !== "global" && !MAPPED_BUILTINS.has(name),
    globalEnumDeclared: (name) => everything || (inUse ??= globalEnumsInUse(linked)).has(name),
    globalConstantsDeclared: everything,
  };
}

/** Global enums that the emitted classes' members mention in their types. */
function globalEnumsInUse(linked: LinkedCorpus): Set<string> {
  const used = new Set<string>();
  const visit = (type: TypeRef | null): void => {
    if (type === null) return;
    if (type.kind === "enum") {
      const ownEnum =
        type.owner !== null && linked.get(type.owner)?.enums.some((e) => e.name === type.name);
      if (type.owner === null) used.add(type.name);
      else if (!ownEnum) used.add(`${type.owner}.${type.name}`);
    } else if (type.kind === "array") visit(type.element);
    else if (type.kind === "dictionary") {
      visit(type.key);
      visit(type.value);
    }
  };
  for (const name of linked.emitted) {
    const model = linked.get(name);
    if (model === undefined || linked.kindOf(name) === "global") continue;
    for (const m of [...model.methods, ...model.constructors, ...model.operators]) {
      visit(m.returnType);
      for (const p of m.params) visit(p.type);
    }
    for (const p of model.properties) visit(p.type);
    for (const s of model.signals) for (const p of s.params) visit(p.type);
  }
  return used;
}
