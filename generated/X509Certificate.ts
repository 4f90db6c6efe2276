import type { CryptoKey } from "./CryptoKey.js";
import type { Error } from "./GlobalScope.js";
import type { Resource, ResourceStatic } from "./Resource.js";
import type { StreamPeerTLS } from "./StreamPeerTLS.js";

/**
 * An X509 certificate (e.g. for TLS).
 *
 * @remarks
 * The X509Certificate class represents an X509 certificate. Certificates can be loaded and saved like any other {@link Resource}.
 *
 * They can be used as the server certificate in {@link StreamPeerTLS.accept_stream} (along with the proper {@link CryptoKey}), and to specify the only certificate that should be accepted when connecting to a TLS server via {@link StreamPeerTLS.connect_to_stream}.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/networking/ssl_certificates.html | SSL certificates}
 */
export interface X509Certificate extends Resource {
  /** Loads a certificate from `path` ("\*.crt" file). */
  load(path: string): Error;
  /** Loads a certificate from the given `string`. */
  load_from_string(string_: string): Error;
  /** Saves a certificate to the given `path` (should be a "\*.crt" file). */
  save(path: string): Error;
  /** Returns a string representation of the certificate, or an empty string if the certificate is invalid. */
  save_to_string(): string;
}

/** The `X509Certificate` class object: constructor, static methods, constants and enum objects. */
export interface X509CertificateStatic extends ResourceStatic {
  new (): X509Certificate;
}
