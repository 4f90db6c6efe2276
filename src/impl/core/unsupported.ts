/**
 * The one list of documented members this implementation does not support, with the reason.
 * The parity audit counts them as unsupported (missing). A member listed here may still exist on
 * the class for type conformance, but then it only does what the engine does on failure (an
 * error code, null, or a reported error) and never pretends to work.
 *
 * Virtual methods (`_get`, `_init`, ...) are hooks a subclass provides, not members this
 * implementation owes, so they are not listed; GodotObject.ts says which ones the core calls.
 *
 * Class → member → reason.
 */
export const unsupportedMembers: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Object: {
    set_script:
      "There is no script language runtime (GDScript, C#) in Node.js; JS subclasses play the role of scripts. Reports an error and attaches nothing; get_script() stays null.",
  },
};
