// The class-file reader under bad input, through the library (parseClassFile): truncated real
// files, seeded fuzzing of mutations, and errors planted at known lines. Every outcome must be a
// parsed file or a GeneratorInputError naming the file and a line inside it — never another
// exception. Fuzz runs are seeded and fixed in number; fast-check prints the seed and path of a
// failing case in the assertion message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GeneratorInputError, parseClassFile } from "../../codegen/index.js";
import {
  lineAtOffset,
  realClassFile,
  truncationLines,
  WIDGET_CLASS,
  type ClassLines,
} from "./inputs.js";

const FILE = "/docs/Widget.xml";
const SEED = 20_260_611;
const RUNS = 300;

type Outcome = { ok: true } | { ok: false; error: GeneratorInputError };

/** Parses, turning a GeneratorInputError into an outcome; any other exception propagates. */
function read(text: string, file = FILE): Outcome {
  try {
    parseClassFile(text, file);
    return { ok: true };
  } catch (error) {
    if (error instanceof GeneratorInputError) return { ok: false, error };
    throw error;
  }
}

/** The error must name `file` and a line that exists in `text`, in the message too. */
function expectLocated(error: GeneratorInputError, text: string, file = FILE): void {
  expect(error.file).toBe(file);
  expect(error.line).not.toBeNull();
  const line = error.line ?? 0;
  expect(Number.isInteger(line)).toBe(true);
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(lineAtOffset(text, text.length));
  expect(error.message.startsWith(`${file}:${line}: `)).toBe(true);
}

function expectError(text: string): GeneratorInputError {
  const outcome = read(text);
  if (outcome.ok) throw new Error(`expected an input error for:\n${text.slice(0, 400)}`);
  expectLocated(outcome.error, text);
  return outcome.error;
}

/** Offsets to cut `text` at: evenly spread, plus just inside and after a few tags. */
function cutOffsets(text: string, spread: number): number[] {
  const end = text.lastIndexOf("</class>");
  const offsets = new Set<number>();
  for (let i = 1; i < spread; i++) offsets.add(Math.floor((end * i) / spread));
  for (const needle of [
    "<class",
    "<methods>",
    "<method ",
    "<description>",
    "</member>",
    "&quot;",
  ]) {
    const at = text.indexOf(needle);
    if (at > 0) [at, at + 1, at + needle.length].forEach((offset) => offsets.add(offset));
  }
  return [...offsets].filter((offset) => offset > 0 && offset < end).sort((a, b) => a - b);
}

const REAL_FILES = [
  ["4.6.3", "HTTPClient"],
  ["3.6", "HTTPClient"],
  ["4.6.3", "Node"],
] as const;

describe("truncated real class files", () => {
  it.each(REAL_FILES)(
    "%s %s.xml cut at 40+ offsets: a located input error every time",
    async (version, name) => {
      const text = await realClassFile(version, name);
      expect(read(text).ok).toBe(true);
      const offsets = cutOffsets(text, 40);
      expect(offsets.length).toBeGreaterThan(40);
      for (const offset of offsets) {
        const cut = text.slice(0, offset);
        const outcome = read(cut);
        expect(outcome.ok, `cut at ${offset} parsed`).toBe(false);
        if (!outcome.ok) expectLocated(outcome.error, cut);
      }
    },
  );

  // Was a bug: malformed() preferred XMLValidator's verdict, which for tags left open at the end
  // of the text is "Invalid '[ "class", ... ]' found." on line 1; the scan's answer is used now.
  it.each(REAL_FILES)(
    "%s %s.xml cut mid-file names the unclosed element's line or the last line, not line 1",
    async (version, name) => {
      const text = await realClassFile(version, name);
      const wrong: string[] = [];
      for (const offset of cutOffsets(text, 40)) {
        const cut = text.slice(0, offset);
        const outcome = read(cut);
        if (outcome.ok) continue;
        const right = truncationLines(cut);
        const line = outcome.error.line ?? 0;
        if (!right.includes(line))
          wrong.push(`cut ${offset}: line ${line}, want one of ${right.join(", ")}`);
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe("errors planted at a known line", () => {
  const body = (lines: ClassLines, from: string, to: string): number[] => {
    const first = lines.lineOf(from);
    const last = lines.lineOf(to);
    return Array.from({ length: last - first }, (_, i) => first + i);
  };

  it("an unknown element on any line inside <class> is reported on that line", () => {
    // Insert after any line from `<class ...>` up to the line before `</class>`.
    const after = body(WIDGET_CLASS, "<class ", "</class>");
    fc.assert(
      fc.property(
        fc.constantFrom(...after),
        fc.constantFrom("frob", "widget_extra", "x"),
        (n, tag) => {
          const text = WIDGET_CLASS.insertAfter(n, `<${tag} />`).text();
          const error = expectError(text);
          expect(error.line).toBe(n + 1);
          expect(error.message).toMatch(
            new RegExp(`unknown element <${tag}>|<${tag}> is not allowed`),
          );
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("an unknown attribute on any opening tag is reported on that tag's line", () => {
    const tagLines = WIDGET_CLASS.lines
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => /^\s*<[a-z_]+[\s>/]/.test(line))
      .map(({ n }) => n);
    expect(tagLines.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.constantFrom(...tagLines), (n) => {
        const original = WIDGET_CLASS.lines[n - 1] ?? "";
        const planted = original.replace(/^(\s*<[a-z_]+)/, '$1 zz_unknown="1"');
        const text = WIDGET_CLASS.replace(n, planted).text();
        const error = expectError(text);
        expect(error.line).toBe(n);
        expect(error.message).toContain('unknown attribute "zz_unknown"');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a bad entity in any text line is reported on that line", () => {
    const textLines = WIDGET_CLASS.lines
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => /^\s*[A-Z$]/.test(line))
      .map(({ n }) => n);
    expect(textLines.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...textLines),
        fc.constantFrom("&bogus;", "&", "&#xZZ;", "&amp", "&lt"),
        (n, entity) => {
          const text = WIDGET_CLASS.replace(
            n,
            `${WIDGET_CLASS.lines[n - 1]} ${entity} tail`,
          ).text();
          const error = expectError(text);
          expect(error.line).toBe(n);
          expect(error.message).toMatch(/entity|'&'/);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a closing tag removed is reported where the mismatch shows, naming the open element", () => {
    // Each is followed directly by its parent's closing tag, which then mismatches.
    for (const closing of ["</method>", "</member>", "\t\t\t</description>", "</constants>"]) {
      const n = WIDGET_CLASS.lineOf(closing);
      const text = WIDGET_CLASS.remove(n).text();
      const error = expectError(text);
      // The next closing tag (now on line n) no longer matches the element left open.
      expect(error.line, closing).toBe(n);
      expect(error.message, closing).toContain(closing.trim().slice(2, -1));
    }
  });
});

describe("seeded fuzzing of mutations", () => {
  const valid = WIDGET_CLASS.text();

  it("random edits (insert, delete, replace a span) never escape as anything but a located input error", () => {
    const edit = fc.record({
      at: fc.nat({ max: valid.length }),
      remove: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom("<", ">", "&", '"', "</", "/>", "<!--", "]]>", "<?", "\u0000", "\ufeff"),
        fc.stringMatching(/^<\/?[a-z_]{1,8}( [a-z]{1,4}="[^"<&]{0,4}")?\/?>$/),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid;
        for (const { at, remove, insert } of edits) {
          const position = Math.min(at, text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const outcome = read(text);
        if (!outcome.ok) expectLocated(outcome.error, text);
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  it("arbitrary text (including binary-looking bytes) is a located input error", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
          fc.string({ unit: "grapheme", maxLength: 100 }),
        ),
        (text) => {
          const outcome = read(text);
          if (!outcome.ok) expectLocated(outcome.error, text);
        },
      ),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  it("fixed garbage samples give located errors", () => {
    for (const garbage of [
      "",
      "garbage",
      "\u0000\u0001\u0002<<<>>>&&&",
      "<class",
      "<<class name='A'>",
      "</class>",
      "<class name='A'></class><class name='B'></class>",
      '<?xml version="1.0"?>',
      "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR",
    ]) {
      const outcome = read(garbage);
      expect(outcome.ok, JSON.stringify(garbage)).toBe(false);
      if (!outcome.ok) expectLocated(outcome.error, garbage);
    }
  });
});

describe("well-formedness rules the reader must enforce", () => {
  // A repeated attribute is not well-formed XML (XML 1.0 §3.1, "Unique Att Spec"); fast-xml-parser
  // would keep the last value silently, so the tag scan rejects it.
  it("a repeated attribute is an input error on its line", () => {
    const n = WIDGET_CLASS.lineOf('<method name="spin">');
    const text = WIDGET_CLASS.replace(n, '\t\t<method name="spin" name="twirl">').text();
    const error = expectError(text);
    expect(error.line).toBe(n);
  });
});
