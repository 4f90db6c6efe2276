import { onEngineError } from "../../src/impl/core/engineError.js";

/** Runs `action` and returns its result with the engine errors it reported. */
export function captureEngineErrors<T>(action: () => T): { result: T; errors: string[] } {
  const errors: string[] = [];
  const stop = onEngineError((message) => errors.push(message));
  try {
    return { result: action(), errors };
  } finally {
    stop();
  }
}
