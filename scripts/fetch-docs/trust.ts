import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { X509Certificate } from "../../src/impl/index.js";
import { Error as GodotError } from "../../generated/GlobalScope.js";

/**
 * The chain to trust when `--ca <pem>` is given: Node's bundled CAs plus the file's certificates.
 * TLSOptions.client(chain) trusts only the chain it is given (as the engine does), so the bundled
 * list is added to keep `--ca` an extra CA rather than the only one. Returns an error message for
 * a file that cannot be read or holds no certificate.
 */
export function trustBundledPlus(caPath: string): X509Certificate | string {
  let pem: string;
  try {
    pem = readFileSync(caPath, "utf8");
  } catch (error) {
    return `cannot read --ca ${caPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  const extra = new X509Certificate();
  if (extra.load_from_string(pem) !== GodotError.OK) {
    return `--ca ${caPath} holds no PEM certificate that can be parsed`;
  }
  const chain = new X509Certificate();
  if (chain.load_from_string(`${rootCertificates.join("\n")}\n${pem}`) !== GodotError.OK) {
    // A bundled root node:crypto cannot parse should not make a valid --ca unusable.
    return extra;
  }
  return chain;
}
