/**
 * Where this implementation reports what the engine would print with ERR_FAIL_* / push_error:
 * a process warning (code GODOT_ERROR), which does not interrupt the caller, as in Godot.
 */
export function reportEngineError(message: string): void {
  process.emitWarning(message, { code: "GODOT_ERROR" });
}
