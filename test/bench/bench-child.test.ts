import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lastLineOfChild } from "../../scripts/bench/http/benchChild.js";

describe("bench children", () => {
  it("get the extra environment on top of the bench process's own, and print their last line", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-child-"));
    try {
      const entry = path.join(dir, "probe.mjs");
      await writeFile(
        entry,
        'console.log("first line");\nconsole.log(JSON.stringify({ probe: process.env.GODOT_TYPED_PROBE ?? null, path: typeof process.env.PATH, args: process.argv.slice(2) }));\n',
      );
      const withEnv = JSON.parse(
        await lastLineOfChild(pathToFileURL(entry), ["a", "b"], { GODOT_TYPED_PROBE: "on" }),
      ) as unknown;
      expect(withEnv).toEqual({ probe: "on", path: "string", args: ["a", "b"] });
      const without = JSON.parse(await lastLineOfChild(pathToFileURL(entry), [])) as unknown;
      expect(without).toEqual({ probe: null, path: "string", args: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
