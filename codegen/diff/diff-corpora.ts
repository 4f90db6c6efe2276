/**
 * The diff stage's entry point: compares two corpora (IR from codegen/read) and returns a
 * DiffReport. Three passes, because later ones need what earlier ones found:
 *   1. pair classes (same name, or a rename) → the class rename map;
 *   2. pair each class pair's enums → the enum rename map (member types refer to enums);
 *   3. diff every member of every class pair, with both maps applied to type comparisons.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../package-root.js";
import type { ClassModel, Corpus } from "../ir/types.js";
import type { CompareContext } from "./compare-members.js";
import { diffClassPair, matchEnums, qualifiedEnum, type ClassPair } from "./diff-class.js";
import { detectClassRenames } from "./renames.js";
import type {
  DiffEntry,
  DiffOptions,
  DiffReport,
  DiffSummary,
  EntryKind,
  KnownRenames,
  MemberKind,
} from "./types.js";

/**
 * Found from the package root, not beside this module: tsc does not copy JSON into dist/, while
 * the package ships codegen/ itself (package.json `files`).
 */
const KNOWN_RENAMES_FILE = path.join(packageRoot(), "codegen", "diff", "known-renames.json");

/** The bundled data file of known renames (Godot 3→4 class and built-in type renames). */
export function loadKnownRenames(): KnownRenames {
  const data = JSON.parse(readFileSync(KNOWN_RENAMES_FILE, "utf8")) as Partial<KnownRenames>;
  return { classes: data.classes ?? {}, terms: data.terms ?? {} };
}

const MEMBER_ORDER: readonly MemberKind[] = [
  "class",
  "enum",
  "enum-value",
  "constant",
  "property",
  "constructor",
  "method",
  "operator",
  "signal",
];

function compareEntries(a: DiffEntry, b: DiffEntry): number {
  return (
    a.className.localeCompare(b.className, "en") ||
    MEMBER_ORDER.indexOf(a.member) - MEMBER_ORDER.indexOf(b.member) ||
    a.name.localeCompare(b.name, "en") ||
    a.oldName.localeCompare(b.oldName, "en")
  );
}

export function summarize(entries: readonly DiffEntry[]): DiffSummary {
  const zero = (): Record<EntryKind, number> => ({ added: 0, removed: 0, changed: 0, renamed: 0 });
  const classes = zero();
  const members = zero();
  let breaking = 0;
  for (const entry of entries) {
    (entry.member === "class" ? classes : members)[entry.kind] += 1;
    if (entry.breaking) breaking += 1;
  }
  return { classes, members, breaking, total: entries.length };
}

function classEntry(kind: "added" | "removed", model: ClassModel): DiffEntry {
  return {
    kind,
    member: "class",
    className: model.name,
    oldClassName: model.name,
    name: model.name,
    oldName: model.name,
    breaking: kind === "removed",
    changes: [],
  };
}

export function diffCorpora(
  oldCorpus: Corpus,
  newCorpus: Corpus,
  options: DiffOptions = {},
): DiffReport {
  const known = options.knownRenames ?? loadKnownRenames();
  const classRenames = detectClassRenames(oldCorpus, newCorpus, known);

  const pairs: ClassPair[] = [];
  for (const [name, oldModel] of oldCorpus.classes) {
    const newModel = newCorpus.classes.get(name);
    if (newModel !== undefined) pairs.push({ old: oldModel, new: newModel });
  }
  for (const pair of classRenames.pairs) {
    const oldModel = oldCorpus.classes.get(pair.old) as ClassModel;
    const newModel = newCorpus.classes.get(pair.new) as ClassModel;
    pairs.push({ old: oldModel, new: newModel, renameReason: pair.reason });
  }

  const classes = new Map(classRenames.pairs.map((pair) => [pair.old, pair.new]));
  const enums = new Map<string, string>();
  const context: CompareContext = {
    renames: { classes, enums },
    terms: known.terms,
    includeDescriptions: options.includeDescriptions ?? false,
  };
  for (const pair of pairs) {
    for (const matched of matchEnums(pair, context).matched) {
      const before = qualifiedEnum(pair.old.name, matched.old.name);
      const after = qualifiedEnum(pair.new.name, matched.new.name);
      if (before !== after) enums.set(before, after);
    }
  }

  const entries: DiffEntry[] = [];
  for (const pair of pairs) entries.push(...diffClassPair(pair, context));
  for (const name of classRenames.removed)
    entries.push(classEntry("removed", oldCorpus.classes.get(name) as ClassModel));
  for (const name of classRenames.added)
    entries.push(classEntry("added", newCorpus.classes.get(name) as ClassModel));
  entries.sort(compareEntries);

  return {
    oldVersion: oldCorpus.version,
    newVersion: newCorpus.version,
    summary: summarize(entries),
    entries,
  };
}
