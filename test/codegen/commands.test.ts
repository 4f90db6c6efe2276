import { describe, expect, it } from "vitest";
import { commands } from "../../codegen/cli/commands/index.js";

describe("CLI command list", () => {
  it("lists each command under the name and summary its module declares", async () => {
    expect(commands.map((entry) => entry.name)).toEqual([
      "generate",
      "diff",
      "audit",
      "fetch-docs",
    ]);
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
  });
});
