import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ClassModel, Corpus } from "../../codegen/ir/types.js";
import { dedentDescription } from "../../codegen/model/index.js";
import { parseClassFile, readCorpus } from "../../codegen/read/index.js";
import { docs3, docs4, fixtures } from "./paths.js";

function must<T>(value: T | undefined): T {
  expect(value).toBeDefined();
  return value as T;
}

describe("model: Godot 4 fixture", () => {
  let corpus: Corpus;
  let widget: ClassModel;
  beforeAll(async () => {
    corpus = await readCorpus({ root: path.join(fixtures, "godot4") });
    widget = must(corpus.classes.get("Widget"));
  });

  it("detects version and generation", () => {
    expect(corpus.generation).toBe(4);
    // The folder is named godot4, not a version, and Godot 4 files carry no version attribute.
    expect(corpus.version).toBeNull();
    expect(corpus.classes.size).toBe(10);
  });

  it("reads the class header, dedenting descriptions but keeping code block indentation", () => {
    expect(widget.inherits).toBe("RefCounted");
    expect(widget.brief).toBe("A fixture class using every part of the schema.");
    expect(widget.description).toBe(
      "First paragraph with [Helper] and [method spin].\n[codeblock]\nfunc _ready():\n\tspin(1)\n[/codeblock]",
    );
    expect(widget.tutorials).toEqual([
      { title: "Widgets", url: "$DOCS_URL/tutorials/widgets.html" },
    ]);
    expect(widget.loc.line).toBe(2);
  });

  it("reads methods with parameters, defaults and qualifiers", () => {
    const spin = must(widget.methods.find((method) => method.name === "spin"));
    expect(spin.returnType).toEqual({
      kind: "enum",
      owner: null,
      name: "Error",
      bitfield: false,
      base: "int",
    });
    expect(spin.params.map((param) => [param.name, param.default, param.loc.line])).toEqual([
      ["turns", null, 19],
      ["helper", "null", 20],
      ["mode", "0", 21],
    ]);
    expect(spin.params[2]?.type).toEqual({
      kind: "enum",
      owner: "Widget",
      name: "Mode",
      bitfield: false,
      base: "int",
    });
    expect(spin.loc.line).toBe(17);
    expect(spin.description).toBe("Spins.");

    const emitAll = must(widget.methods.find((method) => method.name === "emit_all"));
    expect(emitAll.qualifiers).toEqual({
      static: false,
      const: true,
      vararg: true,
      virtual: false,
      required: false,
    });
    expect(emitAll.params[0]?.default).toBe('&""');

    const raw = must(widget.methods.find((method) => method.name === "_draw_raw"));
    expect(raw.qualifiers).toMatchObject({ virtual: true, required: true, const: true });
    expect(raw.params[0]?.type).toEqual({ kind: "pointer", written: "const uint8_t*" });
    expect(raw.params[1]?.type).toMatchObject({ kind: "enum", owner: null, name: "Variant.Type" });

    const tags = must(widget.methods.find((method) => method.name === "tags"));
    expect(tags.qualifiers.static).toBe(true);
    expect(tags.returnType).toEqual({
      kind: "dictionary",
      key: { kind: "primitive", name: "String" },
      value: { kind: "array", element: { kind: "primitive", name: "int" } },
    });
    expect(tags.params[0]?.type).toMatchObject({ kind: "enum", name: "Flags", bitfield: true });
  });

  it("reads deprecated and experimental markers, empty text included", () => {
    expect(widget.methods.find((method) => method.name === "old_spin")?.deprecated).toBe(
      "Use [method spin].",
    );
    const fresh = must(widget.methods.find((method) => method.name === "new_spin"));
    expect(fresh.experimental).toBe("");
    expect(fresh.deprecated).toBeUndefined();
    expect("deprecated" in must(widget.methods.find((method) => method.name === "spin"))).toBe(
      false,
    );
  });

  it("reads properties with accessors, defaults and overrides", () => {
    expect(
      widget.properties.map((p) => [p.name, p.setter, p.getter, p.default, p.overrides]),
    ).toEqual([
      ["speed", "set_speed", "get_speed", "1.5", null],
      ["mode", "set_mode", "get_mode", "0", null],
      ["layers", "set_layers", "get_layers", "3", null],
      ["origin", "set_origin", "get_origin", "Point(0, 0)", null],
      ["name", null, "get_name", '"w"', "Object"],
    ]);
    expect(widget.properties[0]?.description).toBe("How fast.");
    expect(widget.properties[2]?.type).toMatchObject({
      kind: "enum",
      name: "Layers",
      bitfield: true,
    });
  });

  it("reads signals", () => {
    expect(widget.signals).toHaveLength(1);
    expect(widget.signals[0]?.params.map((param) => param.type)).toEqual([
      { kind: "primitive", name: "int" },
      { kind: "class", name: "Helper" },
    ]);
  });

  it("gathers enums from constants in first-seen order, keeping plain constants", () => {
    expect(widget.constants.map((constant) => [constant.name, constant.enum])).toEqual([
      ["MODE_SLOW", "Mode"],
      ["MAX_TURNS", null],
      ["MODE_FAST", "Mode"],
      ["LAYER_A", "Layers"],
      ["LAYER_B", "Layers"],
    ]);
    expect(
      widget.enums.map((e) => [e.name, e.bitfield, e.values.map((value) => value.name)]),
    ).toEqual([
      ["Mode", false, ["MODE_SLOW", "MODE_FAST"]],
      ["Layers", true, ["LAYER_A", "LAYER_B"]],
    ]);
    const globals = must(corpus.classes.get("@GlobalScope"));
    expect(globals.enums.map((e) => [e.name, e.bitfield])).toEqual([
      ["Error", false],
      ["Flags", true],
      ["Variant.Type", false],
    ]);
  });

  it("reads theme items, constructors, operators and module annotations", () => {
    expect(widget.themeItems).toEqual([
      {
        name: "tint",
        dataType: "color",
        type: { kind: "class", name: "Color" },
        default: "Color(1, 1, 1, 1)",
        description: "Tint colour.",
        loc: { file: path.join(fixtures, "godot4/doc/classes/Widget.xml"), line: 98 },
      },
    ]);
    const point = must(corpus.classes.get("Point"));
    expect(point.constructors[0]?.params.map((param) => param.name)).toEqual(["x", "y"]);
    expect(point.operators[0]?.name).toBe("operator +");
    expect(point.constants.find((constant) => constant.name === "ORIGIN")?.value).toBe(
      "Point(0, 0)",
    );
    expect(must(corpus.classes.get("Gizmo")).annotations[0]?.name).toBe("@tool");
  });
});

describe("model: Godot 3 fixture", () => {
  it("reads <argument>, Pool*Array, Reference and the version attribute", async () => {
    const corpus = await readCorpus({ root: path.join(fixtures, "godot3") });
    expect(corpus.version).toBe("3.6");
    expect(corpus.generation).toBe(3);
    const sprocket = must(corpus.classes.get("Sprocket"));
    expect(sprocket.inherits).toBe("Reference");
    const put = must(sprocket.methods.find((method) => method.name === "put_data"));
    expect(put.returnType).toMatchObject({ kind: "enum", owner: null, name: "Error" });
    expect(put.params.map((param) => [param.name, param.type, param.default])).toEqual([
      ["data", { kind: "packed", element: "byte", written: "PoolByteArray" }, null],
      [
        "names",
        { kind: "packed", element: "string", written: "PoolStringArray" },
        "PoolStringArray(  )",
      ],
    ]);
    expect(sprocket.signals[0]?.params[0]?.name).toBe("angle");
    expect(sprocket.tutorials).toEqual([{ title: "", url: "https://example.invalid/sprockets" }]);
    expect(sprocket.enums.map((e) => e.name)).toEqual(["Size"]);
  });

  it("lets the caller override the version", async () => {
    const corpus = await readCorpus({ root: path.join(fixtures, "godot3") }, { version: "3.5" });
    expect(corpus.version).toBe("3.5");
  });
});

describe("model: description dedent", () => {
  it.each([
    ["\n\t\tOne line.\n\t", "One line."],
    ["\n\t\tA\n\n\t\tB\n\t", "A\n\nB"],
    [
      "\n\t\t[codeblock]\n\t\tif x:\n\t\t\ty()\n\t\t[/codeblock]\n\t",
      "[codeblock]\nif x:\n\ty()\n[/codeblock]",
    ],
    ["\n\t\t\n\t", ""],
    ["", ""],
    ["Inline text", "Inline text"],
  ])("%j → %j", (input, expected) => {
    expect(dedentDescription(input)).toBe(expected);
  });
});

describe("model: dedentDescription", () => {
  /** The plain form it replaces, kept as the reference: split, trim, cut the common indent. */
  function reference(text: string): string {
    const lines = text.split("\n").map((line) => line.trimEnd());
    let first = 0;
    while (first < lines.length && lines[first] === "") first++;
    let last = lines.length - 1;
    while (last >= first && lines[last] === "") last--;
    if (first > last) return "";
    const body = lines.slice(first, last + 1);
    const indent = Math.min(
      ...body.filter((line) => line !== "").map((line) => /^[\t ]*/.exec(line)?.[0].length ?? 0),
    );
    return body.map((line) => line.slice(indent)).join("\n");
  }

  it("matches the split-and-trim form on edge cases", () => {
    const cases = [
      "",
      " \t ",
      "\n\n",
      "a",
      "\n\t\t\tOne line.\n\t\t",
      "\t\ta\n\t\t\tb\n\n\t\tc\t \n",
      "\t\t[codeblock]\n\t\t\tindented\n\t\t \n\t\t[/codeblock]\n",
      "\u00a0x\u00a0\u2003",
      "x\r\n y\r\n",
      "\n  \n\ta\n \t b \u3000\n",
    ];
    for (const text of cases)
      expect(dedentDescription(text), JSON.stringify(text)).toBe(reference(text));
  });

  it("matches it on every text of both corpora", async () => {
    let texts = 0;
    for (const docs of [docs4, docs3]) {
      const dir = path.join(docs, "doc/classes");
      for (const name of readdirSync(dir).filter((entry) => entry.endsWith(".xml"))) {
        const file = path.join(dir, name);
        const stack = [parseClassFile(readFileSync(file, "utf8"), file).root];
        for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
          stack.push(...element.children);
          if (element.text === "") continue;
          texts++;
          if (dedentDescription(element.text) !== reference(element.text)) {
            expect(dedentDescription(element.text), `${name} <${element.name}>`).toBe(
              reference(element.text),
            );
          }
        }
      }
    }
    expect(texts).toBeGreaterThan(50_000);
  }, 60_000);
});
