// Archives the fetch-docs tests serve: a godot-like source tree packed by the system `tar`
// (as a release archive is made), and hand-made entries for cases `tar` will not write.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Header } from "tar";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../..");
/** Hand-written class files laid out like a checkout (doc/classes, modules/, platform/). */
const FIXTURE_TREE = path.join(repoRoot, "test/fixtures/xml/godot4");

export const TOP_FOLDER = "godot-9.9.9-stable";

/** Paths (under the top folder) of the class reference files the source tree holds. */
export const CLASS_REFERENCE_FILES = [
  "doc/class.xsd",
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
] as const;

/** Files in the tree that are not class reference and must not be extracted. */
export const UNRELATED_FILES = [
  "README.md",
  "core/object/object.cpp",
  "doc/translations/fr.po",
  "doc/classes/notes.txt",
  "modules/gizmo/gizmo.cpp",
  "modules/gizmo/doc_classes/nested/Deep.xml",
  "editor/icons/Node.svg",
] as const;

const SCHEMA = `<?xml version="1.0" encoding="UTF-8" ?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <!-- a stand-in for Godot's doc/class.xsd -->
</xs:schema>
`;

/** An incompressible file in the tree, so the download spans many read_chunk_size pieces. */
export const BLOB_FILE = "thirdparty/blob.bin";
const BLOB_BYTES = 1024 * 1024;

/** A godot-like source tree packed with `tar -czf`, as bytes. */
export function sourceArchive(): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), "fetch-docs-tree-"));
  try {
    const top = path.join(dir, TOP_FOLDER);
    cpSync(FIXTURE_TREE, top, { recursive: true });
    writeFileSync(path.join(top, "doc/class.xsd"), SCHEMA);
    for (const file of UNRELATED_FILES) {
      mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
      writeFileSync(path.join(top, file), `unrelated: ${file}\n`);
    }
    mkdirSync(path.join(top, path.dirname(BLOB_FILE)), { recursive: true });
    writeFileSync(path.join(top, BLOB_FILE), randomBytes(BLOB_BYTES));
    const archive = path.join(dir, "godot.tar.gz");
    execFileSync("tar", ["-czf", archive, "-C", dir, TOP_FOLDER]);
    return readFileSync(archive);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes a class reference file should have after extraction (the source tree's copy). */
export function expectedContent(relativePath: string): string {
  return relativePath === "doc/class.xsd"
    ? SCHEMA
    : readFileSync(path.join(FIXTURE_TREE, relativePath), "utf8");
}

export interface RawEntry {
  readonly path: string;
  readonly content?: string;
  readonly type?: "File" | "Directory" | "SymbolicLink";
  readonly linkpath?: string;
}

/**
 * A .tar.gz written header by header, for entries `tar` refuses to make (`..` segments,
 * absolute paths). Paths must fit ustar's 100-byte name field.
 */
export function rawArchive(entries: readonly RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.content ?? "", "utf8");
    const type = entry.type ?? "File";
    const header = new Header({
      path: entry.path,
      type,
      mode: type === "Directory" ? 0o755 : 0o644,
      size: type === "File" ? body.length : 0,
      mtime: new Date(0),
      uid: 0,
      gid: 0,
      ...(entry.linkpath === undefined ? {} : { linkpath: entry.linkpath }),
    });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block);
    if (type === "File" && body.length > 0) {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}
