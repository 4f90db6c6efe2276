import type { CorpusView } from "./corpus-view.js";
import { topLevelName } from "./names.js";

/**
 * What the emitted files reference across the corpus: stubs, builtins and global enums are only
 * written when something uses them (bound set), so every reference is recorded here.
 */
export class Usage {
  /** Object classes outside the emitted set → enums of theirs that were referenced. */
  readonly stubs = new Map<string, Set<string>>();
  /** Builtin value classes with an interface (Vector2...) → referenced enums. */
  readonly builtins = new Map<string, Set<string>>();
  /** Global enums (Godot names, `Error`, `Variant.Type`). */
  readonly globalEnums = new Set<string>();
}

export const BUILTINS_MODULE = "builtins";
export const GLOBALS_MODULE = "GlobalScope";
export const STUBS_MODULE = "stubs";

/**
 * One generated file's view of the world: maps a Godot class or enum to the TS name to write and
 * records the import it needs. Imports come out sorted, so output never depends on visit order.
 */
export class FileScope {
  readonly module: string;
  readonly view: CorpusView;
  readonly usage: Usage;
  readonly #typeImports = new Map<string, Set<string>>();
  readonly #valueImports = new Map<string, Set<string>>();

  constructor(module: string, view: CorpusView, usage: Usage) {
    this.module = module;
    this.view = view;
    this.usage = usage;
  }

  /** Module that declares a class's interface. */
  moduleOfClass(name: string): string {
    if (this.view.isEmittedObject(name)) return topLevelName(name);
    if (this.view.isInterfaceBuiltin(name)) return BUILTINS_MODULE;
    return STUBS_MODULE;
  }

  /** The TS type name of a class's interface, importing it when declared elsewhere. */
  classType(name: string): string {
    const module = this.moduleOfClass(name);
    if (module === STUBS_MODULE && !this.usage.stubs.has(name))
      this.usage.stubs.set(name, new Set());
    if (module === BUILTINS_MODULE && !this.usage.builtins.has(name)) {
      this.usage.builtins.set(name, new Set());
    }
    const tsName = topLevelName(name);
    this.importType(module, tsName);
    return tsName;
  }

  /** The TS type of an enum reference; `null` when the enum exists nowhere (caller falls back). */
  enumType(owner: string | null, name: string): string | null {
    const home = this.view.findEnum(owner, name);
    if (home === null) return null;
    if (home.scope === "global") {
      this.usage.globalEnums.add(home.godotName);
      const tsName = topLevelName(home.godotName);
      this.importType(GLOBALS_MODULE, tsName);
      return tsName;
    }
    const ownerType = this.classType(home.owner);
    const module = this.moduleOfClass(home.owner);
    if (module === STUBS_MODULE) this.usage.stubs.get(home.owner)?.add(name);
    if (module === BUILTINS_MODULE) this.usage.builtins.get(home.owner)?.add(name);
    return `${ownerType}.${name}`;
  }

  importType(module: string, name: string): void {
    if (module === this.module) return;
    addTo(this.#typeImports, module, name);
  }

  importValue(module: string, name: string): void {
    if (module === this.module) return;
    addTo(this.#valueImports, module, name);
  }

  /** The import declarations, sorted by module then name. */
  importLines(): string[] {
    const lines: string[] = [];
    const modules = new Set([...this.#typeImports.keys(), ...this.#valueImports.keys()]);
    for (const module of [...modules].sort()) {
      const values = [...(this.#valueImports.get(module) ?? [])].sort();
      const types = [...(this.#typeImports.get(module) ?? [])]
        .filter((n) => !values.includes(n))
        .sort();
      if (values.length > 0) lines.push(`import { ${values.join(", ")} } from "./${module}.js";`);
      if (types.length > 0)
        lines.push(`import type { ${types.join(", ")} } from "./${module}.js";`);
    }
    return lines;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
