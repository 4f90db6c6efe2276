import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawElement } from "../ir/raw.js";
import type { Lifecycle, SourceLocation } from "../ir/types.js";
import { dedentDescription } from "./text.js";

/** Small accessors over raw elements, shared by the member builders. */

export function locOf(file: string, element: RawElement): SourceLocation {
  return { file, line: element.line };
}

export function requiredAttr(file: string, element: RawElement, name: string): string {
  const value = element.attrs[name];
  if (value === undefined || value === "") {
    throw new GeneratorInputError(
      `<${element.name}> is missing its "${name}" attribute`,
      locOf(file, element),
    );
  }
  return value;
}

export function optionalAttr(element: RawElement, name: string): string | null {
  return element.attrs[name] ?? null;
}

export function childrenNamed(element: RawElement, ...names: string[]): RawElement[] {
  return element.children.filter((child) => names.includes(child.name));
}

/** The items of a section such as `<methods>`; the section may be absent or repeated. */
export function sectionItems(root: RawElement, section: string): RawElement[] {
  return childrenNamed(root, section).flatMap((block) => block.children);
}

/** The dedented text of a child such as `<description>`, "" when the child is absent. */
export function childText(element: RawElement, child: string): string {
  const found = element.children.find((candidate) => candidate.name === child);
  return found === undefined ? "" : dedentDescription(found.text);
}

/**
 * Godot 4 writes `deprecated="why"` (possibly empty); older files write `is_deprecated="true"`.
 * Both become the IR's optional text, absent when the element is not marked.
 */
export function lifecycleOf(element: RawElement): Lifecycle {
  const result: { deprecated?: string; experimental?: string } = {};
  for (const marker of ["deprecated", "experimental"] as const) {
    const text = element.attrs[marker];
    if (text !== undefined) result[marker] = dedentDescription(text);
    else if (element.attrs[`is_${marker}`] === "true") result[marker] = "";
  }
  return result;
}
