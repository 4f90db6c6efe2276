/**
 * Translated docs: a Godot class reference translation (`doc/translations/<lang>.po`) applied to
 * the modelled corpus, between the model and resolve stages, so everything after it (links,
 * TSDoc, emit) works on the translated text unchanged.
 */
export { catalogPath, isLanguageCode, readCatalog } from "./catalog-file.js";
export { CONTEXT_SEPARATOR, parsePo, type Catalog } from "./po-file.js";
export { translateCorpus, type TranslationStats } from "./translate-corpus.js";
