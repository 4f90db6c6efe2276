import type {
  ClassModel,
  ConstantModel,
  Corpus,
  EnumModel,
  MethodModel,
  PropertyModel,
  SignalModel,
  ThemeItemModel,
} from "../ir/types.js";
import type { Catalog } from "./po-file.js";

export interface TranslationStats {
  /** Texts that had a translation. */
  readonly translated: number;
  /** Non-empty texts looked up in all (the rest stay English). */
  readonly texts: number;
}

/**
 * Replaces every documentation text of the corpus (class briefs and descriptions, and the
 * descriptions of methods, constructors, operators, annotations, properties, signals, constants
 * and theme items) by its translation, before the docs stage converts the BBCode. As in Godot
 * (make_rst.py, the editor's `_translate_doc_string`), the key is the dedented text, matched
 * exactly; a text with no translated entry stays English. Names, types and defaults never change.
 * (The XML has no parameter descriptions: a parameter is documented inside its method's text.)
 */
export function translateCorpus(
  corpus: Corpus,
  catalog: Catalog,
): { corpus: Corpus; stats: TranslationStats } {
  let translated = 0;
  let texts = 0;
  const tr = (text: string): string => {
    if (text === "") return text;
    texts++;
    const found = catalog.get(text);
    if (found === undefined) return text;
    translated++;
    return found;
  };
  const described = <T extends { readonly description: string }>(item: T): T => ({
    ...item,
    description: tr(item.description),
  });
  const classes = new Map<string, ClassModel>();
  for (const [name, model] of corpus.classes) {
    const constants = model.constants.map((c: ConstantModel) => described(c));
    const byName = new Map(constants.map((c) => [c.name, c]));
    classes.set(name, {
      ...model,
      brief: tr(model.brief),
      description: tr(model.description),
      methods: model.methods.map((m: MethodModel) => described(m)),
      constructors: model.constructors.map((m: MethodModel) => described(m)),
      operators: model.operators.map((m: MethodModel) => described(m)),
      annotations: model.annotations.map((m: MethodModel) => described(m)),
      properties: model.properties.map((p: PropertyModel) => described(p)),
      signals: model.signals.map((s: SignalModel) => described(s)),
      constants,
      // Enum values are the same constants: keep both views in step.
      enums: model.enums.map((e: EnumModel): EnumModel => ({
        ...e,
        values: e.values.map((v) => byName.get(v.name) ?? v),
      })),
      themeItems: model.themeItems.map((t: ThemeItemModel) => described(t)),
    });
  }
  return { corpus: { ...corpus, classes }, stats: { translated, texts } };
}
