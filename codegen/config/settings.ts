/**
 * Generator settings after every source has been merged (see `resolveSettings`). All paths are
 * absolute.
 */
export interface Settings {
  /** A docs root (Godot checkout or folder of XML) or explicit class files. */
  readonly docs: { readonly root: string } | { readonly files: readonly string[] };
  readonly out: string;
  /** The bound-set manifest (`codegen/manifest.json`); null when none is configured. */
  readonly manifest: string | null;
  /** The hand-fix file (`codegen/overrides.json`); null applies none. */
  readonly overrides: string | null;
  /** `manifest`: the manifest's classes (and the facade); otherwise an explicit list or everything. */
  readonly classes: "manifest" | "all" | readonly string[];
  /** Replaces the version found in the XML or the docs folder name (drives the docs URL). */
  readonly docsVersion: string | null;
  /** Replaces the whole docs URL that `$DOCS_URL` expands to. */
  readonly docsUrl: string | null;
  /** Tolerate references to types that exist nowhere in the corpus (listed in the summary). */
  readonly allowUnknownTypes: boolean;
  /**
   * Translate the docs with the docs root's `doc/translations/<lang>.po` (`zh_Hant`); null keeps
   * the XML's English.
   */
  readonly lang: string | null;
}

/** The keys a config file, env var or flag may set; each layer overrides the ones below it. */
export interface SettingsLayer {
  readonly docs?: string | readonly string[];
  readonly out?: string;
  readonly manifest?: string | null;
  readonly overrides?: string | null;
  readonly classes?: "all" | readonly string[];
  readonly docsVersion?: string;
  readonly docsUrl?: string;
  readonly allowUnknownTypes?: boolean;
  readonly lang?: string;
}

export const CONFIG_FILE_NAME = "godot-typed.config.json";

/** Built-in defaults, relative to the project root (the folder holding the config file). */
export const DEFAULTS = {
  docs: "../shared/godot-docs/4.6.3",
  out: "generated",
  manifest: "codegen/manifest.json",
  overrides: "codegen/overrides.json",
} as const;

export const ENV = {
  docs: "GODOT_TYPED_DOCS",
  out: "GODOT_TYPED_OUT",
} as const;
