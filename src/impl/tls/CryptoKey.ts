import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Error } from "../../../generated/GlobalScope.js";
import type { CryptoKey as CryptoKeyApi } from "../../../generated/CryptoKey.js";
import { Resource } from "../core/Resource.js";
import { looksLikePem } from "./pem.js";

/**
 * Godot's CryptoKey: a private key (or only its public half), loaded from PEM or DER and validated
 * by node:crypto. Error codes follow the engine (mbedTLS backend): an unopenable file gives
 * `ERR_INVALID_PARAMETER`, unparsable content `FAILED`. Saving a public-only key with
 * `public_only = false` fails, as the engine cannot write a private key it does not hold.
 */
export class CryptoKey extends Resource implements CryptoKeyApi {
  static override readonly godotClass: string = "CryptoKey";
  #key: KeyObject | null = null;
  #publicOnly = false;

  is_public_only(): boolean {
    return this.#publicOnly;
  }

  load(path: string, public_only = false): Error {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return Error.ERR_INVALID_PARAMETER;
    }
    return this.#loadBytes(bytes, public_only);
  }

  load_from_string(string_key: string, public_only = false): Error {
    return this.#loadBytes(Buffer.from(string_key, "utf8"), public_only);
  }

  save(path: string, public_only = false): Error {
    const text = this.save_to_string(public_only);
    if (text === "") return Error.FAILED;
    try {
      writeFileSync(path, text);
    } catch {
      return Error.ERR_INVALID_PARAMETER;
    }
    return Error.OK;
  }

  save_to_string(public_only = false): string {
    const key = this.#key;
    if (key === null) return "";
    if (public_only || this.#publicOnly) {
      if (!public_only) return "";
      const publicKey = key.type === "private" ? createPublicKey(key) : key;
      return publicKey.export({ type: "spki", format: "pem" }).toString();
    }
    // The formats mbedTLS writes: PKCS#1 for RSA, SEC1 for EC, PKCS#8 otherwise.
    const type =
      key.asymmetricKeyType === "rsa" ? "pkcs1" : key.asymmetricKeyType === "ec" ? "sec1" : "pkcs8";
    return key.export({ type, format: "pem" }).toString();
  }

  /** Project extension: the key as a node:crypto KeyObject (null when nothing is loaded). */
  keyObject(): KeyObject | null {
    return this.#key;
  }

  protected override copyFrom(source: Resource): void {
    super.copyFrom(source);
    if (source instanceof CryptoKey) {
      this.#key = source.#key;
      this.#publicOnly = source.#publicOnly;
    }
  }

  #loadBytes(bytes: Buffer, publicOnly: boolean): Error {
    const format = looksLikePem(bytes) ? "pem" : "der";
    try {
      if (publicOnly) {
        this.#key =
          format === "pem"
            ? createPublicKey(bytes)
            : createPublicKey({ key: bytes, format: "der", type: "spki" });
      } else {
        this.#key =
          format === "pem"
            ? createPrivateKey(bytes)
            : createPrivateKey({ key: bytes, format: "der", type: "pkcs8" });
      }
    } catch {
      return Error.FAILED;
    }
    this.#publicOnly = publicOnly;
    return Error.OK;
  }
}
