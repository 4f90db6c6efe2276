/** Translated docs: the .po reader, the corpus translation, and the real zh_Hant catalogue. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tsdocMessages } from "../../codegen/docs/index.js";
import { emitProject, NO_OVERRIDES } from "../../codegen/emit/index.js";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import { runPipeline } from "../../codegen/pipeline.js";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import {
  catalogPath,
  CONTEXT_SEPARATOR,
  parsePo,
  readCatalog,
  translateCorpus,
} from "../../codegen/translate/index.js";
import { runCli } from "../../codegen/cli/run.js";
import { docs4 } from "../codegen/paths.js";

const TINY_PO = String.raw`# A translator comment.
msgid ""
msgstr ""
"Language: xx\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "A widget."
msgstr "Ein Widget."

#: doc/classes/Widget.xml
msgid ""
"Spins the widget.\n"
"See [method stop] and \"quotes\", a \\ and a\ttab."
msgstr ""
"Dreht das Widget.\n"
"Siehe [method stop] und \"Zitate\", ein \\ und ein\tTab."

#, fuzzy
msgid "Stops the widget."
msgstr "Hält vielleicht an."

msgid "Untranslated."
msgstr ""

msgctxt "menu"
msgid "Open"
msgstr "Öffnen"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Eine Datei"
msgstr[1] "%d Dateien"

#, c-format, fuzzy
msgid "Also fuzzy."
msgstr "Auch unsicher."

#~ msgid "Gone."
#~ msgstr "Weg."
`;

describe("PO reader", () => {
  const catalog = parsePo(TINY_PO, "tiny.po");

  it("keeps translated entries, with escapes and continuation lines decoded", () => {
    expect(catalog.get("A widget.")).toBe("Ein Widget.");
    expect(catalog.get('Spins the widget.\nSee [method stop] and "quotes", a \\ and a\ttab.')).toBe(
      'Dreht das Widget.\nSiehe [method stop] und "Zitate", ein \\ und ein\tTab.',
    );
    expect(catalog.get(`menu${CONTEXT_SEPARATOR}Open`)).toBe("Öffnen");
    expect(catalog.get("One file")).toBe("Eine Datei");
  });

  it("drops the header, fuzzy, untranslated and obsolete entries", () => {
    expect(catalog.has("")).toBe(false);
    expect(catalog.has("Stops the widget.")).toBe(false);
    expect(catalog.has("Also fuzzy.")).toBe(false);
    expect(catalog.has("Untranslated.")).toBe(false);
    expect(catalog.has("Gone.")).toBe(false);
    expect(catalog.has("Open")).toBe(false);
    expect(catalog.size).toBe(4);
  });

  it("names the line of a malformed entry", () => {
    const bad = 'msgid "ok"\nmsgstr "fine"\n\nmsgid "broken\nmsgstr "x"\n';
    expect(() => parsePo(bad, "bad.po")).toThrow(GeneratorInputError);
    expect(() => parsePo(bad, "bad.po")).toThrow("bad.po:4:");
    expect(() => parsePo('msgid "a"\nmsgstr "b"\nnonsense\n', "bad.po")).toThrow("bad.po:3:");
  });
});

const OBJECT = `<?xml version="1.0" encoding="UTF-8" ?>
<class name="Object">
	<brief_description>
	</brief_description>
	<description>
	</description>
	<tutorials>
	</tutorials>
</class>
`;

const WIDGET = `<?xml version="1.0" encoding="UTF-8" ?>
<class name="Widget" inherits="Object">
	<brief_description>
		A widget.
	</brief_description>
	<description>
	</description>
	<tutorials>
	</tutorials>
	<methods>
		<method name="spin">
			<return type="void" />
			<description>
				Spins the widget.
				See [method stop] and "quotes", a \\ and a	tab.
			</description>
		</method>
		<method name="stop">
			<return type="void" />
			<description>
				Stops the widget.
			</description>
		</method>
		<method name="idle">
			<return type="void" />
			<description>
				Untranslated.
			</description>
		</method>
	</methods>
</class>
`;

describe("generate --lang on a fixture docs root", () => {
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "godot-typed-lang-"));
    await mkdir(path.join(root, "doc", "classes"), { recursive: true });
    await mkdir(path.join(root, "doc", "translations"), { recursive: true });
    await writeFile(path.join(root, "doc", "classes", "Object.xml"), OBJECT);
    await writeFile(path.join(root, "doc", "classes", "Widget.xml"), WIDGET);
    await writeFile(catalogPath(root, "xx"), TINY_PO);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("translates briefs and member docs, leaving fuzzy and untranslated texts English", async () => {
    const result = await runPipeline({
      docs: { root },
      selection: "all",
      overrides: NO_OVERRIDES,
      facade: null,
      translation: { lang: "xx", file: catalogPath(root, "xx") },
    });
    const widget = result.files.get("Widget.ts") ?? "";
    expect(widget).toContain("Ein Widget.");
    expect(widget).toContain("Dreht das Widget.");
    // The translated text's BBCode is converted like the English: the reference is a link.
    expect(widget).toContain("Siehe {@link Widget.stop}");
    expect(widget).toContain("Stops the widget.");
    expect(widget).not.toContain("Hält vielleicht an.");
    expect(widget).toContain("Untranslated.");
    expect(widget).not.toContain("A widget.");
    expect(result.stats.timings.map((t) => t.stage)).toContain("translate");
  });

  it("is a CLI flag that needs --out and an existing catalogue", async () => {
    const out = path.join(root, "out");
    let stdout = "";
    let stderr = "";
    const io = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: root,
      env: {},
    };
    const base = ["generate", "--docs", root, "--all", "--config", path.join(root, "none.json")];
    await writeFile(
      path.join(root, "none.json"),
      JSON.stringify({ manifest: null, overrides: null }),
    );
    expect(await runCli([...base, "--lang", "xx", "--out", out, "--quiet"], io)).toBe(0);
    expect(await readFile(path.join(out, "Widget.ts"), "utf8")).toContain("Ein Widget.");
    expect(await runCli([...base, "--lang", "xx"], io)).toBe(2);
    expect(stderr).toContain("--lang needs --out");
    expect(await runCli([...base, "--lang", "yy", "--out", out], io)).toBe(1);
    expect(stderr).toContain("no translation catalogue");
    expect(await runCli([...base, "--lang", "../x", "--out", out], io)).toBe(2);
    expect(stdout).toContain("files written");
  });
});

describe("the real zh_Hant catalogue of Godot 4.6.3", () => {
  const file = catalogPath(docs4, "zh_Hant");

  it("reads the same translated entries as gettext-parser", { timeout: 120_000 }, async () => {
    const ours = await readCatalog(file);
    // gettext-parser ships no types; only its documented result shape is used.
    const specifier = "gettext-parser";
    const { po } = (await import(specifier)) as {
      po: {
        parse(input: Buffer): {
          translations: Record<
            string,
            Record<string, { msgid: string; msgstr: string[]; comments?: { flag?: string } }>
          >;
        };
      };
    };
    const parsed = po.parse(await readFile(file));
    const reference = new Map<string, string>();
    for (const [context, entries] of Object.entries(parsed.translations)) {
      for (const entry of Object.values(entries)) {
        const fuzzy = (entry.comments?.flag ?? "").split(",").some((f) => f.trim() === "fuzzy");
        const translated = entry.msgstr[0] ?? "";
        if (entry.msgid === "" || fuzzy || translated === "") continue;
        reference.set(
          context === "" ? entry.msgid : `${context}${CONTEXT_SEPARATOR}${entry.msgid}`,
          translated,
        );
      }
    }
    expect(reference.size).toBeGreaterThan(10_000);
    expect(ours.size).toBe(reference.size);
    const differing = [...reference].filter(([id, text]) => ours.get(id) !== text);
    expect(differing.slice(0, 3)).toEqual([]);
  });

  it("translates HTTPClient's brief in the bound set", { timeout: 120_000 }, async () => {
    const result = await runPipeline({
      docs: { root: docs4 },
      selection: { classes: ["HTTPClient"] },
      overrides: NO_OVERRIDES,
      facade: null,
      translation: { lang: "zh_Hant", file },
    });
    const text = result.files.get("HTTPClient.ts") ?? "";
    expect(text).toContain("低級別的超文字傳輸協定使用者端。");
    expect(text).not.toContain("Low-level hyper-text transfer protocol client.");
  });

  it(
    "emits the whole corpus in zh_Hant with every comment clean for @microsoft/tsdoc",
    { timeout: 240_000 },
    async () => {
      const english = await readCorpus({ root: docs4 });
      const { corpus, stats } = translateCorpus(english, await readCatalog(file));
      expect(stats.translated).toBeGreaterThan(stats.texts / 2);
      const linked = resolveCorpus(corpus, "all", { allowUnknownTypes: true });
      const { files } = await emitProject(linked, {
        overrides: NO_OVERRIDES,
        facade: null,
        docsUrl: "https://docs.example",
      });
      const bad: string[] = [];
      let count = 0;
      for (const [name, content] of files) {
        for (const comment of content.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
          count++;
          const messages = tsdocMessages(comment);
          if (messages.length > 0 && bad.length < 10)
            bad.push(`${name}: ${messages[0]}\n${comment.slice(0, 300)}`);
        }
      }
      expect(count).toBeGreaterThan(10_000);
      expect(bad).toEqual([]);
    },
  );
});
