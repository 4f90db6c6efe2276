/**
 * Which archive entries become files in the cache. Only the class reference is kept, laid out as
 * in a Godot checkout so `generate --docs <cache>/<version>` reads it like one:
 *   <top>/doc/classes/*.xml, <top>/doc/class.xsd,
 *   <top>/modules/<name>/doc_classes/*.xml, <top>/platform/<name>/doc_classes/*.xml
 * where <top> is the archive's single top folder (`godot-4.6.3-stable/`), which is dropped.
 */
export type EntryVerdict =
  | { readonly kind: "keep"; readonly relativePath: string }
  | { readonly kind: "skip" }
  | { readonly kind: "refuse"; readonly reason: string };

/** Tar entry types that hold a regular file's bytes; links and devices are never written. */
const FILE_TYPES: ReadonlySet<string> = new Set(["File", "OldFile", "ContiguousFile"]);

export function classifyEntry(entryPath: string, entryType: string): EntryVerdict {
  const escape = escapeReason(entryPath);
  if (escape !== null) return { kind: "refuse", reason: escape };
  if (!FILE_TYPES.has(entryType)) return { kind: "skip" };
  const segments = entryPath.split("/").filter((segment) => segment !== "" && segment !== ".");
  const inside = segments.slice(1);
  return isClassReference(inside)
    ? { kind: "keep", relativePath: inside.join("/") }
    : { kind: "skip" };
}

/**
 * Why a path would land outside the folder it is extracted into, or null. Checked on every
 * entry, kept or not: an archive that tries this is not trusted for its other entries either.
 */
export function escapeReason(entryPath: string): string | null {
  if (entryPath.startsWith("/") || entryPath.startsWith("\\")) return "absolute path";
  if (/^[A-Za-z]:/.test(entryPath)) return "drive-letter path";
  if (entryPath.split(/[/\\]/).includes("..")) return "parent-folder (..) segment";
  if (entryPath.includes("\0")) return "NUL byte in path";
  return null;
}

function isClassReference(segments: readonly string[]): boolean {
  const [first, second, third, fourth, ...rest] = segments;
  if (first === "doc") {
    if (second === "class.xsd" && third === undefined) return true;
    return second === "classes" && isXmlName(third) && fourth === undefined;
  }
  if (first === "modules" || first === "platform") {
    return isPlainName(second) && third === "doc_classes" && isXmlName(fourth) && rest.length === 0;
  }
  return false;
}

function isXmlName(name: string | undefined): boolean {
  return isPlainName(name) && name.endsWith(".xml") && name.length > ".xml".length;
}

/** A single folder or file name that is not hidden (no `.git`-like or `.xml` alone). */
function isPlainName(name: string | undefined): name is string {
  return name !== undefined && name !== "" && !name.startsWith(".");
}
