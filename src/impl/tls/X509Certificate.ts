import { X509Certificate as NodeX509Certificate } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Error } from "../../../generated/GlobalScope.js";
import type { X509Certificate as X509CertificateApi } from "../../../generated/X509Certificate.js";
import { Resource } from "../core/Resource.js";
import { looksLikePem, pemBlocks } from "./pem.js";

/**
 * Godot's X509Certificate: one certificate or a chain, loaded from PEM (or DER) and validated by
 * node:crypto. Error codes follow the engine (mbedTLS backend): an unreadable or empty file gives
 * `ERR_INVALID_DATA`, unparsable content `FAILED`, an unwritable save path `ERR_INVALID_PARAMETER`.
 */
export class X509Certificate extends Resource implements X509CertificateApi {
  static override readonly godotClass: string = "X509Certificate";
  #pems: string[] = [];

  load(path: string): Error {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return Error.ERR_INVALID_DATA;
    }
    if (bytes.length === 0) return Error.ERR_INVALID_DATA;
    return this.#loadBytes(bytes);
  }

  load_from_string(string: string): Error {
    return this.#loadBytes(Buffer.from(string, "utf8"));
  }

  save(path: string): Error {
    if (this.#pems.length === 0) return Error.ERR_INVALID_PARAMETER;
    try {
      writeFileSync(path, this.save_to_string());
    } catch {
      return Error.ERR_INVALID_PARAMETER;
    }
    return Error.OK;
  }

  save_to_string(): string {
    return this.#pems.join("");
  }

  /** Project extension: the PEM of each certificate in the chain, in order (for node:tls `ca`). */
  pemChain(): readonly string[] {
    return this.#pems;
  }

  protected override copyFrom(source: Resource): void {
    super.copyFrom(source);
    if (source instanceof X509Certificate) this.#pems = [...source.#pems];
  }

  #loadBytes(bytes: Buffer): Error {
    const parsed = looksLikePem(bytes)
      ? parsePemCertificates(bytes.toString("utf8"))
      : parseDerCertificate(bytes);
    if (parsed.length === 0) return Error.FAILED;
    // Like mbedTLS, loading appends to the chain already held.
    this.#pems.push(...parsed);
    return Error.OK;
  }
}

function parsePemCertificates(text: string): string[] {
  const pems: string[] = [];
  for (const block of pemBlocks(text)) {
    if (block.label !== "CERTIFICATE") continue;
    try {
      pems.push(new NodeX509Certificate(block.pem).toString());
    } catch {
      return [];
    }
  }
  return pems;
}

function parseDerCertificate(bytes: Buffer): string[] {
  try {
    return [new NodeX509Certificate(bytes).toString()];
  } catch {
    return [];
  }
}
