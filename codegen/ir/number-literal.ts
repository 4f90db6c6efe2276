/**
 * Godot's class XML writes numbers as text: constant and enum values (`value="-1"`,
 * `value="0x7FFFFFFF"`) and parameter/property defaults (`default="1e-05"`, `default=".5"`).
 * The class planner (emitted constants, @GlobalScope, metadata), the audit's documented
 * constant values and the metadata `defaultValue` of parameters all read them with this one
 * parser, so they agree on which forms are numbers and on their values.
 */

/** Optional sign, then `12`, `1.5`, `.5` or `5.`, then an optional exponent (`1e-3`, `1E+06`). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Optional sign, then a hex integer (`0x1F`, `0X1f`). */
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]+)$/;

/**
 * The value of a numeric literal as the XML writes it (surrounding whitespace ignored), or null
 * when the text is anything else (`inf`, `nan`, `Vector2(0, 0)`, `1_000`, empty).
 * `Number()` alone would not do: it gives NaN for a signed hex (`-0x10`) and accepts forms
 * the XML never writes (`0b1`, `Infinity`, empty text as 0). Never returns NaN.
 */
export function parseNumberLiteral(written: string): number | null {
  const text = written.trim();
  if (DECIMAL.test(text)) return Number(text);
  const hex = HEX.exec(text);
  if (hex === null) return null;
  const magnitude = Number(`0x${hex[2]}`);
  return hex[1] === "-" ? -magnitude : magnitude;
}
