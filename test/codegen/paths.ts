import path from "node:path";
import { fileURLToPath } from "node:url";

/** Shared locations for the codegen tests. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixtures = path.join(repoRoot, "test/fixtures/xml");
export const godotDocs = path.resolve(repoRoot, "../shared/godot-docs");
export const docs4 = path.join(godotDocs, "4.6.3");
export const docs3 = path.join(godotDocs, "3.6");

/** The classes the project implements (codegen/manifest.json). */
export const boundSet = [
  "HTTPClient",
  "TLSOptions",
  "X509Certificate",
  "CryptoKey",
  "StreamPeer",
  "StreamPeerTCP",
  "StreamPeerTLS",
] as const;
