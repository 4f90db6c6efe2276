/**
 * What the read stage hands to the model stage: each class file as a plain element tree, already
 * checked against the class reference schema, with the line of every element's opening tag.
 * Nothing here is interpreted yet (types are still strings, descriptions keep their indentation).
 */

export interface RawElement {
  /** The element name as written (`method`, `param`, `constructor`...). */
  readonly name: string;
  /** Attributes with entities decoded; a prototype-free object so names like `constructor` are safe. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The element's own character data, entities decoded, whitespace untouched. */
  readonly text: string;
  readonly children: readonly RawElement[];
  /** 1-based line of the opening tag. */
  readonly line: number;
}

export interface RawClassFile {
  /** The path the file was read from, as given (used in every error message). */
  readonly file: string;
  /** The `<class>` root element. */
  readonly root: RawElement;
}

export interface RawCorpus {
  readonly files: readonly RawClassFile[];
  /** A version guessed from the docs folder name (`4.6.3`), null when the folder gives none. */
  readonly folderVersion: string | null;
}
