/**
 * Where this implementation reports what the engine would print with ERR_FAIL_* / push_error.
 * Each report goes to the listeners added with onEngineError (synchronously, in order) and then
 * becomes a process warning with code GODOT_ERROR. Neither interrupts the caller, as in Godot.
 */
type EngineErrorListener = (message: string) => void;

const listeners = new Set<EngineErrorListener>();

export function reportEngineError(message: string): void {
  for (const listener of listeners) listener(message);
  process.emitWarning(message, { code: "GODOT_ERROR" });
}

/** Observes reported engine errors; returns the function that stops observing. */
export function onEngineError(listener: EngineErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
