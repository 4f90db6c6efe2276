/**
 * Name similarity for rename detection. Names are compared after the known word substitutions
 * (`SSL` → `TLS`), so `STATUS_SSL_HANDSHAKE_ERROR` and `STATUS_TLS_HANDSHAKE_ERROR` score 1.
 */

/** Edit distance, with an early exit once it must exceed `limit` (keeps big classes fast). */
function levenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Splits `STATUS_SSL_HANDSHAKE_ERROR` / `get_ssl_mode` / `StreamPeerSSL` into words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split("_")
    .filter((word) => word.length > 0);
}

/** Applies word substitutions (`SSL` → `TLS`) so renamed terms stop counting as differences. */
export function applyTerms(name: string, terms: Readonly<Record<string, string>>): string {
  // A leading underscore marks a virtual method in Godot 4: it is part of the name, not a separator.
  const prefix = /^_*/.exec(name)?.[0] ?? "";
  const body = words(name)
    .map((word) => terms[word] ?? word)
    .join("_");
  return `${prefix}${body}`.toLowerCase();
}

/** Words of a class name: `Physics2DDirectSpaceState` → Physics, 2D, Direct, Space, State. */
function classNameWords(name: string): string[] {
  return name.match(/\d+[A-Z]?|[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+/g) ?? [];
}

/** Share of words two class names have in common, order ignored (Jaccard). */
export function classNameSimilarity(a: string, b: string): number {
  const left = new Set(classNameWords(a));
  const right = new Set(classNameWords(b));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared || 1);
}

/**
 * 1 for identical (after substitutions), falling toward 0 as the normalized edit distance grows.
 * Returns 0 without computing when the score could not reach `threshold`.
 */
export function nameSimilarity(
  oldName: string,
  newName: string,
  terms: Readonly<Record<string, string>>,
  threshold = 0,
): number {
  const a = applyTerms(oldName, terms);
  const b = applyTerms(newName, terms);
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  const limit = Math.floor((1 - threshold) * longest);
  const distance = levenshtein(a, b, limit);
  if (distance > limit) return 0;
  return 1 - distance / longest;
}
