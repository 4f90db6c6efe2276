import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { docsUrlFor, resolveSettings } from "../../codegen/config/index.js";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";

describe("config: settings layers", () => {
  let project = "";
  let nested = "";
  beforeEach(async () => {
    project = await mkdtemp(path.join(tmpdir(), "godot-typed-config-"));
    nested = path.join(project, "sub", "dir");
    await mkdir(nested, { recursive: true });
  });
  afterEach(async () => {
    await rm(project, { recursive: true });
  });
  const writeConfig = (data: unknown) =>
    writeFile(path.join(project, "godot-typed.config.json"), JSON.stringify(data));

  it("uses defaults relative to the project root when nothing is configured", async () => {
    const settings = await resolveSettings({
      cwd: project,
      env: {},
      configFile: path.join(project, "none.json"),
      flags: {},
    }).catch((error: unknown) => error);
    // An explicit config file must exist.
    expect(settings).toBeInstanceOf(GeneratorInputError);

    await writeConfig({});
    const defaults = await resolveSettings({ cwd: nested, env: {}, flags: {} });
    expect(defaults.configFile).toBe(path.join(project, "godot-typed.config.json"));
    expect(defaults.projectRoot).toBe(project);
    expect(defaults.docs).toEqual({ root: path.resolve(project, "../shared/godot-docs/4.6.3") });
    expect(defaults.out).toBe(path.join(project, "generated"));
    expect(defaults.manifest).toBe(path.join(project, "codegen/manifest.json"));
    expect(defaults.overrides).toBe(path.join(project, "codegen/overrides.json"));
    expect(defaults.classes).toBe("manifest");
    expect(defaults.allowUnknownTypes).toBe(false);
  });

  it("layers config file < env < flags, each relative to its own base", async () => {
    await writeConfig({
      docs: "docs-from-file",
      out: "out-from-file",
      overrides: null,
      docsVersion: "4.2",
    });
    const fileOnly = await resolveSettings({ cwd: nested, env: {}, flags: {} });
    expect(fileOnly.docs).toEqual({ root: path.join(project, "docs-from-file") });
    expect(fileOnly.out).toBe(path.join(project, "out-from-file"));
    expect(fileOnly.overrides).toBeNull();
    expect(fileOnly.docsVersion).toBe("4.2");

    const env = { GODOT_TYPED_DOCS: "env-docs", GODOT_TYPED_OUT: "/abs/env-out" };
    const withEnv = await resolveSettings({ cwd: nested, env, flags: {} });
    expect(withEnv.docs).toEqual({ root: path.join(nested, "env-docs") });
    expect(withEnv.out).toBe("/abs/env-out");

    const withFlags = await resolveSettings({
      cwd: nested,
      env,
      flags: { out: "flag-out", classes: ["A", "B"], docs: ["a.xml", "b.xml"] },
    });
    expect(withFlags.out).toBe(path.join(nested, "flag-out"));
    expect(withFlags.docs).toEqual({
      files: [path.join(nested, "a.xml"), path.join(nested, "b.xml")],
    });
    expect(withFlags.classes).toEqual(["A", "B"]);
    expect(withFlags.docsVersion).toBe("4.2");
  });

  it("treats one .xml path as a file list and rejects a root mixed with files", async () => {
    await writeConfig({});
    const one = await resolveSettings({ cwd: project, env: {}, flags: { docs: "One.xml" } });
    expect(one.docs).toEqual({ files: [path.join(project, "One.xml")] });
    await expect(
      resolveSettings({ cwd: project, env: {}, flags: { docs: ["root", "One.xml"] } }),
    ).rejects.toThrow(/one docs root or a list of \.xml class files/);
  });

  it("rejects unknown keys and bad values, naming the config file", async () => {
    await writeConfig({ docs: "x", outdir: "y" });
    const file = path.join(project, "godot-typed.config.json");
    await expect(resolveSettings({ cwd: project, env: {}, flags: {} })).rejects.toThrow(
      `${file}: unknown key "outdir"`,
    );
    await writeConfig({ classes: "some" });
    await expect(resolveSettings({ cwd: project, env: {}, flags: {} })).rejects.toThrow(
      /"classes" must be/,
    );
    await writeFile(file, "{ not json");
    await expect(resolveSettings({ cwd: project, env: {}, flags: {} })).rejects.toThrow(
      /invalid JSON/,
    );
  });

  it("reads the repository's own config", async () => {
    const repo = path.resolve(import.meta.dirname, "../..");
    const settings = await resolveSettings({ cwd: repo, env: {}, flags: {} });
    expect(settings.docs).toEqual({ root: path.resolve(repo, "../shared/godot-docs/4.6.3") });
    expect(settings.out).toBe(path.join(repo, "generated"));
  });
});

describe("config: docs URL", () => {
  it.each([
    ["4.6.3", "https://docs.godotengine.org/en/4.6"],
    ["3.6", "https://docs.godotengine.org/en/3.6"],
    ["4.3-stable", "https://docs.godotengine.org/en/4.3"],
    [null, "https://docs.godotengine.org/en/stable"],
    ["main", "https://docs.godotengine.org/en/stable"],
  ])("%s → %s", (version, url) => {
    expect(docsUrlFor(version)).toBe(url);
  });
});
