/** Diffs one class present in both versions (same name or renamed) into entries. */
import type { ClassModel, ConstantModel } from "../ir/types.js";
import {
  compareConstant,
  compareEnum,
  compareMethod,
  compareProperty,
  compareSignal,
  type CompareContext,
} from "./compare-members.js";
import {
  matchMembers,
  scoreConstantRename,
  scoreEnumRename,
  scoreMethodRename,
  scorePropertyRename,
  scoreSignalRename,
  withOverloadKeys,
  type MemberMatch,
} from "./match-members.js";
import type { Change, DiffEntry, MemberKind } from "./types.js";

export interface ClassPair {
  readonly old: ClassModel;
  readonly new: ClassModel;
  /** Set when the class itself was renamed. */
  readonly renameReason?: string;
}

/** `Owner.Enum` as type references spell it; @GlobalScope's enums are unqualified. */
export function qualifiedEnum(className: string, enumName: string): string {
  return className === "@GlobalScope" ? enumName : `${className}.${enumName}`;
}

function entriesFor<T extends { readonly name: string }>(
  pair: ClassPair,
  match: MemberMatch<T>,
  kindOf: (item: T) => MemberKind,
  compare: (oldItem: T, newItem: T) => Change[],
): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const base = { className: pair.new.name, oldClassName: pair.old.name };
  for (const item of match.removed) {
    entries.push({
      ...base,
      kind: "removed",
      member: kindOf(item),
      name: item.name,
      oldName: item.name,
      breaking: true,
      changes: [],
    });
  }
  for (const item of match.added) {
    entries.push({
      ...base,
      kind: "added",
      member: kindOf(item),
      name: item.name,
      oldName: item.name,
      breaking: false,
      changes: [],
    });
  }
  for (const { old: oldItem, new: newItem, renameReason } of match.matched) {
    const changes = compare(oldItem, newItem);
    if (renameReason !== undefined) {
      entries.push({
        ...base,
        kind: "renamed",
        member: kindOf(newItem),
        name: newItem.name,
        oldName: oldItem.name,
        breaking: true,
        changes,
        renameReason,
      });
    } else if (changes.length > 0) {
      const breaking = changes.some((change) => change.breaking);
      entries.push({
        ...base,
        kind: "changed",
        member: kindOf(newItem),
        name: newItem.name,
        oldName: oldItem.name,
        breaking,
        changes,
      });
    }
  }
  return entries;
}

function classChanges(pair: ClassPair, context: CompareContext): Change[] {
  const before = pair.old.inherits;
  const after = pair.new.inherits;
  if (before === after) return [];
  const renamedBase = before !== null && context.renames.classes.get(before) === after;
  return [
    {
      aspect: "inherits",
      // A renamed base is counted as breaking once, on the base's own entry.
      detail: renamedBase
        ? `base class renamed ${before} → ${after}`
        : `base class ${before ?? "(none)"} → ${after ?? "(none)"}`,
      old: before ?? undefined,
      new: after ?? undefined,
      breaking: !renamedBase,
    },
  ];
}

/** Enum matching is done first for every class pair, because member types refer to enums. */
export function matchEnums(
  pair: ClassPair,
  context: CompareContext,
): MemberMatch<ClassModel["enums"][number]> {
  return matchMembers(pair.old.enums, pair.new.enums, scoreEnumRename(context.terms));
}

export function diffClassPair(pair: ClassPair, context: CompareContext): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const ownChanges = classChanges(pair, context);
  if (pair.renameReason !== undefined) {
    entries.push({
      kind: "renamed",
      member: "class",
      className: pair.new.name,
      oldClassName: pair.old.name,
      name: pair.new.name,
      oldName: pair.old.name,
      breaking: true,
      changes: ownChanges,
      renameReason: pair.renameReason,
    });
  } else if (ownChanges.length > 0) {
    entries.push({
      kind: "changed",
      member: "class",
      className: pair.new.name,
      oldClassName: pair.old.name,
      name: pair.new.name,
      oldName: pair.old.name,
      breaking: ownChanges.some((change) => change.breaking),
      changes: ownChanges,
    });
  }

  const { terms, renames } = context;
  entries.push(...entriesFor(pair, matchEnums(pair, context), () => "enum", compareEnum));
  entries.push(
    ...entriesFor(
      pair,
      matchMembers(
        withOverloadKeys(pair.old.methods),
        withOverloadKeys(pair.new.methods),
        scoreMethodRename(terms),
      ),
      () => "method",
      (a, b) => compareMethod(a, b, context),
    ),
  );
  // Built-in value classes' constructors and operators: overloads matched by signature, never
  // renamed (a different signature is another overload).
  for (const kind of ["constructor", "operator"] as const) {
    const pick = (model: ClassModel) =>
      kind === "constructor" ? model.constructors : model.operators;
    entries.push(
      ...entriesFor(
        pair,
        matchMembers(
          withOverloadKeys(pick(pair.old)),
          withOverloadKeys(pick(pair.new)),
          () => null,
        ),
        () => kind,
        (a, b) => compareMethod(a, b, context),
      ),
    );
  }
  entries.push(
    ...entriesFor(
      pair,
      matchMembers(pair.old.properties, pair.new.properties, scorePropertyRename(terms, renames)),
      () => "property",
      (a, b) => compareProperty(a, b, context),
    ),
  );
  entries.push(
    ...entriesFor(
      pair,
      matchMembers(pair.old.signals, pair.new.signals, scoreSignalRename(terms)),
      () => "signal",
      (a, b) => compareSignal(a, b, context),
    ),
  );

  const enumOf = (constant: ConstantModel, side: "old" | "new"): string | null => {
    if (constant.enum === null) return null;
    if (side === "new") return qualifiedEnum(pair.new.name, constant.enum);
    const qualified = qualifiedEnum(pair.old.name, constant.enum);
    return renames.enums.get(qualified) ?? qualified;
  };
  const constants = matchMembers(
    pair.old.constants,
    pair.new.constants,
    scoreConstantRename(terms, enumOf),
  );
  entries.push(
    ...entriesFor(
      pair,
      constants,
      (constant) => (constant.enum === null ? "constant" : "enum-value"),
      (a, b) => compareConstant(a, b, pair.old.name, pair.new.name, context),
    ),
  );
  return entries;
}
