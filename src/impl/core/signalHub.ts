/**
 * The signal side of one Object: its connections, user signals, incoming connections and the
 * blocked flag, with the engine's rules (object.cpp) for connect, disconnect and emit.
 */
import type { Dictionary, Variant } from "../../../generated/builtins.js";
import { Object_constants } from "../../../generated/Object.js";
import { asCallable, callableTarget, invokeCallable, type CallableValue } from "./callables.js";
import { reportEngineError } from "./engineError.js";
import { Error as GodotError } from "./godotError.js";
import { signalDictionary } from "./reflectionLists.js";
import { ConnectionTable, type Connection, type UserSignal } from "./signalConnections.js";

const {
  CONNECT_DEFERRED,
  CONNECT_ONE_SHOT,
  CONNECT_REFERENCE_COUNTED,
  CONNECT_APPEND_SOURCE_OBJECT,
} = Object_constants;

/** What a hub needs to know about the object that owns it. */
export interface SignalOwner {
  readonly object: object;
  /** Whether the owner's class (metadata) declares this signal. */
  hasClassSignal(signal: string): boolean;
  /** The class name, for messages. */
  className(): string;
}

interface IncomingConnection {
  readonly source: SignalHub;
  readonly connection: Connection;
}

/** Hubs by owner object, so a `{ object, method }` connection can be recorded on the receiver. */
const hubs = new WeakMap<object, SignalHub>();

export class SignalHub {
  readonly #owner: SignalOwner;
  readonly #connections = new ConnectionTable();
  readonly #incoming = new Set<IncomingConnection>();
  readonly #userSignals = new Map<string, UserSignal>();
  blocked = false;

  constructor(owner: SignalOwner) {
    this.#owner = owner;
    hubs.set(owner.object, this);
  }

  has(signal: string): boolean {
    return this.#owner.hasClassSignal(signal) || this.#userSignals.has(signal);
  }

  hasUser(signal: string): boolean {
    return this.#userSignals.has(signal);
  }

  addUser(signal: string, arguments_: readonly Variant[]): void {
    if (this.#owner.hasClassSignal(signal)) {
      return reportEngineError(
        `add_user_signal: "${signal}" already exists as a signal of ${this.#owner.className()}`,
      );
    }
    if (this.#userSignals.has(signal))
      return reportEngineError(`add_user_signal: user signal "${signal}" already exists`);
    this.#userSignals.set(signal, { name: signal, arguments: [...arguments_] });
  }

  removeUser(signal: string): void {
    if (!this.#userSignals.has(signal))
      return reportEngineError(`remove_user_signal: no user signal "${signal}"`);
    for (const connection of this.#connections.list(signal)) this.#drop(connection);
    this.#userSignals.delete(signal);
  }

  userSignalList(): Dictionary[] {
    return [...this.#userSignals.values()].map((user) =>
      signalDictionary(user.name, userSignalParams(user)),
    );
  }

  connect(signal: string, callable: unknown, flags: number): GodotError {
    const target = asCallable(callable);
    if (target === null) {
      reportEngineError(
        `connect: the callable for "${signal}" is not a function or { object, method }`,
      );
      return GodotError.ERR_INVALID_PARAMETER;
    }
    if (!this.exists("connect", signal)) return GodotError.ERR_INVALID_PARAMETER;
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
    const receiverHub = receiverHubOf(target);
    if (receiverHub) receiverHub.#incoming.add({ source: this, connection });
    return GodotError.OK;
  }

  disconnect(signal: string, callable: unknown): void {
    const target = asCallable(callable);
    const existing = target ? this.#connections.find(signal, target) : undefined;
    if (!existing)
      return reportEngineError(`disconnect: signal "${signal}" is not connected to this callable`);
    existing.references -= 1;
    if (existing.references <= 0 || !(existing.flags & CONNECT_REFERENCE_COUNTED))
      this.#drop(existing);
  }

  isConnected(signal: string, callable: unknown): boolean {
    if (!this.exists("is_connected", signal)) return false;
    const target = asCallable(callable);
    return target !== null && this.#connections.find(signal, target) !== undefined;
  }

  hasConnections(signal: string): boolean {
    if (!this.exists("has_connections", signal)) return false;
    return this.#connections.list(signal).length > 0;
  }

  connectionList(signal: string): Dictionary[] {
    return this.#connections
      .list(signal)
      .map((connection) => connectionDictionary(this.#owner.object, connection));
  }

  incomingList(): Dictionary[] {
    return [...this.#incoming].map(({ source, connection }) =>
      connectionDictionary(source.#owner.object, connection),
    );
  }

  emit(signal: string, args: readonly Variant[]): GodotError {
    if (this.blocked) return GodotError.ERR_CANT_ACQUIRE_RESOURCE;
    if (!this.exists("emit_signal", signal)) return GodotError.ERR_UNAVAILABLE;
    const connections = this.#connections.list(signal);
    // The engine keeps an entry for a class signal only while it is connected; user signals always have one.
    if (connections.length === 0 && !this.#userSignals.has(signal))
      return GodotError.ERR_UNAVAILABLE;
    for (const connection of connections) {
      if (connection.flags & CONNECT_ONE_SHOT) this.#drop(connection);
      const callArgs =
        connection.flags & CONNECT_APPEND_SOURCE_OBJECT ? [...args, this.#owner.object] : args;
      const run = (): void => runHandler(signal, connection.callable, callArgs);
      if (connection.flags & CONNECT_DEFERRED) queueMicrotask(run);
      else run();
    }
    return GodotError.OK;
  }

  /** Drops every connection to and from the owner (Object.free). */
  dropAll(): void {
    for (const connection of this.#connections.all()) this.#drop(connection);
    for (const { source, connection } of [...this.#incoming]) source.#drop(connection);
  }

  /** True if the signal exists; otherwise reports it for `caller` and returns false. */
  exists(caller: string, signal: string): boolean {
    if (this.has(signal)) return true;
    reportEngineError(`${caller}: nonexistent signal "${signal}" in ${this.#owner.className()}`);
    return false;
  }

  #drop(connection: Connection): void {
    this.#connections.remove(connection);
    const receiverHub = receiverHubOf(connection.callable);
    if (!receiverHub) return;
    for (const entry of receiverHub.#incoming) {
      if (entry.connection === connection) receiverHub.#incoming.delete(entry);
    }
  }
}

/** The hub of the object a `{ object, method }` callable calls into (it lists incoming connections). */
function receiverHubOf(callable: CallableValue): SignalHub | undefined {
  const receiver = callableTarget(callable);
  return receiver === null ? undefined : hubs.get(receiver);
}

function runHandler(signal: string, callable: CallableValue, args: readonly unknown[]): void {
  try {
    invokeCallable(callable, args);
  } catch (error) {
    reportEngineError(`Error calling a handler of signal "${signal}": ${String(error)}`);
  }
}

function connectionDictionary(source: object, connection: Connection): Dictionary {
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
