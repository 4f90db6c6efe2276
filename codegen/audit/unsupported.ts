/**
 * The implementation's explicit list of members it does not implement, each with a reason.
 * Members on it are reported as unsupported and counted as missing.
 *
 * Accepted shapes of the `unsupported` export (so the list can be written however reads best):
 * - `{ Class: { member: "reason" } }` (plain object or Map of Maps);
 * - `{ "Class.member": "reason" }`;
 * - `[{ class | className, member | name, reason }]`.
 */
export type UnsupportedIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

function add(
  index: Map<string, Map<string, string>>,
  className: string,
  member: string,
  reason: unknown,
): void {
  let members = index.get(className);
  if (members === undefined) {
    members = new Map();
    index.set(className, members);
  }
  members.set(member, typeof reason === "string" ? reason : "unsupported");
}

function entriesOf(value: unknown): [string, unknown][] {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]);
  if (typeof value === "object" && value !== null) return Object.entries(value);
  return [];
}

export function normalizeUnsupported(list: unknown): UnsupportedIndex {
  const index = new Map<string, Map<string, string>>();
  if (Array.isArray(list)) {
    for (const item of list as Record<string, unknown>[]) {
      const className = item["class"] ?? item["className"];
      const member = item["member"] ?? item["name"];
      if (typeof className === "string" && typeof member === "string")
        add(index, className, member, item["reason"]);
    }
    return index;
  }
  for (const [key, value] of entriesOf(list)) {
    const dot = key.indexOf(".");
    if (typeof value === "string" && dot > 0)
      add(index, key.slice(0, dot), key.slice(dot + 1), value);
    else for (const [member, reason] of entriesOf(value)) add(index, key, member, reason);
  }
  return index;
}

export function unsupportedReason(
  index: UnsupportedIndex,
  className: string,
  member: string,
): string | undefined {
  return index.get(className)?.get(member);
}
