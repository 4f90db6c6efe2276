import { readFile } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";
import type { SettingsLayer } from "./settings.js";

const KNOWN_KEYS = new Set([
  "$comment",
  "docs",
  "out",
  "manifest",
  "overrides",
  "classes",
  "docsVersion",
  "docsUrl",
  "allowUnknownTypes",
  "lang",
]);

/**
 * Reads `godot-typed.config.json`. Relative paths in it are relative to the file's folder, so the
 * result does not depend on where the command runs. A missing optional file gives null.
 */
export async function readConfigFile(
  file: string,
  required: boolean,
): Promise<SettingsLayer | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new GeneratorInputError(
      `cannot read config file (${(error as NodeJS.ErrnoException).code ?? error})`,
      {
        file,
      },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GeneratorInputError(`invalid JSON: ${(error as Error).message}`, { file });
  }
  return parseConfig(data, file);
}

function parseConfig(data: unknown, file: string): SettingsLayer {
  const fail = (message: string): never => {
    throw new GeneratorInputError(message, { file });
  };
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail("expected a JSON object");
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key))
      fail(`unknown key "${key}" (known: ${[...KNOWN_KEYS].slice(1).join(", ")})`);
  }
  const base = path.dirname(path.resolve(file));
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value === "")
      return fail(`"${key}" must be a non-empty string`);
    return value;
  };
  const pathKey = (key: string) => {
    const value = text(key);
    return value === undefined ? undefined : path.resolve(base, value);
  };

  const layer: { -readonly [K in keyof SettingsLayer]: SettingsLayer[K] } = {};
  const docs = record["docs"];
  if (Array.isArray(docs)) {
    if (docs.length === 0 || !docs.every((entry) => typeof entry === "string" && entry !== "")) {
      fail(`"docs" must be a path or a non-empty list of paths`);
    }
    layer.docs = (docs as string[]).map((entry) => path.resolve(base, entry));
  } else {
    layer.docs = pathKey("docs");
  }
  layer.out = pathKey("out");
  layer.manifest = record["manifest"] === null ? null : pathKey("manifest");
  layer.overrides = record["overrides"] === null ? null : pathKey("overrides");
  const classes = record["classes"];
  if (classes === "all") layer.classes = "all";
  else if (
    Array.isArray(classes) &&
    classes.every((name) => typeof name === "string" && name !== "")
  ) {
    layer.classes = classes as string[];
  } else if (classes !== undefined) fail(`"classes" must be "all" or a list of class names`);
  layer.docsVersion = text("docsVersion");
  layer.lang = text("lang");
  layer.docsUrl = text("docsUrl");
  const allow = record["allowUnknownTypes"];
  if (allow !== undefined && typeof allow !== "boolean")
    fail(`"allowUnknownTypes" must be true or false`);
  layer.allowUnknownTypes = allow as boolean | undefined;
  return dropUndefined(layer);
}

export function dropUndefined<T extends object>(layer: T): T {
  return Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined)) as T;
}
