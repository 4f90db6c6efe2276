import { GeneratorInputError } from "../ir/diagnostics.js";
import type { LinkedCorpus, UnresolvedReference } from "../ir/linked.js";
import type { ClassModel, Corpus, TypeRef } from "../ir/types.js";
import { GLOBAL_SCOPE } from "../ir/names.js";
import { Hierarchy } from "./hierarchy.js";
import { referencesOf } from "./references.js";
import { mapClassTypes } from "./rewrite-types.js";

export { Hierarchy, OBJECT_ROOT } from "./hierarchy.js";
export { referencesOf, type TypeReference } from "./references.js";

/** Which classes to emit in full: a list (bases and @GlobalScope are added) or the whole corpus. */
export type Selection = { readonly classes: readonly string[] } | "all";

export interface ResolveOptions {
  /**
   * Tolerate references to types that exist nowhere in the corpus (e.g. Godot 3.6's @GlobalScope
   * names a module class when the modules' docs are absent): they are listed in `unresolved`
   * instead of failing the run.
   */
  readonly allowUnknownTypes?: boolean;
}

/** Checks every type reference, closes the emitted set over bases and lists what needs stubs. */
export function resolveCorpus(
  corpus: Corpus,
  selection: Selection,
  options: ResolveOptions = {},
): LinkedCorpus {
  const hierarchy = new Hierarchy(corpus.classes);
  const unresolved = findUnresolved(corpus, options.allowUnknownTypes === true);
  const classes =
    unresolved.length === 0 ? corpus.classes : withoutDanglingEnums(corpus.classes, unresolved);
  const unknownClasses = new Set(
    unresolved.filter((ref) => ref.kind === "class").map((ref) => ref.target),
  );

  const emittedSet = new Set<string>();
  const roots =
    selection === "all" ? [...classes.keys()] : selectedClasses(classes, selection.classes);
  for (const name of roots) {
    emittedSet.add(name);
    for (const base of hierarchy.basesOf(name)) emittedSet.add(base);
  }
  // @GlobalScope joins for its global enums only (GlobalScope.ts holds enums and constants), so
  // unless it was selected itself, its members (the engine singletons) need no stubs.
  const globalScopeForEnumsOnly = classes.has(GLOBAL_SCOPE) && !emittedSet.has(GLOBAL_SCOPE);
  if (classes.has(GLOBAL_SCOPE)) emittedSet.add(GLOBAL_SCOPE);
  const emitted = sortNames(emittedSet);

  const stubs = new Set<string>();
  const referencedBuiltins = new Set<string>();
  for (const name of emitted) {
    const model = classes.get(name);
    if (model === undefined || (name === GLOBAL_SCOPE && globalScopeForEnumsOnly)) continue;
    for (const ref of referencesOf(model)) {
      const target = ref.className;
      if (target === null || emittedSet.has(target)) continue;
      if (unknownClasses.has(target) || hierarchy.kindOf(target) === "object") stubs.add(target);
      else if (hierarchy.kindOf(target) === "builtin") referencedBuiltins.add(target);
    }
  }

  return {
    version: corpus.version,
    generation: corpus.generation,
    classes,
    emitted,
    stubs: sortNames(stubs),
    referencedBuiltins: sortNames(referencedBuiltins),
    unresolved,
    kindOf: (name) => (unknownClasses.has(name) ? "object" : hierarchy.kindOf(name)),
    basesOf: (name) => (classes.has(name) ? hierarchy.basesOf(name) : []),
    get: (name) => classes.get(name),
    isEmitted: (name) => emittedSet.has(name),
  };
}

function selectedClasses(
  classes: ReadonlyMap<string, ClassModel>,
  names: readonly string[],
): string[] {
  for (const name of names) {
    if (classes.has(name)) continue;
    const lower = name.toLowerCase();
    const near = [...classes.keys()].find((candidate) => candidate.toLowerCase() === lower);
    const hint = near === undefined ? "" : ` (did you mean ${near}?)`;
    throw new GeneratorInputError(`class ${name} is not in the docs corpus${hint}`, {
      file: "--classes",
    });
  }
  return [...names];
}

/**
 * Every reference to a class or enum that the corpus does not define. Fails on the first one
 * (in file order) unless the caller allowed them.
 */
function findUnresolved(corpus: Corpus, allow: boolean): UnresolvedReference[] {
  const unresolved: UnresolvedReference[] = [];
  for (const model of sortedModels(corpus.classes)) {
    for (const ref of referencesOf(model)) {
      const owner = ref.className ?? GLOBAL_SCOPE;
      const ownerModel = corpus.classes.get(owner);
      let problem: UnresolvedReference | null = null;
      if (ref.enumName === null) {
        if (ownerModel === undefined) problem = { target: owner, kind: "class", loc: ref.loc };
      } else if (!ownerModel?.enums.some((candidate) => candidate.name === ref.enumName)) {
        const target = ref.className === null ? ref.enumName : `${ref.className}.${ref.enumName}`;
        problem = { target, kind: "enum", loc: ref.loc };
      }
      if (problem === null) continue;
      if (!allow) {
        const what =
          problem.kind === "class" ? `class ${problem.target}` : `enum ${problem.target}`;
        throw new GeneratorInputError(
          `unknown type: ${what} is not defined anywhere in the docs corpus`,
          problem.loc,
        );
      }
      unresolved.push(problem);
    }
  }
  return unresolved;
}

/** An enum that does not exist can only be typed by its underlying value: its base primitive. */
function withoutDanglingEnums(
  classes: ReadonlyMap<string, ClassModel>,
  unresolved: readonly UnresolvedReference[],
): ReadonlyMap<string, ClassModel> {
  const missingEnums = new Set(
    unresolved.filter((ref) => ref.kind === "enum").map((ref) => ref.target),
  );
  if (missingEnums.size === 0) return classes;
  const replace = (type: TypeRef): TypeRef => {
    if (type.kind !== "enum") return type;
    const target = type.owner === null ? type.name : `${type.owner}.${type.name}`;
    return missingEnums.has(target) ? { kind: "primitive", name: type.base } : type;
  };
  return new Map([...classes].map(([name, model]) => [name, mapClassTypes(model, replace)]));
}

function sortedModels(classes: ReadonlyMap<string, ClassModel>): ClassModel[] {
  return sortNames(classes.keys()).flatMap((name) => classes.get(name) ?? []);
}

/** Code-unit order, not locale order, so the result is the same on every machine. */
function sortNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
