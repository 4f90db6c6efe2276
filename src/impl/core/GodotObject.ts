import type { Callable, Dictionary, Variant } from "../../../generated/builtins.js";
import { Object_constants, type Object as ObjectApi } from "../../../generated/Object.js";
import { planCall } from "./callPlan.js";
import { findMethod, findProperty, findSignal, inheritsFrom } from "./classMetadata.js";
import { defineConstants } from "./defineConstants.js";
import { reportEngineError } from "./engineError.js";
import { Error as GodotError } from "./godotError.js";
import { nextInstanceId } from "./instanceIds.js";
import { indexInto, valueFitsType } from "./propertyValues.js";
import {
  classMethodList,
  classPropertyList,
  classSignalList,
  scriptMethodDictionary,
  valuePropertyInfo,
} from "./reflectionLists.js";
import {
  isScriptField,
  isScriptMethod,
  metadataClassOf,
  methodOf,
  scriptFields,
  scriptMethodNames,
  type AnyFunction,
} from "./scriptMembers.js";
import { SignalHub } from "./signalHub.js";
import { PropertyUsage } from "./variantTypes.js";

const NOTIFICATION_PREDELETE = Object_constants.NOTIFICATION_PREDELETE;

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
  readonly #signals = new SignalHub({
    object: this,
    hasClassSignal: (signal) => findSignal(metadataClassOf(this), signal) !== undefined,
    className: () => this.get_class(),
  });
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
    return inheritsFrom(metadataClassOf(this), class_) || this.get_class() === class_;
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

  /** The property's value through `_get`, its documented getter, or a script field; null if none. */
  get(property: string): Variant {
    if (this.#checkFreed("get")) return null;
    const custom = (this as Virtuals)._get;
    if (typeof custom === "function") {
      const value = custom.call(this, property);
      if (value !== null && value !== undefined) return value;
    }
    const meta = findProperty(metadataClassOf(this), property);
    if (meta?.getter) return (methodOf(this, meta.getter)?.call(this) ?? null) as Variant;
    if (property.startsWith("metadata/"))
      return this.#meta.get(property.slice("metadata/".length)) ?? null;
    if (isScriptField(this, property)) return this.#field(property) as Variant;
    return null;
  }

  /** Sets through `_set`, the documented setter, or a script field; nothing happens otherwise or on a type mismatch. */
  set(property: string, value: Variant): void {
    if (this.#checkFreed("set")) return;
    const custom = (this as Virtuals)._set;
    if (typeof custom === "function" && custom.call(this, property, value) === true) return;
    const meta = findProperty(metadataClassOf(this), property);
    if (meta?.setter) {
      if (valueFitsType(value, meta.type)) methodOf(this, meta.setter)?.call(this, value);
      return;
    }
    if (property.startsWith("metadata/"))
      return this.set_meta(property.slice("metadata/".length), value);
    if (isScriptField(this, property))
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
    const last = keys.pop();
    if (last === undefined) return this.set(property, value);
    const root = this.get(property);
    let container: Variant = root;
    for (const key of keys) container = indexInto(container, key);
    if (container instanceof GodotObject) container.set(last, value);
    else if (container !== null && typeof container === "object") {
      (container as Record<string, unknown>)[last] = value;
    } else return reportEngineError(`set_indexed: cannot index into "${property_path}"`);
    // Arrays and dictionaries are shared by reference here, but a setter may copy: write back.
    this.set(property, root);
  }

  get_property_list(): Dictionary[] {
    const usage = PropertyUsage.SCRIPT_VARIABLE | PropertyUsage.DEFAULT;
    const list = [
      ...scriptFields(this).map((field) => valuePropertyInfo(field, this.#field(field), usage)),
      ...classPropertyList(metadataClassOf(this)),
    ];
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
    const plan = planCall(this, this.get_class(), method, arg_array);
    if (typeof plan === "string") {
      reportEngineError(plan);
      return null;
    }
    return (plan.fn.apply(plan.self, plan.args) ?? null) as Variant;
  }

  /** Runs call() in a microtask (the engine defers to the end of the frame). Returns null. */
  call_deferred(method: string, ...args: Variant[]): Variant {
    queueMicrotask(() => this.callv(method, args));
    return null;
  }

  has_method(method: string): boolean {
    const meta = findMethod(metadataClassOf(this), method);
    if (meta && !meta.virtual) return true;
    return (
      (meta !== undefined || isScriptMethod(this, method)) && methodOf(this, method) !== undefined
    );
  }

  /** The number of parameters (vararg extras not counted); 0 and an error for an unknown method. */
  get_method_argument_count(method: string): number {
    const meta = findMethod(metadataClassOf(this), method);
    if (meta) return meta.params.length;
    const fn = isScriptMethod(this, method) ? methodOf(this, method) : undefined;
    if (fn) return fn.length;
    reportEngineError(
      `get_method_argument_count: method "${method}" not found in ${this.get_class()}`,
    );
    return 0;
  }

  get_method_list(): Dictionary[] {
    const script = scriptMethodNames(this).map((name, index) =>
      scriptMethodDictionary(name, methodOf(this, name)!, index),
    );
    return [...script, ...classMethodList(metadataClassOf(this), script.length)];
  }

  // --- Signals (rules in signalHub.ts) ---------------------------------------------------------

  has_signal(signal: string): boolean {
    return this.#signals.has(signal);
  }

  has_user_signal(signal: string): boolean {
    return this.#signals.hasUser(signal);
  }

  /** `arguments_` holds `{ name, type }` dictionaries, as in the engine. A class signal's name is refused. */
  add_user_signal(signal: string, arguments_: Variant[] = []): void {
    this.#signals.addUser(signal, arguments_);
  }

  /** Removes a user signal and its connections; class signals cannot be removed. */
  remove_user_signal(signal: string): void {
    this.#signals.removeUser(signal);
  }

  get_signal_list(): Dictionary[] {
    return [...classSignalList(metadataClassOf(this)), ...this.#signals.userSignalList()];
  }

  /**
   * ERR_INVALID_PARAMETER for an unknown signal, a value that is not a Callable, or a second
   * connection of the same callable (unless CONNECT_REFERENCE_COUNTED, which counts it).
   */
  connect(signal: string, callable: Callable, flags: number = 0): GodotError {
    if (this.#checkFreed("connect")) return GodotError.ERR_INVALID_PARAMETER;
    return this.#signals.connect(signal, callable, flags);
  }

  /** Reports an error when the connection does not exist. Reference-counted connections go at zero. */
  disconnect(signal: string, callable: Callable): void {
    this.#signals.disconnect(signal, callable);
  }

  /** False, with an error reported, for a signal that does not exist. */
  is_connected(signal: string, callable: Callable): boolean {
    return this.#signals.isConnected(signal, callable);
  }

  /** False, with an error reported, for a signal that does not exist. */
  has_connections(signal: string): boolean {
    return this.#signals.hasConnections(signal);
  }

  /** `[{ signal: { object, name }, callable, flags }]` as the engine's Signal/Callable pairs. */
  get_signal_connection_list(signal: string): Dictionary[] {
    return this.#signals.connectionList(signal);
  }

  /** Connections whose callable is `{ object: this, method }`, from any emitter. */
  get_incoming_connections(): Dictionary[] {
    return this.#signals.incomingList();
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
    return this.#signals.emit(signal, args);
  }

  set_block_signals(enable: boolean): void {
    this.#signals.blocked = enable;
  }

  is_blocking_signals(): boolean {
    return this.#signals.blocked;
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
    this.#signals.dropAll();
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

  #field(name: string): unknown {
    return (this as unknown as Record<string, unknown>)[name] ?? null;
  }

  #checkFreed(what: string): boolean {
    if (this.#freed) reportEngineError(`${what}: the ${this.get_class()} instance was freed`);
    return this.#freed;
  }
}

// Object's constants as static, read-only members (declared on the class above for the types).
defineConstants(GodotObject, Object_constants);
