// Builds the conformance cases from the class reference XML itself (codegen/read + model, never
// generated/): every documented method, property, constant, enum value and signal of every class
// in the bound set (codegen/manifest.json plus bases up to Object), paired with the
// implementation exported from src/impl/index.ts and its explicit unsupported list.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  boundSet,
  documentedMembers,
  loadImplementation,
  tryInstantiate,
  unsupportedReason,
  type ClassObject,
  type DocumentedMember,
  type Implementation,
} from "../../codegen/audit/index.js";
import type { Corpus } from "../../codegen/ir/types.js";
import { readCorpus } from "../../codegen/read/index.js";
import { docs4, repoRoot } from "../codegen/paths.js";

export { repoRoot };

export interface ConformanceCase {
  /** `HTTPClient.connect_to_host (method)`: what a failing test is named after. */
  readonly label: string;
  readonly member: DocumentedMember;
  readonly cls: ClassObject | undefined;
  /** The reason from the implementation's unsupported list, if the member is on it. */
  readonly unsupported: string | undefined;
}

export interface Conformance {
  readonly corpus: Corpus;
  readonly classes: readonly string[];
  readonly implementation: Implementation;
  readonly cases: readonly ConformanceCase[];
}

export async function loadConformance(): Promise<Conformance> {
  const manifest = JSON.parse(
    readFileSync(path.join(repoRoot, "codegen/manifest.json"), "utf8"),
  ) as {
    classes: string[];
  };
  const corpus = await readCorpus({ root: docs4 });
  const classes = boundSet(corpus, manifest.classes);
  const implementation = await loadImplementation(path.join(repoRoot, "src/impl/index.ts"));
  const cases: ConformanceCase[] = [];
  for (const className of classes) {
    const model = corpus.classes.get(className);
    if (model === undefined) continue;
    const cls = implementation.classes.get(className);
    for (const member of documentedMembers(model)) {
      const kind =
        member.kind === "constant" && member.enumName !== null
          ? `enum ${member.enumName}`
          : member.kind;
      cases.push({
        label: `${className}.${member.name} (${kind})`,
        member,
        cls,
        unsupported: unsupportedReason(implementation.unsupported, className, member.name),
      });
    }
  }
  return { corpus, classes, implementation, cases };
}

const instances = new Map<ClassObject, object | null>();

/** One fresh instance per class and test file (null when the class cannot be constructed). */
export function freshInstance(cls: ClassObject): object | null {
  return tryInstantiate(cls);
}

/** A shared instance for read-only probes. */
export function sharedInstance(cls: ClassObject): object | null {
  if (!instances.has(cls)) instances.set(cls, tryInstantiate(cls));
  return instances.get(cls) ?? null;
}

/** The JS value of a simple Godot default literal, or undefined when it has none. */
export function literalValue(written: string | null): { value: unknown } | undefined {
  if (written === null) return undefined;
  if (written === "true" || written === "false") return { value: written === "true" };
  if (written === "null") return { value: null };
  if (/^-?\d+(\.\d+)?$/.test(written)) return { value: Number(written) };
  const quoted = /^[&^]?"(.*)"$/.exec(written);
  if (quoted !== null) return { value: quoted[1] };
  return undefined;
}
