import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestCertificate {
  readonly dir: string;
  readonly certPath: string;
  readonly keyPath: string;
  readonly certPem: string;
  readonly keyPem: string;
  cleanup(): void;
}

/** A self-signed certificate for localhost and 127.0.0.1, made with openssl in a temp folder. */
export function makeCertificate(commonName = "localhost"): TestCertificate {
  const dir = mkdtempSync(path.join(tmpdir(), "streampeer-cert-"));
  const certPath = path.join(dir, "cert.pem");
  const keyPath = path.join(dir, "key.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "2",
      "-subj",
      `/CN=${commonName}`,
      "-addext",
      `subjectAltName=DNS:${commonName},IP:127.0.0.1`,
    ],
    { stdio: "ignore" },
  );
  return {
    dir,
    certPath,
    keyPath,
    certPem: readFileSync(certPath, "utf8"),
    keyPem: readFileSync(keyPath, "utf8"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
