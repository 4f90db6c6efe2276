export { readConfigFile } from "./config-file.js";
export { DOCS_SITE, docsUrlFor } from "./docs-url.js";
export { readManifest, type Manifest } from "./manifest.js";
export {
  resolveSettings,
  type ResolvedSettings,
  type SettingsSources,
} from "./resolve-settings.js";
export { CONFIG_FILE_NAME, DEFAULTS, ENV, type Settings, type SettingsLayer } from "./settings.js";
