/**
 * Gives an implementation class its generated constants and enum objects as static properties.
 * They are non-writable and non-configurable so they behave like GDScript constants, and they
 * inherit along the class chain (`HTTPClient.NOTIFICATION_PREDELETE`), as static members do.
 */
export function defineConstants<C extends object, K extends object>(
  target: C,
  constants: K,
): C & K {
  for (const [name, value] of Object.entries(constants)) {
    Object.defineProperty(target, name, {
      value,
      enumerable: true,
      writable: false,
      configurable: false,
    });
  }
  return target as C & K;
}
