// extractClassReference on archives made in the test: what is written, and what aborts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FetchDocsError } from "../../scripts/fetch-docs/errors.js";
import { extractClassReference } from "../../scripts/fetch-docs/extract.js";
import { rawArchive } from "./archives.js";
import { snapshot } from "./cache-files.js";

/** Keeps a user's git config (signing, default-branch hints) out of the test's commits. */
const GIT_QUIET = ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"];

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "fetch-docs-extract-"));
  out = path.join(dir, "out");
  mkdirSync(out);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The bytes in pieces of `size`, as a download would deliver them. */
async function* pieces(bytes: Buffer, size = 1000): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) {
    yield bytes.subarray(offset, offset + size);
  }
}

async function failure(run: Promise<unknown>): Promise<FetchDocsError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchDocsError);
  return error as FetchDocsError;
}

describe("extractClassReference", () => {
  it("reads a git-archive tarball (pax global header, long paths) fed in small pieces", async () => {
    const repo = path.join(dir, "repo");
    const longModule = "m".repeat(90);
    const files: Record<string, string> = {
      "doc/classes/Node.xml": "<class name='Node' />\n",
      "doc/class.xsd": "<xs:schema />\n",
      [`modules/${longModule}/doc_classes/LongModuleClass.xml`]:
        "<class name='LongModuleClass' />\n",
      "platform/web/doc_classes/JavaScriptBridge.xml": "<class name='JavaScriptBridge' />\n",
      "main/main.cpp": "int main() {}\n",
    };
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), content);
    }
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-C", repo, ...["-c", "user.name=t", "-c", "user.email=t@t"], ...GIT_QUIET, ...args],
        { stdio: ["ignore", "pipe", "ignore"] },
      );
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "tree");
    const archive = git("archive", "--format=tar.gz", "--prefix=godot-9.9.9-stable/", "HEAD");
    expect(archive.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const result = await extractClassReference(pieces(archive, 333), out);
    expect(result).toEqual({ classFiles: 3, schema: true });
    const written = snapshot(out);
    delete files["main/main.cpp"];
    expect(written).toEqual(files);
  });

  it("skips a symbolic link at a class file path and keeps the archive's last copy of a repeated file", async () => {
    const archive = rawArchive([
      { path: "godot/doc/classes/", type: "Directory" },
      {
        path: "godot/doc/classes/Link.xml",
        type: "SymbolicLink",
        linkpath: "../../../../etc/passwd",
      },
      { path: "godot/doc/classes/Node.xml", content: "first\n" },
      { path: "godot/doc/classes/Node.xml", content: "second\n" },
    ]);
    const result = await extractClassReference(pieces(archive), out);
    expect(result).toEqual({ classFiles: 1, schema: false });
    expect(snapshot(out)).toEqual({ "doc/classes/Node.xml": "second\n" });
  });

  it("refuses an absolute entry path before writing anything after it", async () => {
    const archive = rawArchive([
      { path: "/tmp/godot/doc/classes/Node.xml", content: "x\n" },
      { path: "godot/doc/classes/Later.xml", content: "y\n" },
    ]);
    const error = await failure(extractClassReference(pieces(archive), out));
    expect(error.kind).toBe("archive");
    expect(error.message).toContain('"/tmp/godot/doc/classes/Node.xml": absolute path');
    expect(snapshot(out)).toEqual({});
  });

  it("fails on bytes that are not gzip", async () => {
    const error = await failure(
      extractClassReference(pieces(Buffer.from("<html>rate limited</html>\n".repeat(50))), out),
    );
    expect(error.kind).toBe("archive");
    expect(error.message).toMatch(/not a readable \.tar\.gz: .*header/i);
  });

  it("fails on a gzip stream cut short", async () => {
    const archive = rawArchive([{ path: "godot/doc/classes/Node.xml", content: "x".repeat(5000) }]);
    const error = await failure(
      extractClassReference(pieces(archive.subarray(0, archive.length - 20)), out),
    );
    expect(error.kind).toBe("archive");
    expect(error.message).toContain("unexpected end of file");
  });

  it("fails on a tar stream cut short inside a kept file", async () => {
    const whole = rawArchive([{ path: "godot/doc/classes/Node.xml", content: "x".repeat(5000) }]);
    // Header plus 1000 of the 5000 bytes, in a gzip stream that itself is complete.
    const cut = gzipSync(gunzipSync(whole).subarray(0, 512 + 1000));
    const error = await failure(extractClassReference(pieces(cut), out));
    expect(error.kind).toBe("archive");
    expect(error.message).toContain("Truncated input");
  });

  it("fails on gzip that holds no tar", async () => {
    const error = await failure(
      extractClassReference(pieces(gzipSync(Buffer.from("plain text\n".repeat(100)))), out),
    );
    expect(error.kind).toBe("archive");
    expect(error.message).toContain("TAR_ENTRY_INVALID: checksum failure");
  });

  it("passes a network failure of the source through unchanged", async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield gzipSync(Buffer.alloc(0)).subarray(0, 5);
      throw new FetchDocsError("network", "connection reset");
    }
    const error = await failure(extractClassReference(broken(), out));
    expect(error.kind).toBe("network");
    expect(error.message).toBe("connection reset");
  });

  it("writes nothing more once it has failed, so the caller can remove the folder at once", async () => {
    const many = rawArchive(
      Array.from({ length: 200 }, (_, index) => ({
        path: `godot/doc/classes/Class${index}.xml`,
        content: `<class name="Class${index}" />\n`,
      })),
    );
    async function* thenBreak(): AsyncGenerator<Uint8Array> {
      yield many;
      // Break off once the first file is on disk, with the others still queued behind it.
      const first = path.join(out, "doc/classes/Class0.xml");
      for (let waited = 0; !existsSync(first) && waited < 5000; waited += 5) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new FetchDocsError("network", "connection reset");
    }
    const error = await failure(extractClassReference(thenBreak(), out));
    expect(error.message).toBe("connection reset");
    rmSync(out, { recursive: true });
    // A write still queued would recreate the folder; give any such write time to show up.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(out)).toBe(false);
  });

  it("writes the class file bytes unchanged", async () => {
    const content = '<?xml version="1.0" ?>\n<class name="Ünïcode">\t[b]x[/b]</class>\n';
    const archive = rawArchive([{ path: "godot/doc/classes/Unicode.xml", content }]);
    await extractClassReference(pieces(archive, 7), out);
    expect(readFileSync(path.join(out, "doc/classes/Unicode.xml"), "utf8")).toBe(content);
  });
});
