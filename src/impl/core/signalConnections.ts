import { sameCallable, type CallableValue } from "./callables.js";

/** One connection of a signal to a callable. */
export interface Connection {
  readonly signal: string;
  readonly callable: CallableValue;
  readonly flags: number;
  /** Connections made with CONNECT_REFERENCE_COUNTED count repeated connects; others stay at 1. */
  references: number;
}

/** A user signal's declaration (add_user_signal): its argument dictionaries as given. */
export interface UserSignal {
  readonly name: string;
  readonly arguments: readonly unknown[];
}

/** The outgoing connections of one object, by signal, in connection order. */
export class ConnectionTable {
  readonly #bySignal = new Map<string, Connection[]>();

  find(signal: string, callable: CallableValue): Connection | undefined {
    return this.#bySignal
      .get(signal)
      ?.find((connection) => sameCallable(connection.callable, callable));
  }

  add(connection: Connection): void {
    const list = this.#bySignal.get(connection.signal);
    if (list) list.push(connection);
    else this.#bySignal.set(connection.signal, [connection]);
  }

  remove(connection: Connection): void {
    const list = this.#bySignal.get(connection.signal);
    if (!list) return;
    const index = list.indexOf(connection);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.#bySignal.delete(connection.signal);
  }

  /** A snapshot: emitting may connect or disconnect while the list is being walked. */
  list(signal: string): Connection[] {
    return [...(this.#bySignal.get(signal) ?? [])];
  }

  all(): Connection[] {
    return [...this.#bySignal.values()].flat();
  }

  clear(signal?: string): void {
    if (signal === undefined) this.#bySignal.clear();
    else this.#bySignal.delete(signal);
  }
}
