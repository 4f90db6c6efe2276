import type { Error } from "./GlobalScope.js";
import type { Resource, ResourceStatic } from "./Resource.js";
import type { StreamPeerTLS } from "./StreamPeerTLS.js";
import type { X509Certificate } from "./X509Certificate.js";

/**
 * A cryptographic key (RSA or elliptic-curve).
 *
 * @remarks
 * The CryptoKey class represents a cryptographic key. Keys can be loaded and saved like any other {@link Resource}.
 *
 * They can be used to generate a self-signed {@link X509Certificate} via `Crypto.generate_self_signed_certificate` and as private key in {@link StreamPeerTLS.accept_stream} along with the appropriate certificate.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/networking/ssl_certificates.html | SSL certificates}
 */
export interface CryptoKey extends Resource {
  /** Returns `true` if this CryptoKey only has the public part, and not the private one. */
  is_public_only(): boolean;
  /**
   * Loads a key from `path`. If `public_only` is `true`, only the public key will be loaded.
   *
   * **Note:** `path` should be a "\*.pub" file if `public_only` is `true`, a "\*.key" file otherwise.
   *
   * Defaults: `public_only` = `false`.
   */
  load(path: string, public_only?: boolean): Error;
  /**
   * Loads a key from the given `string_key`. If `public_only` is `true`, only the public key will be loaded.
   *
   * Defaults: `public_only` = `false`.
   */
  load_from_string(string_key: string, public_only?: boolean): Error;
  /**
   * Saves a key to the given `path`. If `public_only` is `true`, only the public key will be saved.
   *
   * **Note:** `path` should be a "\*.pub" file if `public_only` is `true`, a "\*.key" file otherwise.
   *
   * Defaults: `public_only` = `false`.
   */
  save(path: string, public_only?: boolean): Error;
  /**
   * Returns a string containing the key in PEM format. If `public_only` is `true`, only the public key will be included.
   *
   * Defaults: `public_only` = `false`.
   */
  save_to_string(public_only?: boolean): string;
}

/** The `CryptoKey` class object: constructor, static methods, constants and enum objects. */
export interface CryptoKeyStatic extends ResourceStatic {
  new (): CryptoKey;
}
