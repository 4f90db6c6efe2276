import { describe, expect, it } from "vitest";
import { classifyEntry, escapeReason } from "../../scripts/fetch-docs/entries.js";

describe("classifyEntry", () => {
  it.each([
    ["godot-4.6.3-stable/doc/classes/Node.xml", "doc/classes/Node.xml"],
    ["godot-4.6.3-stable/doc/classes/@GlobalScope.xml", "doc/classes/@GlobalScope.xml"],
    ["godot-4.6.3-stable/doc/class.xsd", "doc/class.xsd"],
    [
      "godot-4.6.3-stable/modules/gdscript/doc_classes/@GDScript.xml",
      "modules/gdscript/doc_classes/@GDScript.xml",
    ],
    [
      "godot-4.6.3-stable/platform/android/doc_classes/EditorExportPlatformAndroid.xml",
      "platform/android/doc_classes/EditorExportPlatformAndroid.xml",
    ],
    ["./godot/doc/classes/Node.xml", "doc/classes/Node.xml"],
  ])("keeps %s as %s", (entryPath, relativePath) => {
    expect(classifyEntry(entryPath, "File")).toEqual({ kind: "keep", relativePath });
  });

  it.each([
    "godot-4.6.3-stable/README.md",
    "godot-4.6.3-stable/doc/classes/notes.txt",
    "godot-4.6.3-stable/doc/classes/sub/Node.xml",
    "godot-4.6.3-stable/doc/translations/fr.po",
    "godot-4.6.3-stable/doc/classes/.xml",
    "godot-4.6.3-stable/doc/classes/.hidden.xml",
    "godot-4.6.3-stable/modules/doc_classes/Node.xml",
    "godot-4.6.3-stable/modules/.git/doc_classes/Node.xml",
    "godot-4.6.3-stable/editor/doc_classes/Node.xml",
    "godot-4.6.3-stable/core/doc/classes/Node.xml",
    "doc/classes/Node.xml",
  ])("skips %s", (entryPath) => {
    expect(classifyEntry(entryPath, "File")).toEqual({ kind: "skip" });
  });

  it("skips links and folders even at class file paths", () => {
    expect(classifyEntry("godot/doc/classes/Node.xml", "SymbolicLink")).toEqual({ kind: "skip" });
    expect(classifyEntry("godot/doc/classes/Node.xml", "Link")).toEqual({ kind: "skip" });
    expect(classifyEntry("godot/doc/classes/", "Directory")).toEqual({ kind: "skip" });
  });

  it.each([
    ["godot/doc/classes/../../../etc/passwd.xml", "parent-folder (..) segment"],
    ["godot/../outside/README.md", "parent-folder (..) segment"],
    ["..", "parent-folder (..) segment"],
    ["godot\\..\\..\\x.xml", "parent-folder (..) segment"],
    ["/etc/godot/doc/classes/Node.xml", "absolute path"],
    ["C:/godot/doc/classes/Node.xml", "drive-letter path"],
  ])("refuses %s (%s), whatever its type", (entryPath, reason) => {
    expect(escapeReason(entryPath)).toBe(reason);
    expect(classifyEntry(entryPath, "File")).toEqual({ kind: "refuse", reason });
    expect(classifyEntry(entryPath, "Directory")).toEqual({ kind: "refuse", reason });
  });

  it("accepts names that only contain dots", () => {
    expect(escapeReason("godot/doc/classes/..Node.xml")).toBeNull();
    expect(escapeReason("godot/doc/classes/Node...xml")).toBeNull();
  });
});
