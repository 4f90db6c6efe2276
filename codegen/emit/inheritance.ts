import type { ClassPlanner } from "./class-plan.js";
import { FileScope, Usage } from "./file-scope.js";
import { byKey, instanceMembers, staticMembers } from "./signatures.js";

/**
 * Settles interface extension conflicts. Godot lets a class redeclare a base member with another
 * signature (and 3.x/4.x both do it); TS interfaces may not. The derived interface then extends
 * `Omit<Base, "name" | ...>` for exactly the names whose declaration text differs.
 */
export class InheritanceIndex {
  readonly #planner: ClassPlanner;
  readonly #scratch: FileScope;
  readonly #instance = new Map<string, ReadonlyMap<string, string>>();
  readonly #static = new Map<string, ReadonlyMap<string, string>>();
  /** A class's own members rendered for comparison; each is needed as a class and as a base. */
  readonly #ownRendered = new Map<string, ReadonlyMap<string, string>>();

  constructor(planner: ClassPlanner) {
    this.#planner = planner;
    // Rendering for comparison only: its imports and usage records are thrown away.
    this.#scratch = new FileScope("\0scratch", planner.view, new Usage());
  }

  /** Names the class redeclares incompatibly on its instance side, sorted. */
  instanceConflicts(name: string): string[] {
    return conflicts(this.#own(name, "instance"), this.#parentAll(name, "instance"));
  }

  /** Same for the static side (constants, enum objects, static methods). */
  staticConflicts(name: string): string[] {
    return conflicts(this.#own(name, "static"), this.#parentAll(name, "static"));
  }

  #own(name: string, side: "instance" | "static"): ReadonlyMap<string, string> {
    const key = `${side}\0${name}`;
    let own = this.#ownRendered.get(key);
    if (own === undefined) {
      const plan = this.#planner.plan(name);
      own = byKey(
        side === "instance"
          ? instanceMembers(plan, this.#scratch)
          : staticMembers(plan, this.#scratch),
      );
      this.#ownRendered.set(key, own);
    }
    return own;
  }

  #parentAll(name: string, side: "instance" | "static"): ReadonlyMap<string, string> {
    const parent = this.#planner.view.get(name)?.inherits;
    if (!parent || !this.#planner.view.get(parent)) return new Map();
    return this.#all(parent, side);
  }

  /** Every member visible on a class, the nearest declaration winning. */
  #all(name: string, side: "instance" | "static"): ReadonlyMap<string, string> {
    const cache = side === "instance" ? this.#instance : this.#static;
    const cached = cache.get(name);
    if (cached) return cached;
    const merged = new Map(this.#parentAll(name, side));
    for (const [key, text] of this.#own(name, side)) merged.set(key, text);
    cache.set(name, merged);
    return merged;
  }
}

function conflicts(
  own: ReadonlyMap<string, string>,
  inherited: ReadonlyMap<string, string>,
): string[] {
  const names: string[] = [];
  for (const [key, text] of own) {
    const base = inherited.get(key);
    if (base !== undefined && base !== text) names.push(key);
  }
  return names.sort();
}
