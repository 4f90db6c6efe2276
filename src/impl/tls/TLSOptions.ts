import type { ConnectionOptions, PeerCertificate } from "node:tls";
import { checkServerIdentity } from "node:tls";
import { RefCounted } from "../core/RefCounted.js";
import type { TlsUpgradeOptions } from "../net/blocking/index.js";
import type { CryptoKey } from "../../../generated/CryptoKey.js";
import type { TLSOptions as TLSOptionsApi } from "../../../generated/TLSOptions.js";
import type { X509Certificate } from "../../../generated/X509Certificate.js";

type Mode = "client" | "client_unsafe" | "server";

/**
 * Godot's TLSOptions: made only by the static factories `client`, `client_unsafe` and `server`.
 * `client` verifies the chain (against `trusted_chain`, or Node's default CA list when null) and
 * the host name (or `common_name_override`); `client_unsafe` verifies nothing, as mbedTLS's
 * "optional" mode lets every handshake through.
 */
export class TLSOptions extends RefCounted implements TLSOptionsApi {
  static override readonly godotClass: string = "TLSOptions";
  #mode: Mode = "client";
  #trustedChain: X509Certificate | null = null;
  #commonNameOverride = "";
  #privateKey: CryptoKey | null = null;
  #ownCertificate: X509Certificate | null = null;

  static client(
    trusted_chain: X509Certificate | null = null,
    common_name_override = "",
  ): TLSOptions {
    const options = new TLSOptions();
    options.#trustedChain = trusted_chain;
    options.#commonNameOverride = common_name_override;
    return options;
  }

  static client_unsafe(trusted_chain: X509Certificate | null = null): TLSOptions {
    const options = new TLSOptions();
    options.#mode = "client_unsafe";
    options.#trustedChain = trusted_chain;
    return options;
  }

  static server(key: CryptoKey | null, certificate: X509Certificate | null): TLSOptions {
    const options = new TLSOptions();
    options.#mode = "server";
    options.#privateKey = key;
    options.#ownCertificate = certificate;
    return options;
  }

  get_common_name_override(): string {
    return this.#commonNameOverride;
  }
  get_own_certificate(): X509Certificate | null {
    return this.#ownCertificate;
  }
  get_private_key(): CryptoKey | null {
    return this.#privateKey;
  }
  get_trusted_ca_chain(): X509Certificate | null {
    return this.#trustedChain;
  }
  is_server(): boolean {
    return this.#mode === "server";
  }
  is_unsafe_client(): boolean {
    return this.#mode === "client_unsafe";
  }
}

/**
 * node:tls client options for connecting to `hostname` with these TLSOptions. `hostname` is the
 * name the caller asked for (not the resolved address); it drives SNI and the identity check.
 */
export function tlsClientOptions(options: TLSOptionsApi, hostname: string): ConnectionOptions {
  const chain = options.get_trusted_ca_chain();
  // save_to_string() is the whole chain as PEM, which node:tls takes as one `ca` string.
  const ca = chain ? chain.save_to_string() : undefined;
  const expectedName = options.get_common_name_override() || hostname;
  const result: ConnectionOptions = {
    rejectUnauthorized: !options.is_unsafe_client(),
    ALPNProtocols: ["http/1.1"],
  };
  if (!isIpLiteral(hostname)) result.servername = hostname;
  if (ca) result.ca = ca;
  if (options.is_unsafe_client()) {
    result.checkServerIdentity = () => undefined;
  } else {
    result.checkServerIdentity = (_host: string, cert: PeerCertificate) =>
      checkServerIdentity(expectedName, cert);
  }
  return result;
}

/** The same settings as tlsClientOptions, as plain data for a BlockingSocket's worker-side upgrade. */
export function tlsUpgradeOptions(options: TLSOptionsApi, hostname: string): TlsUpgradeOptions {
  const chain = options.get_trusted_ca_chain();
  const unsafe = options.is_unsafe_client();
  return {
    ...(isIpLiteral(hostname) ? {} : { servername: hostname }),
    hostname: options.get_common_name_override() || hostname,
    ...(chain ? { ca: chain.save_to_string() } : {}),
    verifyChain: !unsafe,
    verifyHostname: !unsafe,
  };
}

/** SNI carries names only (RFC 6066 §3), and Node warns when given an IP address. */
function isIpLiteral(hostname: string): boolean {
  return /^[0-9.]+$/.test(hostname) || hostname.includes(":");
}
