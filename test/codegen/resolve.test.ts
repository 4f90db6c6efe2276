import path from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import { fixtures } from "./paths.js";

const godot4 = path.join(fixtures, "godot4");

function thrown(run: () => unknown): GeneratorInputError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(GeneratorInputError);
  return caught as GeneratorInputError;
}

describe("resolve: fixture corpus", () => {
  it("closes the selection over bases, adds @GlobalScope, stubs outside object types", async () => {
    const linked = resolveCorpus(await readCorpus({ root: godot4 }), { classes: ["Widget"] });
    expect(linked.emitted).toEqual(["@GlobalScope", "Object", "RefCounted", "Widget"]);
    // Helper (object) is referenced by Widget; Toolbox only by @GlobalScope, which joins for its enums.
    expect(linked.stubs).toEqual(["Helper"]);
    expect(linked.referencedBuiltins).toEqual(["Color", "Point"]);
    expect(linked.unresolved).toEqual([]);
    expect(linked.basesOf("Widget")).toEqual(["RefCounted", "Object"]);
    expect(linked.basesOf("Object")).toEqual([]);
    expect(linked.kindOf("Widget")).toBe("object");
    expect(linked.kindOf("Object")).toBe("object");
    expect(linked.kindOf("Point")).toBe("builtin");
    expect(linked.kindOf("@GlobalScope")).toBe("global");
    expect(linked.kindOf("Nope")).toBeUndefined();
    expect(linked.isEmitted("RefCounted")).toBe(true);
    expect(linked.isEmitted("Helper")).toBe(false);
    expect(linked.get("Widget")?.name).toBe("Widget");
  });

  it("emits everything for 'all', leaving nothing to stub", async () => {
    const linked = resolveCorpus(await readCorpus({ root: godot4 }), "all");
    expect(linked.emitted).toEqual([
      "@GlobalScope",
      "Color",
      "Gizmo",
      "Helper",
      "Object",
      "Point",
      "RefCounted",
      "Toolbox",
      "WebBridge",
      "Widget",
    ]);
    expect(linked.stubs).toEqual([]);
    expect(linked.referencedBuiltins).toEqual([]);
  });

  it("stubs @GlobalScope's member types when it is selected itself", async () => {
    const linked = resolveCorpus(await readCorpus({ root: godot4 }), { classes: ["@GlobalScope"] });
    expect(linked.stubs).toEqual(["Toolbox"]);
  });

  it("rejects a selected class that is not in the corpus, with a hint", async () => {
    const corpus = await readCorpus({ root: godot4 });
    expect(thrown(() => resolveCorpus(corpus, { classes: ["widget"] })).message).toBe(
      "--classes: class widget is not in the docs corpus (did you mean Widget?)",
    );
  });
});

describe("resolve: dangling references", () => {
  const lonely = path.join(fixtures, "dangling/Lonely.xml");

  it("fails with the referencing element's file and line", async () => {
    const corpus = await readCorpus({ root: path.join(fixtures, "dangling") });
    const error = thrown(() => resolveCorpus(corpus, { classes: ["Lonely"] }));
    expect(error.file).toBe(lonely);
    expect(error.line).toBe(13);
    expect(error.message).toContain("class Ghost is not defined anywhere");
  });

  it("lists them instead when allowed, treating the class as an object stub", async () => {
    const corpus = await readCorpus({ root: path.join(fixtures, "dangling") });
    const linked = resolveCorpus(corpus, { classes: ["Lonely"] }, { allowUnknownTypes: true });
    expect(linked.unresolved).toEqual([
      { target: "Ghost", kind: "class", loc: { file: lonely, line: 13 } },
    ]);
    expect(linked.stubs).toEqual(["Ghost"]);
    expect(linked.kindOf("Ghost")).toBe("object");
  });

  it("fails on a missing base class at the <class> line", async () => {
    const corpus = await readCorpus({ files: [lonely] });
    const error = thrown(() => resolveCorpus(corpus, "all"));
    expect(error.line).toBe(2);
    expect(error.message).toContain("base class Object of Lonely is not in the corpus");
  });
});
