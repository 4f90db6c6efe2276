/**
 * The shape of an API diff between two corpora (two Godot versions' class references).
 * Every formatter (text, markdown, JSON) renders this and nothing else, so the JSON output is
 * exactly this structure.
 */

/** What kind of API element an entry is about. Enum values are reported apart from plain constants. */
export type MemberKind =
  | "class"
  | "constructor"
  | "operator"
  | "method"
  | "property"
  | "signal"
  | "constant"
  | "enum"
  | "enum-value";

/**
 * - added / removed: exists on one side only;
 * - renamed: paired across versions by a rename rule (see renames.ts), possibly with changes too;
 * - changed: same name on both sides, something about it differs.
 */
export type EntryKind = "added" | "removed" | "changed" | "renamed";

/** The aspect of an element a change is about. */
export type ChangeAspect =
  | "inherits"
  | "return-type"
  | "type"
  | "parameters"
  | "parameter-name"
  | "parameter-type"
  | "parameter-default"
  | "parameter-added"
  | "parameter-removed"
  | "parameters-replaced"
  | "static"
  | "const"
  | "vararg"
  | "virtual"
  | "default"
  | "value"
  | "setter"
  | "getter"
  | "bitfield"
  | "enum"
  | "deprecated"
  | "experimental"
  | "description";

export interface Change {
  readonly aspect: ChangeAspect;
  /** Human-readable, self-contained: `use_ssl: bool = false → tls_options: TLSOptions = null`. */
  readonly detail: string;
  readonly old?: string;
  readonly new?: string;
  readonly breaking: boolean;
}

export interface DiffEntry {
  readonly kind: EntryKind;
  readonly member: MemberKind;
  /** Class name in the new version (the old one for a removal). */
  readonly className: string;
  /** Class name in the old version (the new one for an addition); differs from className for a renamed class. */
  readonly oldClassName: string;
  /** Element name in the new version (the old one for a removal); the class name for class entries. */
  readonly name: string;
  /** Element name in the old version; differs from name for a rename. */
  readonly oldName: string;
  /** Breaking for code written against the old version. */
  readonly breaking: boolean;
  readonly changes: readonly Change[];
  /** For renames: which rule paired the two names. */
  readonly renameReason?: string;
}

export interface DiffSummary {
  readonly classes: Readonly<Record<EntryKind, number>>;
  readonly members: Readonly<Record<EntryKind, number>>;
  readonly breaking: number;
  readonly total: number;
}

export interface DiffReport {
  readonly oldVersion: string | null;
  readonly newVersion: string | null;
  readonly summary: DiffSummary;
  /** Sorted by class name, then member kind, then member name. */
  readonly entries: readonly DiffEntry[];
}

export interface DiffOptions {
  /** Also report description-only changes (never breaking). Off by default: they are noisy. */
  readonly includeDescriptions?: boolean;
  /** Known renames to apply before the heuristics; defaults to codegen/diff/known-renames.json. */
  readonly knownRenames?: KnownRenames;
}

/** The data file of renames the heuristics may not find on their own. */
export interface KnownRenames {
  /** Old class (or built-in type) name → new name. */
  readonly classes: Readonly<Record<string, string>>;
  /** Word substitutions applied to member names before comparing them (`SSL` → `TLS`). */
  readonly terms: Readonly<Record<string, string>>;
}
