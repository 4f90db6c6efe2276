import type { CryptoKey } from "./CryptoKey.js";
import type { RefCounted, RefCountedStatic } from "./RefCounted.js";
import type { StreamPeerTLS } from "./StreamPeerTLS.js";
import type { X509Certificate } from "./X509Certificate.js";

/**
 * TLS configuration for clients and servers.
 *
 * @remarks
 * TLSOptions abstracts the configuration options for the {@link StreamPeerTLS} and `PacketPeerDTLS` classes.
 *
 * Objects of this class cannot be instantiated directly, and one of the static methods {@link TLSOptionsStatic.client}, {@link TLSOptionsStatic.client_unsafe}, or {@link TLSOptionsStatic.server} should be used instead.
 *
 * ```gdscript
 * # Create a TLS client configuration which uses our custom trusted CA chain.
 * var client_trusted_cas = load("res://my_trusted_cas.crt")
 * var client_tls_options = TLSOptions.client(client_trusted_cas)
 *
 * # Create a TLS server configuration.
 * var server_certs = load("res://my_server_cas.crt")
 * var server_key = load("res://my_server_key.key")
 * var server_tls_options = TLSOptions.server(server_key, server_certs)
 * ```
 */
export interface TLSOptions extends RefCounted {
  /** Returns the common name (domain name) override specified when creating with {@link TLSOptionsStatic.client}. */
  get_common_name_override(): string;
  /** Returns the {@link X509Certificate} specified when creating with {@link TLSOptionsStatic.server}. */
  get_own_certificate(): X509Certificate | null;
  /** Returns the {@link CryptoKey} specified when creating with {@link TLSOptionsStatic.server}. */
  get_private_key(): CryptoKey | null;
  /** Returns the CA {@link X509Certificate} chain specified when creating with {@link TLSOptionsStatic.client} or {@link TLSOptionsStatic.client_unsafe}. */
  get_trusted_ca_chain(): X509Certificate | null;
  /** Returns `true` if created with {@link TLSOptionsStatic.server}, `false` otherwise. */
  is_server(): boolean;
  /** Returns `true` if created with {@link TLSOptionsStatic.client_unsafe}, `false` otherwise. */
  is_unsafe_client(): boolean;
}

/** The `TLSOptions` class object: constructor, static methods, constants and enum objects. */
export interface TLSOptionsStatic extends RefCountedStatic {
  new (): TLSOptions;
  /**
   * Creates a TLS client configuration which validates certificates and their common names (fully qualified domain names).
   *
   * You can specify a custom `trusted_chain` of certification authorities (the default CA list will be used if `null`), and optionally provide a `common_name_override` if you expect the certificate to have a common name other than the server FQDN.
   *
   * **Note:** On the Web platform, TLS verification is always enforced against the CA list of the web browser. This is considered a security feature.
   *
   * Defaults: `trusted_chain` = `null`, `common_name_override` = `""`.
   */
  client(trusted_chain?: X509Certificate | null, common_name_override?: string): TLSOptions;
  /**
   * Creates an **unsafe** TLS client configuration where certificate validation is optional. You can optionally provide a valid `trusted_chain`, but the common name of the certificates will never be checked. Using this configuration for purposes other than testing **is not recommended**.
   *
   * **Note:** On the Web platform, TLS verification is always enforced against the CA list of the web browser. This is considered a security feature.
   *
   * Defaults: `trusted_chain` = `null`.
   */
  client_unsafe(trusted_chain?: X509Certificate | null): TLSOptions;
  /**
   * Creates a TLS server configuration using the provided `key` and `certificate`.
   *
   * **Note:** The `certificate` should include the full certificate chain up to the signing CA (certificates file can be concatenated using a general purpose text editor).
   */
  server(key: CryptoKey, certificate: X509Certificate): TLSOptions;
}
