import { GeneratorInputError } from "../ir/diagnostics.js";
import type { ClassKind } from "../ir/linked.js";
import type { ClassModel } from "../ir/types.js";

/** The root of every engine object class in both generations. */
export const OBJECT_ROOT = "Object";

/**
 * Computes each class's base chain once (direct parent first) and classifies it. A base that is
 * missing from the corpus, or a cycle, is an input error at the class's `<class>` line.
 */
export class Hierarchy {
  readonly #classes: ReadonlyMap<string, ClassModel>;
  readonly #bases = new Map<string, readonly string[]>();

  constructor(classes: ReadonlyMap<string, ClassModel>) {
    this.#classes = classes;
    for (const name of classes.keys()) this.basesOf(name);
  }

  basesOf(name: string): readonly string[] {
    const known = this.#bases.get(name);
    if (known !== undefined) return known;
    const chain: string[] = [];
    const start = this.#classes.get(name);
    let current = start;
    while (current?.inherits != null) {
      const parentName: string = current.inherits;
      const parent = this.#classes.get(parentName);
      if (parent === undefined) {
        throw new GeneratorInputError(
          `base class ${parentName} of ${current.name} is not in the corpus`,
          current.loc,
        );
      }
      if (parentName === name || chain.includes(parentName)) {
        throw new GeneratorInputError(
          `inheritance cycle: ${[name, ...chain, parentName].join(" → ")}`,
          parent.loc,
        );
      }
      chain.push(parentName);
      current = parent;
    }
    this.#bases.set(name, chain);
    return chain;
  }

  kindOf(name: string): ClassKind | undefined {
    if (!this.#classes.has(name)) return undefined;
    if (name.startsWith("@")) return "global";
    if (name === OBJECT_ROOT || this.basesOf(name).includes(OBJECT_ROOT)) return "object";
    return "builtin";
  }
}
