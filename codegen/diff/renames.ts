/**
 * Rename detection. An element present only in the old version and one present only in the new
 * version are reported as one rename (breaking) instead of an unrelated removal and addition when
 * a rule below pairs them. Rules, strongest first:
 *
 * - classes: listed in known-renames.json (Godot's own 3→4 converter table); otherwise the same
 *   non-empty brief description, unique on both sides (Reference → RefCounted: "Base class for
 *   reference-counted objects."); otherwise the same base class and at least 70% of member names
 *   in common (name words break ties).
 * - constants and enum values: the same value, in the same (possibly renamed) enum, and names at
 *   least 65% similar after word substitutions (STATUS_SSL_HANDSHAKE_ERROR →
 *   STATUS_TLS_HANDSHAKE_ERROR).
 * - enums: at least half of the old value names found in the new enum, or names 75% similar with
 *   the same number of values.
 * - methods, properties, signals: names at least 75% similar and a compatible shape (same
 *   parameter count for methods and signals, a related type for properties).
 *
 * Similarity is 1 − normalized edit distance (similarity.ts). Pairing is greedy, best score
 * first, one-to-one, with ties broken by document position so the result is deterministic.
 */
import type { ClassModel, Corpus } from "../ir/types.js";
import { applyTerms, classNameSimilarity } from "./similarity.js";
import type { KnownRenames } from "./types.js";

export interface RenameScore {
  readonly score: number;
  readonly reason: string;
}

export interface RenamePair<T> {
  readonly old: T;
  readonly new: T;
  readonly reason: string;
}

export interface Pairing<T> {
  readonly pairs: readonly RenamePair<T>[];
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/** Greedy one-to-one pairing of removed and added elements by score (null = never a rename). */
export function pairRenames<T>(
  removed: readonly T[],
  added: readonly T[],
  score: (oldItem: T, newItem: T) => RenameScore | null,
): Pairing<T> {
  const candidates: { i: number; j: number; score: number; reason: string }[] = [];
  for (let i = 0; i < removed.length; i++) {
    for (let j = 0; j < added.length; j++) {
      const result = score(removed[i] as T, added[j] as T);
      if (result !== null) candidates.push({ i, j, score: result.score, reason: result.reason });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j,
  );
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: RenamePair<T>[] = [];
  for (const candidate of candidates) {
    if (usedOld.has(candidate.i) || usedNew.has(candidate.j)) continue;
    usedOld.add(candidate.i);
    usedNew.add(candidate.j);
    pairs.push({
      old: removed[candidate.i] as T,
      new: added[candidate.j] as T,
      reason: candidate.reason,
    });
  }
  return {
    pairs,
    removed: removed.filter((_, i) => !usedOld.has(i)),
    added: added.filter((_, j) => !usedNew.has(j)),
  };
}

function normalizedBrief(model: ClassModel): string {
  return model.brief.replace(/\s+/g, " ").trim().toLowerCase();
}

function memberNames(model: ClassModel, terms: Readonly<Record<string, string>>): Set<string> {
  const names = [...model.methods, ...model.properties, ...model.signals, ...model.constants].map(
    (m) => m.name,
  );
  return new Set(names.map((name) => applyTerms(name, terms)));
}

/** Counts how often each brief occurs, so only briefs unique on their side can pair classes. */
function briefCounts(models: readonly ClassModel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const model of models) {
    const brief = normalizedBrief(model);
    if (brief !== "") counts.set(brief, (counts.get(brief) ?? 0) + 1);
  }
  return counts;
}

const MIN_SHARED_MEMBERS = 4;
const MIN_MEMBER_OVERLAP = 0.7;

/** Pairs classes that exist only in the old corpus with classes that exist only in the new one. */
export function detectClassRenames(
  oldCorpus: Corpus,
  newCorpus: Corpus,
  known: KnownRenames,
): Pairing<string> {
  const removed = [...oldCorpus.classes.keys()]
    .filter((name) => !newCorpus.classes.has(name))
    .sort();
  const added = [...newCorpus.classes.keys()].filter((name) => !oldCorpus.classes.has(name)).sort();
  const oldModels = removed.map((name) => oldCorpus.classes.get(name) as ClassModel);
  const newModels = added.map((name) => newCorpus.classes.get(name) as ClassModel);
  const oldBriefs = briefCounts(oldModels);
  const newBriefs = briefCounts(newModels);
  const knownPairs = new Map(Object.entries(known.classes));
  const memberCache = new Map<ClassModel, Set<string>>();
  const membersOf = (model: ClassModel): Set<string> => {
    let names = memberCache.get(model);
    if (names === undefined) {
      names = memberNames(model, known.terms);
      memberCache.set(model, names);
    }
    return names;
  };

  const result = pairRenames(oldModels, newModels, (oldModel, newModel) => {
    if (knownPairs.get(oldModel.name) === newModel.name) {
      return { score: 3, reason: "known Godot 3→4 rename (codegen/diff/known-renames.json)" };
    }
    const brief = normalizedBrief(oldModel);
    if (
      brief !== "" &&
      brief === normalizedBrief(newModel) &&
      oldBriefs.get(brief) === 1 &&
      newBriefs.get(brief) === 1
    ) {
      return { score: 2, reason: `identical brief description: "${oldModel.brief.trim()}"` };
    }
    const oldBase =
      oldModel.inherits === null ? null : (known.classes[oldModel.inherits] ?? oldModel.inherits);
    if (oldBase !== newModel.inherits) return null;
    const oldMembers = membersOf(oldModel);
    const newMembers = membersOf(newModel);
    let shared = 0;
    for (const name of oldMembers) if (newMembers.has(name)) shared++;
    const overlap = shared / (oldMembers.size + newMembers.size - shared || 1);
    if (shared < MIN_SHARED_MEMBERS || overlap < MIN_MEMBER_OVERLAP) return null;
    // Name words break ties between look-alike candidates (PhysicsDirectSpaceState 2D vs 3D).
    const score = 1 + overlap / 2 + classNameSimilarity(oldModel.name, newModel.name) / 4;
    return {
      score,
      reason: `same base class and ${Math.round(overlap * 100)}% of member names in common`,
    };
  });
  return {
    pairs: result.pairs.map((pair) => ({
      old: pair.old.name,
      new: pair.new.name,
      reason: pair.reason,
    })),
    removed: result.removed.map((model) => model.name),
    added: result.added.map((model) => model.name),
  };
}
