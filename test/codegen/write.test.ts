import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkOutputDir, isStale, writeOutputDir } from "../../codegen/write/index.js";

/** Every file under `dir` → its bytes, for byte-identical comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = (await readFile(file)).toString("base64");
  }
  return result;
}

describe("write: atomic output folder", () => {
  let parent = "";
  let out = "";
  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "godot-typed-write-"));
    out = path.join(parent, "generated");
  });
  afterEach(async () => {
    await rm(parent, { recursive: true });
  });

  it("hands each file's bytes, as written, to onBytes", async () => {
    const big = `${"x".repeat(200_000)}…\n`;
    const files = new Map([
      ["A.ts", "export const a = '…é😀';\n"],
      ["B.ts", ""],
      ["C.ts", big],
      ["D.ts", "short\n"],
    ]);
    const seen: Record<string, string> = {};
    await writeOutputDir(out, files, {
      onBytes: (file, bytes) => (seen[file] = Buffer.from(bytes).toString("base64")),
    });
    const written = await snapshot(out);
    expect(seen).toEqual(written);
    for (const [file, text] of files) {
      expect(Buffer.from(seen[file] ?? "", "base64").toString("utf8")).toBe(text);
    }
  });

  const oldFiles = new Map([
    ["A.ts", "export const a = 1;\n"],
    ["stale.ts", "export const gone = true;\n"],
    ["nested/B.ts", "export const b = 2;\n"],
  ]);
  const newFiles = new Map([
    ["A.ts", "export const a = 10;\n"],
    ["C.ts", "export const c = 3;\n"],
    ["nested/B.ts", "export const b = 2;\n"],
  ]);

  it("creates the folder, then replaces it exactly, removing stale files", async () => {
    expect((await writeOutputDir(out, oldFiles)).written).toBe(3);
    expect(await readFile(path.join(out, "nested/B.ts"), "utf8")).toBe("export const b = 2;\n");

    const result = await writeOutputDir(out, newFiles);
    expect(result.removed).toEqual(["stale.ts"]);
    expect(Object.keys(await snapshot(out)).sort()).toEqual([
      "A.ts",
      "C.ts",
      path.join("nested", "B.ts"),
    ]);
    expect(await readFile(path.join(out, "A.ts"), "utf8")).toBe("export const a = 10;\n");
    expect(await readdir(parent)).toEqual(["generated"]);
  });

  it("leaves the old folder byte-identical when the run fails mid-write", async () => {
    await writeOutputDir(out, oldFiles);
    const before = await snapshot(out);
    let written = 0;
    const failing = writeOutputDir(out, newFiles, {
      afterEachFile: () => {
        written++;
        if (written === 2) throw new Error("simulated crash after the second file");
      },
    });
    await expect(failing).rejects.toThrow("simulated crash");
    // Writes run a few at a time: the ones already under way finish, no new one starts.
    expect(written).toBeGreaterThanOrEqual(2);
    expect(written).toBeLessThanOrEqual(newFiles.size);
    expect(await snapshot(out)).toEqual(before);
    // No staging folder is left behind.
    expect(await readdir(parent)).toEqual(["generated"]);
  });

  it("writes nothing when a path would escape the folder", async () => {
    await writeOutputDir(out, oldFiles);
    const before = await snapshot(out);
    await expect(writeOutputDir(out, new Map([["../evil.ts", "x"]]))).rejects.toThrow(
      /unsafe path/,
    );
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(["generated"]);
  });

  it("refuses to replace a folder holding files it would not write", async () => {
    await mkdir(out);
    await writeFile(path.join(out, "README.md"), "mine\n");
    await expect(writeOutputDir(out, newFiles)).rejects.toThrow(/refusing to replace.*README\.md/);
    await symlink("README.md", path.join(out, "link.ts"));
    await rm(path.join(out, "README.md"));
    await expect(writeOutputDir(out, newFiles)).rejects.toThrow(/refusing to replace.*link\.ts/);
    expect(await readdir(out)).toEqual(["link.ts"]);
  });

  it("writing the same files twice gives identical bytes", async () => {
    await writeOutputDir(out, newFiles);
    const first = await snapshot(out);
    await writeOutputDir(out, newFiles);
    expect(await snapshot(out)).toEqual(first);
  });
});

describe("write: --check comparison", () => {
  let out = "";
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), "godot-typed-check-"));
  });
  afterEach(async () => {
    await rm(out, { recursive: true });
  });

  it("lists differing, missing and extra files without writing", async () => {
    await writeFile(path.join(out, "Same.ts"), "same\n");
    await writeFile(path.join(out, "Changed.ts"), "old\n");
    await writeFile(path.join(out, "Extra.ts"), "extra\n");
    const files = new Map([
      ["Same.ts", "same\n"],
      ["Changed.ts", "new\n"],
      ["Missing.ts", "missing\n"],
    ]);
    const report = await checkOutputDir(out, files);
    expect(report).toEqual({
      differing: ["Changed.ts"],
      missing: ["Missing.ts"],
      extra: ["Extra.ts"],
    });
    expect(isStale(report)).toBe(true);
    expect(await readFile(path.join(out, "Changed.ts"), "utf8")).toBe("old\n");

    const fresh = await checkOutputDir(
      out,
      new Map([
        ["Same.ts", "same\n"],
        ["Changed.ts", "old\n"],
        ["Extra.ts", "extra\n"],
      ]),
    );
    expect(isStale(fresh)).toBe(false);
  });

  it("reports everything missing when the folder does not exist", async () => {
    const report = await checkOutputDir(path.join(out, "absent"), new Map([["A.ts", "a"]]));
    expect(report).toEqual({ differing: [], missing: ["A.ts"], extra: [] });
  });
});
