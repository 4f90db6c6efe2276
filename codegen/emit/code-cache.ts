import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import nodeModule, { createRequire, Module } from "node:module";
import path from "node:path";
import vm from "node:vm";

const require = createRequire(import.meta.url);

/**
 * Loads ts-morph, compiling its CommonJS through a V8 code cache kept between runs.
 *
 * ts-morph bundles the TypeScript compiler: 13 MB of CommonJS in three files
 * (`typescript.js`, `ts-morph-common.js`, `ts-morph.js`) whose compilation was ~110 ms of every
 * emit run. Node 22.1+ caches compiled code itself (`module.enableCompileCache`), and is left to.
 * On Node 20 the three files are compiled here with `vm.Script` and the cached data of the last
 * run, then registered in `require.cache`, where ts-morph's own `require` calls find them.
 * (The v8-compile-cache package was tried first: on Node 20 it re-serialises and rewrites its
 * whole 8.5 MB cache at every exit, ~50 ms, and SHA-1-hashes every source on load.)
 *
 * The cache lives in the `node_modules/.cache/godot-typed/code-cache` beside the installed
 * ts-morph, keyed by package version, file size, Node version and architecture. (Not by mtime:
 * npm packs every file with the same date. Not by V8's own check alone: it compares source
 * lengths, not contents.) Any problem (a read-only folder, a changed layout of ts-morph's files) only costs
 * the time saved: the modules then load with plain `require`.
 */
export function requireTsMorph(): typeof import("ts-morph") {
  const builtIn = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof builtIn === "function") builtIn();
  else {
    try {
      preloadWithCodeCache();
    } catch {
      // Fall through to plain require; nothing was registered for a module that failed.
    }
  }
  return require("ts-morph") as typeof import("ts-morph");
}

function preloadWithCodeCache(): void {
  const tsMorph = realpathSync(require.resolve("ts-morph"));
  const common = realpathSync(createRequire(tsMorph).resolve("@ts-morph/common"));
  const typescript = path.join(path.dirname(common), "typescript.js");
  const cacheDir = path.join(nodeModulesOf(tsMorph), ".cache", "godot-typed", "code-cache");
  const commonVersion = versionOf(common);
  // In dependency order, so each file's require() of the one before hits require.cache.
  loadCompiled(typescript, commonVersion, cacheDir);
  loadCompiled(common, commonVersion, cacheDir);
  loadCompiled(tsMorph, versionOf(tsMorph), cacheDir);
}

/** The version in the package.json one folder above a bundle (`<package>/dist/<file>.js`). */
function versionOf(bundle: string): string {
  const manifest = path.join(path.dirname(path.dirname(bundle)), "package.json");
  const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as {
    name?: unknown;
    version?: unknown;
  };
  if (typeof name !== "string" || typeof version !== "string")
    throw new Error(`no name/version in ${manifest}`);
  return `${name.replace("/", "+")}@${version}`;
}

/** `.../node_modules` holding the package of `file` (`.../node_modules/ts-morph/dist/x.js`). */
function nodeModulesOf(file: string): string {
  const parts = file.split(path.sep);
  const index = parts.lastIndexOf("node_modules");
  if (index < 0) throw new Error(`not inside node_modules: ${file}`);
  return parts.slice(0, index + 1).join(path.sep);
}

function loadCompiled(file: string, version: string, cacheDir: string): void {
  if (require.cache[file] !== undefined) return;
  const source = readFileSync(file, "utf8");
  const stem = `${path.basename(file)}-`;
  const cacheFile = path.join(
    cacheDir,
    `${stem}${version}-${source.length}-${process.version}-${process.arch}.bin`,
  );
  const cachedData = readOrUndefined(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const loaded = new Module(file);
  loaded.filename = file;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(
    loaded.exports,
    loaded.exports,
    createRequire(file),
    loaded,
    file,
    path.dirname(file),
  );
  loaded.loaded = true;
  require.cache[file] = loaded;
  // After running, the data also holds the functions compiled while loading.
  if (cachedData === undefined || script.cachedDataRejected === true) {
    saveQuietly(cacheDir, cacheFile, stem, script.createCachedData());
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache file atomically and drops older ones for the same source file. */
function saveQuietly(dir: string, file: string, stem: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir)) {
      if (old.startsWith(stem) && path.join(dir, old) !== file) rmSync(path.join(dir, old));
    }
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs the time it would have saved.
  }
}
