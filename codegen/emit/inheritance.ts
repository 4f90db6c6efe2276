import type { ClassPlanner } from "./class-plan.js";
import { FileScope, Usage } from "./file-scope.js";
import { byKey, instanceMembers, staticMembers, type MemberDecl } from "./signatures.js";

/**
 * Settles interface extension conflicts. Godot lets a class redeclare a base member with another
 * signature (and 3.x/4.x both do it); TS interfaces may not. The derived interface then extends
 * `Omit<Base, "name" | ...>` for exactly the names whose declaration text differs.
 */
export class InheritanceIndex {
  readonly #planner: ClassPlanner;
  readonly #scratch: FileScope;
  /** A class's own members by key; each class is needed as a class and as a base. */
  readonly #ownInstance = new Map<string, ReadonlyMap<string, readonly MemberDecl[]>>();
  readonly #ownStatic = new Map<string, ReadonlyMap<string, readonly MemberDecl[]>>();
  /** Declaration text of a key's members (overloads joined), rendered only when compared. */
  readonly #texts = new WeakMap<readonly MemberDecl[], string>();

  constructor(planner: ClassPlanner) {
    this.#planner = planner;
    // Rendering for comparison only: its imports and usage records are thrown away.
    this.#scratch = new FileScope("\0scratch", planner.view, new Usage());
  }

  /** Names the class redeclares incompatibly on its instance side, sorted. */
  instanceConflicts(name: string): string[] {
    return this.#conflicts(name, "instance");
  }

  /** Same for the static side (constants, enum objects, static methods). */
  staticConflicts(name: string): string[] {
    return this.#conflicts(name, "static");
  }

  /**
   * Each own member is looked up in the bases, nearest first, and differs when the nearest
   * declaration's text does. Walking the chain per member is cheaper than merging every base's
   * members into one map per class: classes declare few members, their bases many. Only members
   * a base also declares are rendered, so most never are.
   */
  #conflicts(name: string, side: "instance" | "static"): string[] {
    const names: string[] = [];
    const bases = this.#bases(name).map((base) => this.#own(base, side));
    for (const [key, members] of this.#own(name, side)) {
      for (const base of bases) {
        const inherited = base.get(key);
        if (inherited === undefined) continue;
        const inheritedText = this.#text(inherited);
        if (inheritedText === "") continue;
        const text = this.#text(members);
        if (text !== "" && inheritedText !== text) names.push(key);
        break;
      }
    }
    return names.sort();
  }

  /** The base chain, parent first, as far as the bases are in the corpus. */
  #bases(name: string): string[] {
    const view = this.#planner.view;
    const bases: string[] = [];
    for (let parent = view.get(name)?.inherits; parent && view.get(parent);) {
      bases.push(parent);
      parent = view.get(parent)?.inherits;
    }
    return bases;
  }

  #own(name: string, side: "instance" | "static"): ReadonlyMap<string, readonly MemberDecl[]> {
    const cache = side === "instance" ? this.#ownInstance : this.#ownStatic;
    let own = cache.get(name);
    if (own === undefined) {
      const plan = this.#planner.plan(name);
      own = byKey(side === "instance" ? instanceMembers(plan) : staticMembers(plan));
      cache.set(name, own);
    }
    return own;
  }

  /** The members' texts joined as the interface declares them; "" when none declares anything. */
  #text(members: readonly MemberDecl[]): string {
    let text = this.#texts.get(members);
    if (text === undefined) {
      text = members
        .map((m) => m.render(this.#scratch))
        .filter((t) => t !== "")
        .join("\n");
      this.#texts.set(members, text);
    }
    return text;
  }
}
