import { readFile } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";
import { parsePo, type Catalog } from "./po-file.js";

/** Godot's language codes: `zh_Hant`, `pt_BR`, `de`. Anything else is refused before any path is built. */
const LANGUAGE = /^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$/;

export function isLanguageCode(lang: string): boolean {
  return LANGUAGE.test(lang);
}

/** Where a Godot checkout keeps the class reference translations: `doc/translations/<lang>.po`. */
export function catalogPath(docsRoot: string, lang: string): string {
  return path.join(docsRoot, "doc", "translations", `${lang}.po`);
}

export async function readCatalog(file: string): Promise<Catalog> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GeneratorInputError(
      code === "ENOENT"
        ? "no translation catalogue for this language (expected doc/translations/<lang>.po in the docs root)"
        : `cannot read translation catalogue (${code ?? String(error)})`,
      { file },
    );
  }
  return parsePo(text, file);
}
