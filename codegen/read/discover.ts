import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";

/**
 * Finds the class files under a docs root. A root is either laid out like a Godot checkout
 * (`doc/classes/*.xml` plus `modules/<name>/doc_classes/*.xml` and, as make_rst.py also reads,
 * `platform/<name>/doc_classes/*.xml`) or is itself a folder of XML files. The result is sorted so every later stage sees the same order on every machine.
 */
export async function discoverClassFiles(root: string): Promise<string[]> {
  const info = await stat(root).catch(() => null);
  if (info === null) throw new GeneratorInputError("docs root does not exist", { file: root });
  if (!info.isDirectory())
    throw new GeneratorInputError("docs root is not a directory", { file: root });

  const checkoutClasses = path.join(root, "doc", "classes");
  const files: string[] = [];
  if (await isDirectory(checkoutClasses)) {
    files.push(...(await xmlFilesIn(checkoutClasses)));
    for (const group of ["modules", "platform"]) {
      const groupDir = path.join(root, group);
      if (!(await isDirectory(groupDir))) continue;
      for (const member of (await readdir(groupDir)).sort()) {
        const memberClasses = path.join(groupDir, member, "doc_classes");
        if (await isDirectory(memberClasses)) files.push(...(await xmlFilesIn(memberClasses)));
      }
    }
  } else {
    files.push(...(await xmlFilesIn(root)));
  }
  if (files.length === 0) {
    throw new GeneratorInputError(
      "no class files found (expected doc/classes/*.xml, {modules,platform}/*/doc_classes/*.xml or *.xml)",
      { file: root },
    );
  }
  return files;
}

async function xmlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith(".xml"))
    .sort()
    .map((name) => path.join(dir, name));
}

async function isDirectory(candidate: string): Promise<boolean> {
  const info = await stat(candidate).catch(() => null);
  return info?.isDirectory() ?? false;
}

/** `../godot-docs/4.6.3` → "4.6.3"; a folder name that is not a version gives null. */
export function versionFromFolderName(root: string): string | null {
  const match = /^v?(\d+\.\d+(?:\.\d+)?)(?:[-.](?:stable|rc\d*|beta\d*|dev\d*))?$/.exec(
    path.basename(path.resolve(root)),
  );
  return match?.[1] ?? null;
}
