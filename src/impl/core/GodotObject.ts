import type { Callable, Dictionary, Variant } from "../../../generated/builtins.js";
import { Object_constants, type Object as ObjectApi } from "../../../generated/Object.js";
import { asCallable, callableTarget, invokeCallable, type CallableValue } from "./callables.js";
import {
  findMethod,
  findProperty,
  findSignal,
  hasClass,
  inheritsFrom,
  type MethodMeta,
} from "./classMetadata.js";
import { defineConstants } from "./defineConstants.js";
import { reportEngineError } from "./engineError.js";
import { Error as GodotError } from "./godotError.js";
import { nextInstanceId } from "./instanceIds.js";
import {
  classMethodList,
  classPropertyList,
  classSignalList,
  scriptMethodDictionary,
  signalDictionary,
  valuePropertyInfo,
} from "./reflectionLists.js";
import { ConnectionTable, type Connection, type UserSignal } from "./signalConnections.js";
import { PropertyUsage } from "./variantTypes.js";

const {
  CONNECT_DEFERRED,
  CONNECT_ONE_SHOT,
  CONNECT_REFERENCE_COUNTED,
  CONNECT_APPEND_SOURCE_OBJECT,
} = Object_constants;
const NOTIFICATION_PREDELETE = Object_constants.NOTIFICATION_PREDELETE;

type AnyFunction = (...args: unknown[]) => unknown;
/** What the core reads of the optional virtual methods a subclass ("script") may define. */
interface Virtuals {
  _get?(property: string): Variant;
  _set?(property: string, value: Variant): boolean;
  _get_property_list?(): Dictionary[];
  _validate_property?(property: Dictionary): void;
  _to_string?(): string;
  _property_can_revert?(property: string): boolean;
  _property_get_revert?(property: string): Variant;
}

/** An incoming connection, recorded on the target of a `{ object, method }` callable. */
interface IncomingConnection {
  readonly source: GodotObject;
  readonly connection: Connection;
}

/**
 * Godot's Object: the reflective core every implementation class inherits.
 *
 * What the engine keeps in ClassDB comes from the generated metadata (generated/metadata.ts):
 * `call`/`callv` check argument counts and fill omitted arguments from documented defaults,
 * `get`/`set` go through the documented getter/setter methods, and the method, property and
 * signal lists are built from it. A JS subclass plays the role of a script: its own methods are
 * callable by name, its own fields are properties, and it may define the virtuals (`_get`, `_set`,
 * `_get_property_list`, `_validate_property`, `_notification`, `_to_string`,
 * `_property_can_revert`, `_property_get_revert`), which the core calls as the engine does.
 * Not called: `_init` (a JS subclass initializes in its constructor) and `_iter_init`/`_iter_next`/
 * `_iter_get` (GDScript's `for x in object`; JS code uses Symbol.iterator).
 *
 * Failures follow the engine: an error is reported (see engineError.ts) and the documented
 * failure value is returned (`null` from call/get, an Error code where the method returns one).
 *
 * Signals: a Callable is a JS function or `{ object, method }` (see callables.ts). CONNECT_DEFERRED
 * runs the call in a microtask (the engine's message queue flushes at the end of the frame; the
 * microtask queue is the closest Node equivalent), as do call_deferred and set_deferred.
 * CONNECT_ONE_SHOT disconnects before the call; CONNECT_REFERENCE_COUNTED counts repeated
 * connects; CONNECT_APPEND_SOURCE_OBJECT appends the emitter to the arguments; CONNECT_PERSIST is
 * recorded only (it matters for scene serialization). A handler that throws is reported and the
 * remaining handlers still run, as in the engine.
 *
 * Translation (tr, tr_n): there is no TranslationServer, so they behave as the engine does with
 * no catalog loaded: the message comes back unchanged (tr_n picks singular or plural by n).
 *
 * Named GodotObject here so this module can still use the JS global `Object`; src/impl/index.ts
 * exports it as `Object`.
 */
export class GodotObject implements ObjectApi {
  /** The Godot class name, declared by each implementation class. */
  static readonly godotClass: string = "Object";

  // Set by defineConstants() below; declared here so the class type carries them.
  declare static readonly ConnectFlags: typeof Object_constants.ConnectFlags;
  declare static readonly NOTIFICATION_POSTINITIALIZE: typeof Object_constants.NOTIFICATION_POSTINITIALIZE;
  declare static readonly NOTIFICATION_PREDELETE: typeof Object_constants.NOTIFICATION_PREDELETE;
  declare static readonly NOTIFICATION_EXTENSION_RELOADED: typeof Object_constants.NOTIFICATION_EXTENSION_RELOADED;
  declare static readonly CONNECT_DEFERRED: typeof Object_constants.CONNECT_DEFERRED;
  declare static readonly CONNECT_PERSIST: typeof Object_constants.CONNECT_PERSIST;
  declare static readonly CONNECT_ONE_SHOT: typeof Object_constants.CONNECT_ONE_SHOT;
  declare static readonly CONNECT_REFERENCE_COUNTED: typeof Object_constants.CONNECT_REFERENCE_COUNTED;
  declare static readonly CONNECT_APPEND_SOURCE_OBJECT: typeof Object_constants.CONNECT_APPEND_SOURCE_OBJECT;

  readonly #instanceId = nextInstanceId();
  readonly #meta = new Map<string, Variant>();
  readonly #connections = new ConnectionTable();
  readonly #incoming = new Set<IncomingConnection>();
  readonly #userSignals = new Map<string, UserSignal>();
  #blockSignals = false;
  #translate = true;
  #translationDomain = "";
  #freed = false;
  #predeleting = false;
  #freeCancelled = false;

  // --- Class identity --------------------------------------------------------------------------

  get_class(): string {
    return (this.constructor as typeof GodotObject).godotClass;
  }

  /** True for this class and every Godot ancestor (`is_class("RefCounted")` on a StreamPeerTCP). */
  is_class(class_: string): boolean {
    return inheritsFrom(this.#metadataClass(), class_) || this.get_class() === class_;
  }

  get_instance_id(): number {
    return this.#instanceId;
  }

  /** `<ClassName#id>` like the engine, unless a subclass defines `_to_string`. */
  to_string(): string {
    const custom = (this as Virtuals)._to_string;
    if (typeof custom === "function") return custom.call(this);
    return `<${this.get_class()}#${this.#instanceId}>`;
  }

  toString(): string {
    return this.to_string();
  }

  // --- Properties ------------------------------------------------------------------------------

  /** The property's value through its documented getter, `_get`, or a script field; null if none. */
  get(property: string): Variant {
    if (this.#checkFreed("get")) return null;
    const custom = (this as Virtuals)._get;
    if (typeof custom === "function") {
      const value = custom.call(this, property);
      if (value !== null && value !== undefined) return value;
    }
    const meta = findProperty(this.#metadataClass(), property);
    if (meta?.getter) {
      const getter = this.#method(meta.getter);
      return getter ? ((getter.call(this) ?? null) as Variant) : null;
    }
    if (property.startsWith("metadata/"))
      return this.#meta.get(property.slice("metadata/".length)) ?? null;
    if (this.#isScriptField(property))
      return ((this as unknown as Record<string, unknown>)[property] ?? null) as Variant;
    return null;
  }

  /** Sets through `_set`, the documented setter, or a script field; nothing happens otherwise or on a type mismatch. */
  set(property: string, value: Variant): void {
    if (this.#checkFreed("set")) return;
    const custom = (this as Virtuals)._set;
    if (typeof custom === "function" && custom.call(this, property, value) === true) return;
    const meta = findProperty(this.#metadataClass(), property);
    if (meta?.setter) {
      const setter = this.#method(meta.setter);
      if (setter && valueFitsType(value, meta.type)) setter.call(this, value);
      return;
    }
    if (property.startsWith("metadata/"))
      return this.set_meta(property.slice("metadata/".length), value);
    if (this.#isScriptField(property))
      (this as unknown as Record<string, unknown>)[property] = value;
  }

  /** A NodePath-style `"property:key:key"`: get() the property, then index into its value. */
  get_indexed(property_path: string): Variant {
    const [property = "", ...keys] = property_path.split(":");
    let value: Variant = this.get(property);
    for (const key of keys) value = indexInto(value, key);
    return value;
  }

  set_indexed(property_path: string, value: Variant): void {
    const [property = "", ...keys] = property_path.split(":");
    if (keys.length === 0) return this.set(property, value);
    const root = this.get(property);
    let container: Variant = root;
    for (const key of keys.slice(0, -1)) container = indexInto(container, key);
    const last = keys[keys.length - 1]!;
    if (container instanceof GodotObject) container.set(last, value);
    else if (container !== null && typeof container === "object")
      (container as Record<string, unknown>)[last] = value;
    else return reportEngineError(`set_indexed: cannot index into "${property_path}"`);
    // Value types (arrays, dictionaries) are shared by reference here, but a setter may copy: write back.
    this.set(property, root);
  }

  get_property_list(): Dictionary[] {
    const list = classPropertyList(this.#metadataClass());
    for (const field of this.#scriptFields()) {
      list.unshift(
        valuePropertyInfo(
          field,
          (this as unknown as Record<string, unknown>)[field],
          PropertyUsage.SCRIPT_VARIABLE | PropertyUsage.DEFAULT,
        ),
      );
    }
    const custom = (this as Virtuals)._get_property_list;
    if (typeof custom === "function") list.push(...custom.call(this));
    for (const [name, value] of this.#meta) {
      list.push(
        valuePropertyInfo(`metadata/${name}`, value, PropertyUsage.EDITOR | PropertyUsage.STORAGE),
      );
    }
    const validate = (this as Virtuals)._validate_property;
    if (typeof validate === "function") for (const entry of list) validate.call(this, entry);
    return list;
  }

  property_can_revert(property: string): boolean {
    const custom = (this as Virtuals)._property_can_revert;
    return typeof custom === "function" ? custom.call(this, property) === true : false;
  }

  property_get_revert(property: string): Variant {
    const custom = (this as Virtuals)._property_get_revert;
    if (typeof custom === "function" && this.property_can_revert(property))
      return custom.call(this, property) ?? null;
    return null;
  }

  /** Emits `property_list_changed`, which is all the engine does outside the editor. */
  notify_property_list_changed(): void {
    this.emit_signal("property_list_changed");
  }

  set_deferred(property: string, value: Variant): void {
    queueMicrotask(() => this.set(property, value));
  }

  // --- Methods ---------------------------------------------------------------------------------

  /**
   * Calls `method` by name. Documented methods get their omitted arguments from the metadata
   * defaults; too many or too few arguments, or an unknown method, report an error and return
   * null (the engine's "Invalid call" path). A method that returns nothing returns null.
   */
  call(method: string, ...args: Variant[]): Variant {
    return this.callv(method, args);
  }

  callv(method: string, arg_array: Variant[]): Variant {
    if (this.#checkFreed(`call("${method}")`)) return null;
    const prepared = this.#prepareCall(method, arg_array);
    if (typeof prepared === "string") {
      reportEngineError(prepared);
      return null;
    }
    return (prepared.fn.apply(prepared.self, prepared.args) ?? null) as Variant;
  }

  /** Runs call() in a microtask (the engine defers to the end of the frame). Returns null. */
  call_deferred(method: string, ...args: Variant[]): Variant {
    queueMicrotask(() => this.callv(method, args));
    return null;
  }

  has_method(method: string): boolean {
    const meta = findMethod(this.#metadataClass(), method);
    if (meta && !meta.virtual) return true;
    return (
      (meta !== undefined || this.#isScriptMethod(method)) &&
      typeof this.#method(method) === "function"
    );
  }

  /** The number of parameters (vararg extras not counted); 0 and an error for an unknown method. */
  get_method_argument_count(method: string): number {
    const meta = findMethod(this.#metadataClass(), method);
    if (meta) return meta.params.length;
    const fn = this.#isScriptMethod(method) ? this.#method(method) : undefined;
    if (fn) return fn.length;
    reportEngineError(
      `get_method_argument_count: method "${method}" not found in ${this.get_class()}`,
    );
    return 0;
  }

  get_method_list(): Dictionary[] {
    const script = this.#scriptMethodNames().map((name, index) =>
      scriptMethodDictionary(name, this.#method(name)!, index),
    );
    return [...script, ...classMethodList(this.#metadataClass(), script.length)];
  }

  // --- Signals ---------------------------------------------------------------------------------

  has_signal(signal: string): boolean {
    return findSignal(this.#metadataClass(), signal) !== undefined || this.#userSignals.has(signal);
  }

  has_user_signal(signal: string): boolean {
    return this.#userSignals.has(signal);
  }

  /** `arguments_` holds `{ name, type }` dictionaries, as in the engine. A class signal's name is refused. */
  add_user_signal(signal: string, arguments_: Variant[] = []): void {
    if (findSignal(this.#metadataClass(), signal)) {
      return reportEngineError(
        `add_user_signal: "${signal}" already exists as a signal of ${this.get_class()}`,
      );
    }
    if (this.#userSignals.has(signal))
      return reportEngineError(`add_user_signal: user signal "${signal}" already exists`);
    this.#userSignals.set(signal, { name: signal, arguments: [...arguments_] });
  }

  /** Removes a user signal and its connections; class signals cannot be removed. */
  remove_user_signal(signal: string): void {
    if (!this.#userSignals.has(signal))
      return reportEngineError(`remove_user_signal: no user signal "${signal}"`);
    for (const connection of this.#connections.list(signal)) this.#dropConnection(connection);
    this.#userSignals.delete(signal);
  }

  get_signal_list(): Dictionary[] {
    const list = classSignalList(this.#metadataClass());
    for (const user of this.#userSignals.values())
      list.push(signalDictionary(user.name, userSignalParams(user)));
    return list;
  }

  /**
   * ERR_INVALID_PARAMETER for an unknown signal, a value that is not a Callable, or a second
   * connection of the same callable (unless CONNECT_REFERENCE_COUNTED, which counts it).
   */
  connect(signal: string, callable: Callable, flags: number = 0): GodotError {
    if (this.#checkFreed("connect")) return GodotError.ERR_INVALID_PARAMETER;
    const target = asCallable(callable);
    if (target === null) {
      reportEngineError(
        `connect: the callable for "${signal}" is not a function or { object, method }`,
      );
      return GodotError.ERR_INVALID_PARAMETER;
    }
    if (!this.#signalExists("connect", signal)) return GodotError.ERR_INVALID_PARAMETER;
    const existing = this.#connections.find(signal, target);
    if (existing) {
      if (existing.flags & CONNECT_REFERENCE_COUNTED) {
        existing.references += 1;
        return GodotError.OK;
      }
      reportEngineError(`connect: signal "${signal}" is already connected to this callable`);
      return GodotError.ERR_INVALID_PARAMETER;
    }
    const connection: Connection = { signal, callable: target, flags, references: 1 };
    this.#connections.add(connection);
    const receiver = callableTarget(target);
    if (receiver instanceof GodotObject) receiver.#incoming.add({ source: this, connection });
    return GodotError.OK;
  }

  /** Reports an error when the connection does not exist. Reference-counted connections go at zero. */
  disconnect(signal: string, callable: Callable): void {
    const target = asCallable(callable);
    const existing = target ? this.#connections.find(signal, target) : undefined;
    if (!existing)
      return reportEngineError(`disconnect: signal "${signal}" is not connected to this callable`);
    existing.references -= 1;
    if (existing.references <= 0 || !(existing.flags & CONNECT_REFERENCE_COUNTED))
      this.#dropConnection(existing);
  }

  /** False, with an error reported, for a signal that does not exist. */
  is_connected(signal: string, callable: Callable): boolean {
    if (!this.#signalExists("is_connected", signal)) return false;
    const target = asCallable(callable);
    return target !== null && this.#connections.find(signal, target) !== undefined;
  }

  /** False, with an error reported, for a signal that does not exist. */
  has_connections(signal: string): boolean {
    if (!this.#signalExists("has_connections", signal)) return false;
    return this.#connections.list(signal).length > 0;
  }

  /** `[{ signal: { object, name }, callable, flags }]` as the engine's Signal/Callable pairs. */
  get_signal_connection_list(signal: string): Dictionary[] {
    return this.#connections
      .list(signal)
      .map((connection) => connectionDictionary(this, connection));
  }

  /** Connections whose callable is `{ object: this, method }`, from any emitter. */
  get_incoming_connections(): Dictionary[] {
    return [...this.#incoming].map(({ source, connection }) =>
      connectionDictionary(source, connection),
    );
  }

  /**
   * Calls every connected callable with `args`, in connection order, and returns OK.
   * ERR_CANT_ACQUIRE_RESOURCE (nothing called) while signals are blocked. ERR_UNAVAILABLE for an
   * unknown signal (reported), and also, silently, for a class signal with no connections: the
   * engine only keeps an entry for a class signal while it is connected (user signals always
   * have one, so they return OK). A ONE_SHOT connection is removed just before its call.
   */
  emit_signal(signal: string, ...args: Variant[]): GodotError {
    if (this.#checkFreed(`emit_signal("${signal}")`)) return GodotError.ERR_UNAVAILABLE;
    if (this.#blockSignals) return GodotError.ERR_CANT_ACQUIRE_RESOURCE;
    if (!this.#signalExists("emit_signal", signal)) return GodotError.ERR_UNAVAILABLE;
    const connections = this.#connections.list(signal);
    if (connections.length === 0 && !this.#userSignals.has(signal))
      return GodotError.ERR_UNAVAILABLE;
    for (const connection of connections) {
      if (connection.flags & CONNECT_ONE_SHOT) this.#dropConnection(connection);
      const callArgs = connection.flags & CONNECT_APPEND_SOURCE_OBJECT ? [...args, this] : args;
      const run = (): void => runHandler(signal, connection.callable, callArgs);
      if (connection.flags & CONNECT_DEFERRED) queueMicrotask(run);
      else run();
    }
    return GodotError.OK;
  }

  set_block_signals(enable: boolean): void {
    this.#blockSignals = enable;
  }

  is_blocking_signals(): boolean {
    return this.#blockSignals;
  }

  // --- Metadata --------------------------------------------------------------------------------

  /**
   * A null value removes the entry, as in the engine. A new name must be a valid identifier.
   * Adding or removing an entry emits `property_list_changed` (entries show up as
   * `metadata/<name>` properties).
   */
  set_meta(name: string, value: Variant): void {
    if (value === null || value === undefined) {
      if (this.#meta.delete(name)) this.notify_property_list_changed();
      return;
    }
    if (this.#meta.has(name)) {
      this.#meta.set(name, value);
      return;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      return reportEngineError(`set_meta: invalid metadata identifier "${name}"`);
    }
    this.#meta.set(name, value);
    this.notify_property_list_changed();
  }

  /** The entry, else `default_` (reporting an error when no default was given, as the engine does). */
  get_meta(name: string, default_: Variant = null): Variant {
    if (this.#meta.has(name)) return this.#meta.get(name)!;
    if (default_ === null) reportEngineError(`get_meta: the object has no metadata "${name}"`);
    return default_;
  }

  has_meta(name: string): boolean {
    return this.#meta.has(name);
  }

  remove_meta(name: string): void {
    this.set_meta(name, null);
  }

  get_meta_list(): string[] {
    return [...this.#meta.keys()];
  }

  // --- Notifications and lifetime --------------------------------------------------------------

  /**
   * Calls `_notification(what)` of every class in the chain that defines one, from the base
   * down (or up, when `reversed`), as the engine does for each native class and the script.
   */
  notification(what: number, reversed: boolean = false): void {
    const handlers: AnyFunction[] = [];
    for (
      let proto: object | null = Object.getPrototypeOf(this);
      proto;
      proto = Object.getPrototypeOf(proto)
    ) {
      if (Object.hasOwn(proto, "_notification")) {
        const handler = (proto as Record<string, unknown>)["_notification"];
        if (typeof handler === "function") handlers.push(handler as AnyFunction);
      }
    }
    if (!reversed) handlers.reverse();
    for (const handler of handlers) handler.call(this, what);
  }

  /**
   * Deletes the object as far as JS allows: NOTIFICATION_PREDELETE (reversed), then every
   * connection in and out and the metadata go; later get/set/call/emit report an error.
   * The memory itself is reclaimed by the garbage collector once unreachable.
   */
  free(): void {
    if (this.#freed) return reportEngineError(`free: ${this.get_class()} was already freed`);
    this.#predeleting = true;
    this.#freeCancelled = false;
    try {
      this.notification(NOTIFICATION_PREDELETE, true);
    } finally {
      this.#predeleting = false;
    }
    if (this.#freeCancelled) return;
    for (const connection of this.#connections.all()) this.#dropConnection(connection);
    for (const { source, connection } of [...this.#incoming]) source.#dropConnection(connection);
    this.#meta.clear();
    this.#freed = true;
  }

  /** Only meaningful inside NOTIFICATION_PREDELETE: keeps the pending free() from happening. */
  cancel_free(): void {
    if (this.#predeleting) this.#freeCancelled = true;
    else reportEngineError("cancel_free: only valid while handling NOTIFICATION_PREDELETE");
  }

  /** Only Node queues deletion in the engine; a plain Object never is. */
  is_queued_for_deletion(): boolean {
    return false;
  }

  // --- Scripts and translation -----------------------------------------------------------------

  /** Always null: no script can be attached (see unsupported.ts). */
  get_script(): Variant {
    return null;
  }

  /** Unsupported (see unsupported.ts): reports an error and attaches nothing. */
  set_script(_script: Variant): void {
    reportEngineError(
      "set_script: scripts are not supported by this implementation; use a JS subclass",
    );
  }

  can_translate_messages(): boolean {
    return this.#translate;
  }

  set_message_translation(enable: boolean): void {
    this.#translate = enable;
  }

  get_translation_domain(): string {
    return this.#translationDomain;
  }

  set_translation_domain(domain: string): void {
    this.#translationDomain = domain;
  }

  tr(message: string, _context: string = ""): string {
    return message;
  }

  tr_n(message: string, plural_message: string, n: number, _context: string = ""): string {
    return n === 1 ? message : plural_message;
  }

  // --- Internals -------------------------------------------------------------------------------

  /** The nearest class in the chain that the metadata describes (JS subclasses are scripts). */
  #metadataClass(): string {
    for (
      let ctor = this.constructor as typeof GodotObject | null;
      ctor;
      ctor = Object.getPrototypeOf(ctor)
    ) {
      if (Object.hasOwn(ctor, "godotClass") && hasClass(ctor.godotClass)) return ctor.godotClass;
    }
    return "Object";
  }

  /** Prototypes that belong to JS subclasses ("scripts"): those below the nearest implementation class. */
  #scriptPrototypes(): object[] {
    const prototypes: object[] = [];
    for (
      let proto: object | null = Object.getPrototypeOf(this);
      proto;
      proto = Object.getPrototypeOf(proto)
    ) {
      if (Object.hasOwn((proto as { constructor: object }).constructor, "godotClass")) break;
      prototypes.push(proto);
    }
    return prototypes;
  }

  #scriptMethodNames(): string[] {
    const names = new Set<string>();
    for (const proto of this.#scriptPrototypes()) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== "constructor" && this.#isScriptMethod(name)) names.add(name);
      }
    }
    return [...names];
  }

  #isScriptMethod(name: string): boolean {
    return this.#scriptPrototypes().some((proto) => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      return name !== "constructor" && typeof descriptor?.value === "function";
    });
  }

  /** Own enumerable fields a JS subclass declared: its "script variables". */
  #scriptFields(): string[] {
    return Object.keys(this).filter(
      (key) => typeof (this as unknown as Record<string, unknown>)[key] !== "function",
    );
  }

  #isScriptField(name: string): boolean {
    return (
      Object.hasOwn(this, name) &&
      typeof (this as unknown as Record<string, unknown>)[name] !== "function"
    );
  }

  #method(name: string): AnyFunction | undefined {
    const value = (this as unknown as Record<string, unknown>)[name];
    return typeof value === "function" ? (value as AnyFunction) : undefined;
  }

  /** The function and the full argument list for a call, or the error message. */
  #prepareCall(
    method: string,
    args: readonly Variant[],
  ): { fn: AnyFunction; self: object; args: unknown[] } | string {
    const className = this.get_class();
    const meta = findMethod(this.#metadataClass(), method);
    if (meta && !meta.virtual) {
      const self = meta.static ? this.constructor : this;
      const fn = (self as Record<string, unknown>)[method];
      if (typeof fn !== "function")
        return `Invalid call. Method "${method}" is not implemented in ${className}`;
      const full = fillDefaults(meta, args);
      if (typeof full === "string") return `Invalid call to ${className}.${method}: ${full}`;
      return { fn: fn as AnyFunction, self, args: full };
    }
    const fn =
      meta !== undefined || this.#isScriptMethod(method) ? this.#method(method) : undefined;
    if (!fn) return `Invalid call. Nonexistent function "${method}" in base "${className}"`;
    return { fn, self: this, args: [...args] };
  }

  #dropConnection(connection: Connection): void {
    this.#connections.remove(connection);
    const receiver = callableTarget(connection.callable);
    if (receiver instanceof GodotObject) {
      for (const entry of receiver.#incoming)
        if (entry.connection === connection) receiver.#incoming.delete(entry);
    }
  }

  #signalExists(caller: string, signal: string): boolean {
    if (this.has_signal(signal)) return true;
    reportEngineError(`${caller}: nonexistent signal "${signal}" in ${this.get_class()}`);
    return false;
  }

  #checkFreed(what: string): boolean {
    if (this.#freed) reportEngineError(`${what}: the ${this.get_class()} instance was freed`);
    return this.#freed;
  }
}

/** Arguments with the documented defaults appended, or why the call is invalid. */
function fillDefaults(meta: MethodMeta, args: readonly Variant[]): unknown[] | string {
  if (args.length > meta.params.length && !meta.vararg) {
    return `expected at most ${meta.params.length} arguments, got ${args.length}`;
  }
  const full: unknown[] = [...args];
  for (let index = args.length; index < meta.params.length; index++) {
    const param = meta.params[index]!;
    if (!("defaultValue" in param))
      return `expected at least ${index + 1} arguments, got ${args.length}`;
    // Defaults such as [] and {} must not be shared between calls.
    full.push(structuredClone(param.defaultValue));
  }
  return full;
}

function runHandler(signal: string, callable: CallableValue, args: readonly unknown[]): void {
  try {
    invokeCallable(callable, args);
  } catch (error) {
    reportEngineError(`Error calling a handler of signal "${signal}": ${String(error)}`);
  }
}

function connectionDictionary(source: GodotObject, connection: Connection): Dictionary {
  return {
    signal: { object: source, name: connection.signal } as unknown as Variant,
    callable: connection.callable as unknown as Variant,
    flags: connection.flags,
  };
}

function userSignalParams(user: UserSignal): { name: string; type: string }[] {
  return user.arguments.map((argument, index) => {
    const entry = (typeof argument === "object" && argument !== null ? argument : {}) as Record<
      string,
      unknown
    >;
    return {
      name: typeof entry["name"] === "string" ? entry["name"] : `arg${index}`,
      type: "Variant",
    };
  });
}

/** The checks Object.set applies before calling a setter: the engine ignores mismatched types. */
function valueFitsType(value: Variant, godotType: string): boolean {
  switch (godotType) {
    case "bool":
      return typeof value === "boolean";
    case "int":
    case "float":
      return typeof value === "number";
    case "String":
    case "StringName":
    case "NodePath":
      return typeof value === "string";
    case "PackedByteArray":
      return value instanceof Uint8Array;
    default:
      return true;
  }
}

function indexInto(value: Variant, key: string): Variant {
  if (value instanceof GodotObject) return value.get(key);
  if (Array.isArray(value)) return (value[Number(key)] ?? null) as Variant;
  if (value !== null && typeof value === "object")
    return ((value as Record<string, unknown>)[key] ?? null) as Variant;
  return null;
}

// Object's constants as static, read-only members (declared on the class above for the types).
defineConstants(GodotObject, Object_constants);
