import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { corpus } from "./corpus.js";
import { checkOutcome, parseCaseDirectly, parseCaseOverSocket } from "./run-case.js";

describe("adversarial corpus", () => {
  it("has at least 60 hand-written cases with unique ids, covering every group", () => {
    const handWritten = corpus.filter((testCase) => testCase.group !== "truncation");
    expect(handWritten.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((testCase) => testCase.id)).size).toBe(corpus.length);
    const groups = new Set(corpus.map((testCase) => testCase.group));
    for (const group of [
      "status-line",
      "headers",
      "content-length",
      "transfer-encoding",
      "chunks",
      "no-body",
      "framing",
      "truncation",
    ]) {
      expect(groups, group).toContain(group);
    }
  });

  describe("fed straight into the parser", () => {
    it.each(corpus.map((testCase) => [testCase.id, testCase] as const))("%s", (_id, testCase) => {
      checkOutcome(testCase, parseCaseDirectly(testCase));
    });
  });

  describe("served by a raw TCP server on 127.0.0.1", () => {
    it.each(corpus.map((testCase) => [testCase.id, testCase] as const))(
      "%s",
      async (_id, testCase) => {
        checkOutcome(testCase, await parseCaseOverSocket(testCase));
      },
    );
  });
});

describe("ENGINE_DIFFERENCES.md", () => {
  it("lists every corpus case that has an engine note", async () => {
    const table = await readFile(new URL("./ENGINE_DIFFERENCES.md", import.meta.url), "utf8");
    const missing = corpus
      .filter((testCase) => testCase.engine !== undefined && testCase.group !== "truncation")
      .filter((testCase) => !table.includes(`\`${testCase.id}\``))
      .map((testCase) => testCase.id);
    expect(missing).toEqual([]);
  });
});
