import type {
  ClassModel,
  ConstantModel,
  EnumModel,
  Lifecycle,
  MethodModel,
  PropertyModel,
  SignalModel,
  SourceLocation,
  TypeRef,
} from "../ir/types.js";
import { parseNumberLiteral } from "../ir/number-literal.js";
import type { CorpusView } from "./corpus-view.js";
import type { MethodOverride, Overrides, TypeFix } from "./overrides.js";
import { parameterName } from "./names.js";
import { parseGodotType } from "./type-map.js";

/**
 * What one class contributes to the API, decided once and shared by the class file, the
 * metadata and the conflict checks: overrides applied, setter/getter methods synthesized from
 * properties, name clashes settled.
 */

export interface PlannedParam {
  /** The TS binding name (escaped, or renamed by an override). */
  readonly name: string;
  readonly godotName: string;
  readonly type: TypeRef;
  readonly nullable: boolean;
  readonly default: string | null;
}

export interface PlannedMethod extends Lifecycle {
  readonly name: string;
  readonly params: readonly PlannedParam[];
  readonly returnType: TypeRef;
  readonly returnNullable: boolean;
  readonly static: boolean;
  readonly const: boolean;
  readonly vararg: boolean;
  readonly virtual: boolean;
  readonly description: string;
  /** Set when the method is not in the XML but implied by a property's setter/getter. */
  readonly synthesizedFor: string | null;
  /** Where its docs come from (the property's element for a synthesized accessor). */
  readonly loc: SourceLocation;
}

export interface PlannedProperty extends Lifecycle {
  readonly name: string;
  readonly type: TypeRef;
  readonly nullable: boolean;
  readonly setter: string | null;
  readonly getter: string | null;
  readonly default: string | null;
  readonly description: string;
  /**
   * How the property appears on the instance interface: accessors (setter/getter pair), a plain
   * field (no setter/getter documented, as on built-in value types), or not at all when a method
   * of the same name exists (the method wins: it is what callers and ports use).
   */
  readonly shape: "accessors" | "field" | "hidden";
  readonly loc: SourceLocation;
}

export interface PlannedConstant extends Lifecycle {
  readonly name: string;
  /** The numeric value, or null when the value is an expression (`Vector2(0, 0)`). */
  readonly number: number | null;
  readonly written: string;
  readonly enum: string | null;
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface ClassPlan {
  readonly model: ClassModel;
  readonly methods: readonly PlannedMethod[];
  readonly properties: readonly PlannedProperty[];
  readonly signals: readonly SignalModel[];
  readonly constants: readonly PlannedConstant[];
  readonly enums: readonly EnumModel[];
}

export class ClassPlanner {
  readonly view: CorpusView;
  readonly overrides: Overrides;
  readonly #plans = new Map<string, ClassPlan>();
  /**
   * Classes with any override: every other member skips building its `Class.member` key, whose
   * lookup (a fresh string looked up in a record) was the largest cost of planning a method.
   */
  readonly #methodFixClasses: ReadonlySet<string>;
  readonly #propertyFixClasses: ReadonlySet<string>;

  constructor(view: CorpusView, overrides: Overrides) {
    this.view = view;
    this.overrides = overrides;
    this.#methodFixClasses = keyPrefixes(overrides.methods);
    this.#propertyFixClasses = keyPrefixes(overrides.properties);
  }

  plan(name: string): ClassPlan {
    let plan = this.#plans.get(name);
    if (!plan) {
      const model = this.view.get(name);
      if (!model) throw new Error(`emit: class ${name} is not in the corpus`);
      plan = this.#build(model);
      this.#plans.set(name, plan);
    }
    return plan;
  }

  /** Method names the XML documents for one class (its own `<methods>`), memoized. */
  readonly #xmlMethodNames = new Map<string, ReadonlySet<string>>();
  /** Method names of one class's plan (XML methods plus synthesized accessors), memoized. */
  readonly #plannedMethodNames = new Map<string, ReadonlySet<string>>();

  #xmlNames(cls: string): ReadonlySet<string> {
    let names = this.#xmlMethodNames.get(cls);
    if (names === undefined) {
      names = new Set((this.view.get(cls)?.methods ?? []).map((m) => m.name));
      this.#xmlMethodNames.set(cls, names);
    }
    return names;
  }

  #plannedNames(cls: string): ReadonlySet<string> {
    let names = this.#plannedMethodNames.get(cls);
    if (names === undefined) {
      names = new Set(this.plan(cls).methods.map((m) => m.name));
      this.#plannedMethodNames.set(cls, names);
    }
    return names;
  }

  #build(model: ClassModel): ClassPlan {
    // Name lookups walk the base chain instead of copying every base's methods into one set
    // per class: most classes have few properties to check but long chains of bases.
    const bases = this.view.linked.basesOf(model.name);
    const plannedBases = bases.filter((base) => this.view.get(base) !== undefined);
    const synthesized = new Set<string>();
    const documented = (name: string): boolean =>
      synthesized.has(name) ||
      this.#xmlNames(model.name).has(name) ||
      bases.some((base) => this.#xmlNames(base).has(name));
    // Base classes' synthesized accessors already exist on the base interface.
    const inherited = (name: string): boolean =>
      plannedBases.some((base) => this.#plannedNames(base).has(name));

    const methods: PlannedMethod[] = model.methods.map((m) => this.#method(model.name, m));
    const properties: PlannedProperty[] = [];
    const seenProps = new Set<string>();
    for (const p of model.properties) {
      // `overrides="Base"` entries only restate a base property's default.
      if (p.overrides !== null || seenProps.has(p.name)) continue;
      seenProps.add(p.name);
      const prop = this.#property(model.name, p);
      const addAccessor = (accessor: string | null, isSetter: boolean): void => {
        if (!accessor || documented(accessor) || inherited(accessor)) return;
        synthesized.add(accessor);
        methods.push(synthesize(prop, accessor, isSetter));
      };
      addAccessor(p.setter, true);
      addAccessor(p.getter, false);
      properties.push(prop);
    }
    const ownMethods = new Set(methods.map((m) => m.name));
    const planned = properties.map((p): PlannedProperty =>
      ownMethods.has(p.name) || inherited(p.name) ? { ...p, shape: "hidden" } : p,
    );
    const constants = model.constants.map((c: ConstantModel): PlannedConstant =>
      withLifecycle<PlannedConstant>(
        {
          name: c.name,
          number: parseNumberLiteral(c.value),
          written: c.value,
          enum: c.enum,
          description: c.description,
          loc: c.loc,
        },
        c,
      ),
    );
    return {
      model,
      methods,
      properties: planned,
      signals: model.signals,
      constants,
      enums: model.enums,
    };
  }

  /** A method, constructor or operator of `className` with its overrides applied. */
  method(className: string, m: MethodModel): PlannedMethod {
    return this.#method(className, m);
  }

  #method(className: string, m: MethodModel): PlannedMethod {
    const fix: MethodOverride | undefined = this.#methodFixClasses.has(className)
      ? this.overrides.methods[`${className}.${m.name}`]
      : undefined;
    const params = m.params.map((p): PlannedParam => {
      const pf = fix?.params?.[p.name];
      return {
        name: pf?.name ?? parameterName(p.name),
        godotName: p.name,
        type: fixedType(p.type, pf),
        // `default="null"` always admits null, whatever the override says about the type.
        nullable: p.default === "null" ? true : fixedNullable(pf),
        default: p.default,
      };
    });
    return withLifecycle<PlannedMethod>(
      {
        name: m.name,
        params,
        returnType: fixedType(m.returnType, fix?.return),
        returnNullable: fixedNullable(fix?.return),
        static: m.qualifiers.static,
        const: m.qualifiers.const,
        vararg: m.qualifiers.vararg,
        virtual: m.qualifiers.virtual,
        description: m.description,
        synthesizedFor: null,
        loc: m.loc,
      },
      m,
    );
  }

  #property(className: string, p: PropertyModel): PlannedProperty {
    const fix = this.#propertyFixClasses.has(className)
      ? this.overrides.properties[`${className}.${p.name}`]
      : undefined;
    return withLifecycle<PlannedProperty>(
      {
        name: p.name,
        type: fixedType(p.type, fix),
        nullable: fixedNullable(fix),
        setter: p.setter,
        getter: p.getter,
        default: p.default,
        description: p.description,
        shape: p.setter || p.getter ? "accessors" : "field",
        loc: p.loc,
      },
      p,
    );
  }
}

/** Every text before a dot of every `Class.member` key (each dot tried, so no key is missed). */
function keyPrefixes(entries: Readonly<Record<string, unknown>>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of Object.keys(entries)) {
    for (let dot = key.indexOf("."); dot >= 0; dot = key.indexOf(".", dot + 1)) {
      prefixes.add(key.slice(0, dot));
    }
  }
  return prefixes;
}

function fixedType(type: TypeRef, fix: TypeFix | undefined): TypeRef {
  return fix?.type !== undefined ? parseGodotType(fix.type) : type;
}

function fixedNullable(fix: TypeFix | undefined): boolean {
  return fix?.nullable ?? true;
}

function synthesize(prop: PlannedProperty, name: string, isSetter: boolean): PlannedMethod {
  const value: PlannedParam = {
    name: "value",
    godotName: "value",
    type: prop.type,
    nullable: prop.nullable,
    default: null,
  };
  return withLifecycle<PlannedMethod>(
    {
      name,
      params: isSetter ? [value] : [],
      returnType: isSetter ? { kind: "void" } : prop.type,
      returnNullable: prop.nullable,
      static: false,
      const: !isSetter,
      vararg: false,
      virtual: false,
      description: "",
      synthesizedFor: prop.name,
      loc: prop.loc,
    },
    prop,
  );
}

/**
 * Copies the source's lifecycle notes onto a freshly built member (keys last, present only when
 * set). Assigned rather than spread: a trailing spread is a runtime call per planned member.
 */
function withLifecycle<T extends Lifecycle>(member: T, source: Lifecycle): T {
  const notes = member as { deprecated?: string; experimental?: string };
  if (source.deprecated !== undefined) notes.deprecated = source.deprecated;
  if (source.experimental !== undefined) notes.experimental = source.experimental;
  return member;
}
