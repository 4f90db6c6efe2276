/**
 * Matches the members of one kind between an old and a new class: same name first, then the
 * rename rules of renames.ts for what is left on each side.
 */
import type {
  ConstantModel,
  EnumModel,
  MethodModel,
  PropertyModel,
  SignalModel,
} from "../ir/types.js";
import { pairRenames, type RenameScore } from "./renames.js";
import { applyTerms, nameSimilarity } from "./similarity.js";
import { godotTypeName } from "../ir/type-names.js";
import { relateTypes, type RenameContext } from "./type-compare.js";

/**
 * Godot 3 lists built-in constructors as same-name methods (`Array(from: PoolByteArray)`,
 * `Array(from: PoolIntArray)`...). Overloaded names are keyed by signature so each overload
 * matches its own counterpart: `Array(PoolByteArray)`.
 */
export function withOverloadKeys(methods: readonly MethodModel[]): MethodModel[] {
  const counts = new Map<string, number>();
  for (const method of methods) counts.set(method.name, (counts.get(method.name) ?? 0) + 1);
  const seen = new Set<string>();
  return methods.map((method) => {
    if (counts.get(method.name) === 1) return method;
    let key = `${method.name}(${method.params.map((param) => godotTypeName(param.type)).join(", ")})`;
    for (let n = 2; seen.has(key); n++) key = `${key.replace(/#\d+$/, "")}#${n}`;
    seen.add(key);
    return { ...method, name: key };
  });
}

const isOverloadKey = (name: string): boolean => name.includes("(");

export interface MemberMatch<T> {
  readonly matched: readonly { readonly old: T; readonly new: T; readonly renameReason?: string }[];
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/** Same-name matching, then rename pairing with `score` over the leftovers. */
export function matchMembers<T extends { readonly name: string }>(
  oldItems: readonly T[],
  newItems: readonly T[],
  score: (oldItem: T, newItem: T) => RenameScore | null,
): MemberMatch<T> {
  const newByName = new Map(newItems.map((item) => [item.name, item]));
  const oldNames = new Set(oldItems.map((item) => item.name));
  const matched: { old: T; new: T; renameReason?: string }[] = [];
  const removed: T[] = [];
  for (const oldItem of oldItems) {
    const newItem = newByName.get(oldItem.name);
    if (newItem === undefined) removed.push(oldItem);
    else matched.push({ old: oldItem, new: newItem });
  }
  const added = newItems.filter((item) => !oldNames.has(item.name));
  const pairing = pairRenames(removed, added, score);
  for (const pair of pairing.pairs)
    matched.push({ old: pair.old, new: pair.new, renameReason: pair.reason });
  return { matched, removed: pairing.removed, added: pairing.added };
}

const CONSTANT_NAME_THRESHOLD = 0.65;
const MEMBER_NAME_THRESHOLD = 0.75;

function similarityPercent(score: number): string {
  return score === 1
    ? "same name after word substitutions (known-renames.json terms)"
    : `${Math.round(score * 100)}% similar name`;
}

export function scoreConstantRename(
  terms: Readonly<Record<string, string>>,
  enumOf: (constant: ConstantModel, side: "old" | "new") => string | null,
): (oldItem: ConstantModel, newItem: ConstantModel) => RenameScore | null {
  return (oldItem, newItem) => {
    if (oldItem.value !== newItem.value) return null;
    const oldEnum = enumOf(oldItem, "old");
    if (oldEnum !== enumOf(newItem, "new")) return null;
    const similarity = nameSimilarity(oldItem.name, newItem.name, terms, CONSTANT_NAME_THRESHOLD);
    if (similarity < CONSTANT_NAME_THRESHOLD) return null;
    const where = oldEnum === null ? "" : ` in the same enum (${newItem.enum})`;
    return {
      score: similarity,
      reason: `same value ${newItem.value}${where}, ${similarityPercent(similarity)}`,
    };
  };
}

export function scoreEnumRename(
  terms: Readonly<Record<string, string>>,
): (oldItem: EnumModel, newItem: EnumModel) => RenameScore | null {
  return (oldItem, newItem) => {
    const newValues = new Set(newItem.values.map((value) => applyTerms(value.name, terms)));
    const shared = oldItem.values.filter((value) =>
      newValues.has(applyTerms(value.name, terms)),
    ).length;
    const overlap = oldItem.values.length === 0 ? 0 : shared / oldItem.values.length;
    if (overlap >= 0.5)
      return {
        score: 1 + overlap,
        reason: `${Math.round(overlap * 100)}% of the value names kept`,
      };
    if (oldItem.values.length !== newItem.values.length) return null;
    const similarity = nameSimilarity(oldItem.name, newItem.name, terms, MEMBER_NAME_THRESHOLD);
    if (similarity < MEMBER_NAME_THRESHOLD) return null;
    return { score: similarity, reason: `same number of values, ${similarityPercent(similarity)}` };
  };
}

export function scoreMethodRename(
  terms: Readonly<Record<string, string>>,
): (oldItem: MethodModel, newItem: MethodModel) => RenameScore | null {
  return (oldItem, newItem) => {
    // Overloads of one name are matched by signature; a leftover one is added or removed.
    if (isOverloadKey(oldItem.name) || isOverloadKey(newItem.name)) return null;
    if (
      oldItem.params.length !== newItem.params.length ||
      oldItem.qualifiers.static !== newItem.qualifiers.static
    )
      return null;
    const similarity = nameSimilarity(oldItem.name, newItem.name, terms, MEMBER_NAME_THRESHOLD);
    if (similarity < MEMBER_NAME_THRESHOLD) return null;
    return { score: similarity, reason: `same parameter count, ${similarityPercent(similarity)}` };
  };
}

export function scorePropertyRename(
  terms: Readonly<Record<string, string>>,
  renames: RenameContext,
): (oldItem: PropertyModel, newItem: PropertyModel) => RenameScore | null {
  return (oldItem, newItem) => {
    if (relateTypes(oldItem.type, newItem.type, renames, "result").kind === "changed") return null;
    const similarity = nameSimilarity(oldItem.name, newItem.name, terms, MEMBER_NAME_THRESHOLD);
    if (similarity < MEMBER_NAME_THRESHOLD) return null;
    return { score: similarity, reason: `related type, ${similarityPercent(similarity)}` };
  };
}

export function scoreSignalRename(
  terms: Readonly<Record<string, string>>,
): (oldItem: SignalModel, newItem: SignalModel) => RenameScore | null {
  return (oldItem, newItem) => {
    if (oldItem.params.length !== newItem.params.length) return null;
    const similarity = nameSimilarity(oldItem.name, newItem.name, terms, MEMBER_NAME_THRESHOLD);
    if (similarity < MEMBER_NAME_THRESHOLD) return null;
    return { score: similarity, reason: `same parameter count, ${similarityPercent(similarity)}` };
  };
}
