/**
 * The one list of documented members this implementation does not support, with the reason.
 * The parity audit counts them as unsupported (missing). A member listed here may still exist on
 * the class for type conformance, but then it only does what the engine does on failure (an
 * error code, null, or a reported error) and never pretends to work.
 *
 * Class → member → reason.
 */
export const unsupportedMembers: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Object: {
    set_script:
      "There is no script language runtime (GDScript, C#) in Node.js; JS subclasses play the role of scripts. Reports an error and attaches nothing; get_script() stays null.",
    _init: "Not called by the core: JS subclasses initialize in their constructor instead.",
    _iter_init:
      "GDScript's `for x in object` protocol has no JS counterpart here (use Symbol.iterator).",
    _iter_next:
      "GDScript's `for x in object` protocol has no JS counterpart here (use Symbol.iterator).",
    _iter_get:
      "GDScript's `for x in object` protocol has no JS counterpart here (use Symbol.iterator).",
  },
  StreamPeer: {
    put_var:
      "Godot's binary Variant serialization (marshalls.cpp) is not implemented. Reports an error and sends nothing.",
    get_var:
      "Godot's binary Variant serialization (marshalls.cpp) is not implemented. Reports an error, reads nothing and returns null.",
  },
};

export function isUnsupported(className: string, member: string): boolean {
  return unsupportedMembers[className]?.[member] !== undefined;
}
