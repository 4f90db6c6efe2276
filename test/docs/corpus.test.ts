/**
 * The docs gate over both real corpora: every description, brief, tutorial list and
 * deprecation text of every class, converted as `--all` would emit it, must parse in tsdoc with
 * zero messages and close its comment only at the end. Broken references are counted and printed.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocComment, createLinkResolver, tsdocMessages } from "../../codegen/docs/index.js";
import type { DocParts } from "../../codegen/docs/index.js";
import type { LinkMiss } from "../../codegen/ir/diagnostics.js";
import type { LinkedCorpus } from "../../codegen/ir/linked.js";
import type { ClassModel, Lifecycle, SourceLocation } from "../../codegen/ir/types.js";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import { godotDocs } from "../codegen/paths.js";

const docsRoot = (version: string): string => path.join(godotDocs, version);

interface Converted {
  readonly comments: number;
  readonly badComments: {
    readonly where: string;
    readonly comment: string;
    readonly messages: string[];
  }[];
  readonly misses: LinkMiss[];
  readonly ms: number;
}

const lifecycle = (item: Lifecycle): Pick<DocParts, "deprecated" | "experimental"> => ({
  ...(item.deprecated !== undefined ? { deprecated: item.deprecated } : {}),
  ...(item.experimental !== undefined ? { experimental: item.experimental } : {}),
});

/** Every doc comment a class yields, as the emitter would request it. */
function* docRequests(cls: ClassModel): Generator<[DocParts, SourceLocation]> {
  yield [
    { brief: cls.brief, description: cls.description, tutorials: cls.tutorials, ...lifecycle(cls) },
    cls.loc,
  ];
  for (const m of [...cls.methods, ...cls.constructors, ...cls.operators, ...cls.annotations]) {
    yield [{ description: m.description, ...lifecycle(m) }, m.loc];
  }
  for (const p of cls.properties)
    yield [{ description: p.description, defaultValue: p.default, ...lifecycle(p) }, p.loc];
  for (const s of cls.signals) yield [{ description: s.description, ...lifecycle(s) }, s.loc];
  for (const c of cls.constants) yield [{ description: c.description, ...lifecycle(c) }, c.loc];
  for (const t of cls.themeItems)
    yield [{ description: t.description, defaultValue: t.default }, t.loc];
}

function convertAll(linked: LinkedCorpus, docsUrl: string): Converted {
  const resolver = createLinkResolver(linked);
  const misses: LinkMiss[] = [];
  const produced: [string, string][] = [];
  const started = performance.now();
  for (const cls of linked.classes.values()) {
    for (const [parts, loc] of docRequests(cls)) {
      const doc = buildDocComment(parts, { className: cls.name, resolver, docsUrl, loc });
      misses.push(...doc.misses);
      produced.push([`${loc.file}:${loc.line}`, doc.comment]);
    }
  }
  const ms = performance.now() - started;
  const badComments: Converted["badComments"] = [];
  for (const [where, comment] of produced) {
    if (comment === "") continue;
    const messages = tsdocMessages(comment);
    if (comment.indexOf("*/") !== comment.length - 2) messages.push("comment closes early");
    if (messages.length > 0) badComments.push({ where, comment, messages });
  }
  return { comments: produced.length, badComments, misses, ms };
}

/** The class a broken reference points into (the qualifier, or the class holding the docs). */
function targetClass(miss: LinkMiss): string {
  if (miss.tag === "class") return miss.target;
  const dot = miss.target.indexOf(".");
  return dot > 0 ? miss.target.slice(0, dot) : miss.className;
}

describe.each([
  {
    version: "4.6.3",
    docsUrl: "https://docs.godotengine.org/en/4.6",
    minComments: 20_000,
    maxBroken: 250,
  },
  {
    version: "3.6",
    docsUrl: "https://docs.godotengine.org/en/3.6",
    minComments: 10_000,
    maxBroken: 150,
  },
])("docs gate: Godot $version corpus", ({ version, docsUrl, minComments, maxBroken }) => {
  it(
    "converts every doc text to TSDoc with zero parser messages",
    { timeout: 180_000 },
    async () => {
      const corpus = await readCorpus({ root: docsRoot(version) });
      const linked = resolveCorpus(corpus, "all", { allowUnknownTypes: true });
      const result = convertAll(linked, docsUrl);

      for (const bad of result.badComments.slice(0, 5))
        console.error(bad.where, bad.messages, `\n${bad.comment}`);
      expect(result.comments).toBeGreaterThan(minComments);
      expect(result.badComments.length).toBe(0);

      // Everything is emitted, so a miss is either a broken reference or a target the API has no
      // declaration for (builtins mapped to TS types like `int`, global functions, annotations).
      const undeclared = result.misses.filter((m) => m.outsideEmittedSet);
      const broken = result.misses.filter((m) => !m.outsideEmittedSet);
      const intoAbsentClass = broken.filter((m) => linked.get(targetClass(m)) === undefined);
      const intoPresentClass = broken.filter((m) => linked.get(targetClass(m)) !== undefined);
      const summary = new Map<string, number>();
      for (const m of broken) {
        const key = `[${m.tag} ${m.target}] in ${m.className}`;
        summary.set(key, (summary.get(key) ?? 0) + 1);
      }
      console.log(
        `Godot ${version}: ${result.comments} comments in ${Math.round(result.ms)} ms; ` +
          `${undeclared.length} references to targets without a TS declaration; ` +
          `${broken.length} broken references (${intoAbsentClass.length} into classes absent from ` +
          `this corpus, e.g. module classes such as @GDScript; ${intoPresentClass.length} to a missing member)\n` +
          [...summary].map(([key, count]) => `  ${count}× ${key}`).join("\n"),
      );
      // The shared corpus has no modules/ docs: references into module classes are broken here,
      // and nothing else may be. make_rst.py reports 6 broken references with the modules present.
      expect(intoPresentClass.map((m) => `${m.className}: [${m.tag} ${m.target}]`)).toEqual([]);
      expect(broken.length).toBeLessThan(maxBroken);
      for (const miss of broken) expect(miss.loc?.file).toMatch(/\.xml$/);
    },
  );
});
