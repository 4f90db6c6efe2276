import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import {
  discoverClassFiles,
  parseClassFile,
  readCorpus,
  versionFromFolderName,
} from "../../codegen/read/index.js";
import { fixtures } from "./paths.js";

async function inputError(promise: Promise<unknown>): Promise<GeneratorInputError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GeneratorInputError);
  return error as GeneratorInputError;
}

describe("read: locating class files", () => {
  it("finds doc/classes, modules/*/doc_classes and platform/*/doc_classes in a checkout layout, sorted", async () => {
    const files = await discoverClassFiles(path.join(fixtures, "godot4"));
    const relative = files.map((file) => path.relative(path.join(fixtures, "godot4"), file));
    expect(relative).toEqual([
      "doc/classes/@GlobalScope.xml",
      "doc/classes/Color.xml",
      "doc/classes/Helper.xml",
      "doc/classes/Object.xml",
      "doc/classes/Point.xml",
      "doc/classes/RefCounted.xml",
      "doc/classes/Toolbox.xml",
      "doc/classes/Widget.xml",
      "modules/gizmo/doc_classes/Gizmo.xml",
      "platform/web/doc_classes/WebBridge.xml",
    ]);
  });

  it("reads a plain folder of XML files", async () => {
    const corpus = await readCorpus({ root: path.join(fixtures, "godot3") });
    expect([...corpus.classes.keys()].sort()).toEqual([
      "@GlobalScope",
      "Object",
      "Reference",
      "Sprocket",
    ]);
  });

  it("reads an explicit file list", async () => {
    const corpus = await readCorpus({
      files: [
        path.join(fixtures, "godot3/Object.xml"),
        path.join(fixtures, "godot3/Reference.xml"),
      ],
    });
    expect([...corpus.classes.keys()]).toEqual(["Object", "Reference"]);
  });

  it("rejects a missing docs root and an empty folder", async () => {
    expect((await inputError(readCorpus({ root: path.join(fixtures, "nope") }))).message).toContain(
      "docs root does not exist",
    );
    const empty = await mkdtemp(path.join(tmpdir(), "godot-typed-empty-"));
    try {
      expect((await inputError(readCorpus({ root: empty }))).message).toContain(
        "no class files found",
      );
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it("takes the version from a folder name", () => {
    expect(versionFromFolderName("/x/godot-docs/4.6.3")).toBe("4.6.3");
    expect(versionFromFolderName("/x/3.6-stable")).toBe("3.6");
    expect(versionFromFolderName("/x/docs")).toBeNull();
  });
});

describe("read: bad input names file and line", () => {
  const cases: [file: string, line: number, message: string][] = [
    ["malformed.xml", 15, "malformed XML"],
    ["unknown-element.xml", 15, "unknown element <throws>"],
    ["unknown-attribute.xml", 11, 'unknown attribute "nullable" on <member>'],
    ["stray-ampersand.xml", 4, "malformed XML"],
  ];
  it.each(cases)("%s → line %i", async (name, line, message) => {
    const file = path.join(fixtures, "bad", name);
    const error = await inputError(readCorpus({ files: [file] }));
    expect(error.file).toBe(file);
    expect(error.line).toBe(line);
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${file}:${line}: `)).toBe(true);
  });

  describe("generated variants", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "godot-typed-bad-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true });
    });
    const write = async (name: string, text: string) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    };

    it("reports an element not allowed in its parent", async () => {
      const file = await write(
        "nested.xml",
        '<class name="A">\n<methods>\n<member name="x" />\n</methods>\n</class>\n',
      );
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.line).toBe(3);
      expect(error.message).toContain("<member> is not allowed inside <methods>");
    });

    it("reports a tag never closed at its opening line", async () => {
      const file = await write("unclosed.xml", '<class name="A">\n<methods>\n</class>\n');
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.message).toContain("Expected closing tag 'methods'");
      expect(error.line).toBe(3);
    });

    it("reports a stray '<' in text and a raw '&' in an attribute", async () => {
      const lt = await write(
        "lt.xml",
        '<class name="A">\n<brief_description>\na < b\n</brief_description>\n</class>\n',
      );
      expect((await inputError(readCorpus({ files: [lt] }))).line).toBe(3);
      const amp = await write(
        "amp.xml",
        '<class name="A">\n<members>\n<member name="m" type="int" setter="" getter="" default="a&b" />\n</members>\n</class>\n',
      );
      expect((await inputError(readCorpus({ files: [amp] }))).line).toBe(3);
    });

    it("reports text outside the root element", async () => {
      const file = await write("outside.xml", '<class name="A">\n</class>\n\ntrailing words\n');
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.message).toContain("malformed XML");
      expect(error.line).toBe(4);
    });

    it("reports a wrong root element", async () => {
      const file = await write("root.xml", '<?xml version="1.0"?>\n\n<klass name="A" />\n');
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.line).toBe(3);
    });

    it("reports a missing required attribute", async () => {
      const file = await write(
        "noname.xml",
        '<class name="A">\n<constants>\n<constant value="1" />\n</constants>\n</class>\n',
      );
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.line).toBe(3);
      expect(error.message).toContain('missing its "name" attribute');
    });

    it("reports a class defined twice", async () => {
      const a = await write("twice-a.xml", '<class name="Twice" />\n');
      const b = await write("twice-b.xml", '\n<class name="Twice" />\n');
      const error = await inputError(readCorpus({ files: [a, b] }));
      expect(error.file).toBe(b);
      expect(error.line).toBe(2);
      expect(error.message).toContain(`first in ${a}:1`);
    });

    it("reports a malformed type string", async () => {
      const file = await write(
        "type.xml",
        '<class name="A">\n<members>\n<member name="m" type="Array[int" setter="" getter="" />\n</members>\n</class>\n',
      );
      const error = await inputError(readCorpus({ files: [file] }));
      expect(error.line).toBe(3);
      expect(error.message).toContain('malformed type "Array[int"');
    });
  });
});

describe("read: element lines", () => {
  it("gives every element the line of its opening tag, including multi-line and self-closing tags", () => {
    const text = [
      '<?xml version="1.0"?>',
      '<class name="A"',
      '  inherits="Object">',
      "<methods><method name='m'>",
      '<return type="void"/>',
      '<param index="0" name="p" type="int"></param><description>',
      "x &lt; y",
      "</description></method></methods>",
      "</class>",
    ].join("\n");
    const { root } = parseClassFile(text, "inline.xml");
    const method = root.children[0]?.children[0];
    expect(root.line).toBe(2);
    expect(root.children[0]?.line).toBe(4);
    expect(method?.line).toBe(4);
    expect(method?.children.map((child) => [child.name, child.line])).toEqual([
      ["return", 5],
      ["param", 6],
      ["description", 6],
    ]);
    expect(method?.children[2]?.text).toBe("\nx < y\n");
  });

  it("accepts the element named constructor (a prototype key) and keeps its line", () => {
    const text =
      '<class name="V">\n<constructors>\n<constructor name="V">\n<return type="V" />\n</constructor>\n</constructors>\n</class>';
    const { root } = parseClassFile(text, "ctor.xml");
    const ctor = root.children[0]?.children[0];
    expect(ctor?.name).toBe("constructor");
    expect(ctor?.line).toBe(3);
    expect(ctor?.children[0]?.line).toBe(4);
  });
});
