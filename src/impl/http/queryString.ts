/**
 * HTTPClient.query_string_from_dict: keys and values URI-encoded as Godot's String.uri_encode
 * does (unreserved characters `A-Z a-z 0-9 - _ . ~` kept, every other UTF-8 byte as `%XX`), a null
 * value gives a bare key, an array repeats the key per element, pairs joined by `&` in order.
 */
export function queryStringFromDict(
  fields: Record<string, unknown> | Map<unknown, unknown>,
): string {
  const entries = fields instanceof Map ? [...fields.entries()] : Object.entries(fields);
  const pairs: string[] = [];
  for (const [key, value] of entries) {
    const encodedKey = uriEncode(variantToString(key));
    if (value === null || value === undefined) pairs.push(encodedKey);
    else if (Array.isArray(value)) {
      for (const element of value)
        pairs.push(`${encodedKey}=${uriEncode(variantToString(element))}`);
    } else pairs.push(`${encodedKey}=${uriEncode(variantToString(value))}`);
  }
  return pairs.join("&");
}

/** Godot's String.uri_encode. Works on UTF-8 bytes, so lone surrogates cannot throw as in encodeURIComponent. */
export function uriEncode(text: string): string {
  let encoded = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const unreserved =
      (byte >= 0x41 && byte <= 0x5a) || // A-Z
      (byte >= 0x61 && byte <= 0x7a) || // a-z
      (byte >= 0x30 && byte <= 0x39) || // 0-9
      byte === 0x2d || // -
      byte === 0x5f || // _
      byte === 0x2e || // .
      byte === 0x7e; // ~
    encoded += unreserved
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return encoded;
}

/** String(variant) as GDScript prints it, for the value kinds a query string can hold. */
function variantToString(value: unknown): string {
  if (value === null || value === undefined) return "<null>";
  if (Array.isArray(value)) return `[${value.map(variantToString).join(", ")}]`;
  if (typeof value === "object") {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(variantToString(k))}: ${variantToString(v)}`).join(", ")} }`;
  }
  return String(value);
}
