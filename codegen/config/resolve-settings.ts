import { access } from "node:fs/promises";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";
import { readConfigFile } from "./config-file.js";
import { CONFIG_FILE_NAME, DEFAULTS, ENV, type Settings, type SettingsLayer } from "./settings.js";

export interface SettingsSources {
  /** Where relative env and flag paths start. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** An explicit config file (`--config`); otherwise one is searched upward from `cwd`. */
  readonly configFile?: string;
  /** Command-line flags, highest priority; relative paths are relative to `cwd`. */
  readonly flags: SettingsLayer;
}

export interface ResolvedSettings extends Settings {
  /** The folder the defaults are relative to: the config file's folder, else `cwd`. */
  readonly projectRoot: string;
  readonly configFile: string | null;
}

/** Merges defaults < config file < env vars < flags. */
export async function resolveSettings(sources: SettingsSources): Promise<ResolvedSettings> {
  const configFile =
    sources.configFile !== undefined
      ? path.resolve(sources.cwd, sources.configFile)
      : await findConfig(sources.cwd);
  const projectRoot = configFile === null ? path.resolve(sources.cwd) : path.dirname(configFile);
  const fromFile =
    configFile === null
      ? {}
      : ((await readConfigFile(configFile, sources.configFile !== undefined)) ?? {});

  const defaults: SettingsLayer = {
    docs: path.resolve(projectRoot, DEFAULTS.docs),
    out: path.resolve(projectRoot, DEFAULTS.out),
    manifest: path.resolve(projectRoot, DEFAULTS.manifest),
    overrides: path.resolve(projectRoot, DEFAULTS.overrides),
  };
  const fromEnv: SettingsLayer = {
    ...envPath(sources, ENV.docs, "docs"),
    ...envPath(sources, ENV.out, "out"),
  };
  const flags = absoluteFlags(sources.flags, sources.cwd);
  const merged: SettingsLayer = { ...defaults, ...fromFile, ...fromEnv, ...flags };

  return {
    projectRoot,
    configFile,
    docs: docsInput(merged.docs ?? defaults.docs ?? projectRoot),
    out: merged.out ?? projectRoot,
    manifest: merged.manifest ?? null,
    overrides:
      merged.overrides === undefined
        ? path.resolve(projectRoot, DEFAULTS.overrides)
        : merged.overrides,
    classes: merged.classes ?? "manifest",
    docsVersion: merged.docsVersion ?? null,
    docsUrl: merged.docsUrl ?? null,
    allowUnknownTypes: merged.allowUnknownTypes ?? false,
    lang: merged.lang ?? null,
  };
}

async function findConfig(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd);
  // Bounded by the filesystem depth: stops at the root, where dirname is a fixed point.
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function envPath(sources: SettingsSources, name: string, key: "docs" | "out"): SettingsLayer {
  const value = sources.env[name];
  if (value === undefined || value === "") return {};
  return { [key]: path.resolve(sources.cwd, value) };
}

function absoluteFlags(flags: SettingsLayer, cwd: string): SettingsLayer {
  const resolved: { -readonly [K in keyof SettingsLayer]: SettingsLayer[K] } = { ...flags };
  if (typeof flags.docs === "string") resolved.docs = path.resolve(cwd, flags.docs);
  else if (flags.docs !== undefined)
    resolved.docs = flags.docs.map((entry) => path.resolve(cwd, entry));
  if (flags.out !== undefined) resolved.out = path.resolve(cwd, flags.out);
  if (typeof flags.manifest === "string") resolved.manifest = path.resolve(cwd, flags.manifest);
  if (typeof flags.overrides === "string") resolved.overrides = path.resolve(cwd, flags.overrides);
  return Object.fromEntries(Object.entries(resolved).filter(([, value]) => value !== undefined));
}

/** One path not ending in `.xml` is a docs root; otherwise every entry must be a class file. */
function docsInput(docs: string | readonly string[]): Settings["docs"] {
  const entries = typeof docs === "string" ? [docs] : docs;
  const [first] = entries;
  if (entries.length === 1 && first !== undefined && !first.endsWith(".xml"))
    return { root: first };
  const notXml = entries.find((entry) => !entry.endsWith(".xml"));
  if (notXml !== undefined) {
    throw new GeneratorInputError("give either one docs root or a list of .xml class files", {
      file: notXml,
    });
  }
  return { files: entries };
}
