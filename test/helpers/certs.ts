// Test certificates made with the system openssl in a temp dir: a CA, a leaf for
// localhost/127.0.0.1/::1 signed by it, and the variants a TLS matrix needs (self-signed, expired,
// wrong host, signed by an untrusted CA). EC P-256 keys keep generation fast.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CertPair {
  /** PEM certificate. */
  readonly cert: string;
  /** PEM private key. */
  readonly key: string;
  readonly certPath: string;
  readonly keyPath: string;
}

export interface TestPki {
  readonly dir: string;
  /** The trusted test CA. */
  readonly ca: CertPair;
  /** Leaf for localhost, 127.0.0.1 and ::1, signed by `ca`. */
  readonly leaf: CertPair;
  /** Self-signed certificate for localhost/127.0.0.1. */
  readonly selfSigned: CertPair;
  /** Signed by `ca`, valid for localhost/127.0.0.1, but expired in 2020. */
  readonly expired: CertPair;
  /** Signed by `ca`, valid only for wrong.example. */
  readonly wrongHost: CertPair;
  /** Valid names, signed by a second CA that nobody trusts. */
  readonly untrusted: CertPair;
  /** Removes the temp dir. */
  cleanup(): void;
}

const LOCAL_NAMES = "DNS:localhost,IP:127.0.0.1,IP:::1";

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

function pair(dir: string, name: string): CertPair {
  const certPath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  return {
    cert: readFileSync(certPath, "utf8"),
    key: readFileSync(keyPath, "utf8"),
    certPath,
    keyPath,
  };
}

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

/** A self-signed certificate (a CA, or a leaf nobody signed) with the given `-addext` extensions. */
function makeSelfSigned(
  dir: string,
  name: string,
  subject: string,
  extensions: readonly string[],
): CertPair {
  openssl(
    [
      "req",
      "-x509",
      ...EC_KEY,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.crt`,
      "-days",
      "2",
      "-subj",
      subject,
      ...extensions.flatMap((extension) => ["-addext", extension]),
    ],
    dir,
  );
  return pair(dir, name);
}

function makeCa(dir: string, name: string, subject: string): CertPair {
  return makeSelfSigned(dir, name, subject, [
    "basicConstraints=critical,CA:TRUE",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
}

/** Signs a leaf with `openssl ca`, which (unlike `x509 -req` in OpenSSL 3.0) takes explicit dates. */
function makeLeaf(
  dir: string,
  name: string,
  ca: string,
  names: string,
  dates?: [string, string],
): CertPair {
  openssl(
    [
      "req",
      "-new",
      ...EC_KEY,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      `/CN=${name}`,
    ],
    dir,
  );
  writeFileSync(
    join(dir, `${name}.ext`),
    `subjectAltName=${names}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  );
  const db = join(dir, `${ca}-index.txt`);
  const serial = join(dir, `${ca}-serial`);
  try {
    readFileSync(db);
  } catch {
    writeFileSync(db, "");
    writeFileSync(serial, "1000\n");
  }
  writeFileSync(
    join(dir, `${ca}.cnf`),
    [
      "[ca]",
      "default_ca = test_ca",
      "[test_ca]",
      `database = ${db}`,
      `serial = ${serial}`,
      `new_certs_dir = ${dir}`,
      "default_md = sha256",
      "policy = any",
      "unique_subject = no",
      "[any]",
      "commonName = supplied",
    ].join("\n") + "\n",
  );
  const period = dates ? ["-startdate", dates[0], "-enddate", dates[1]] : ["-days", "2"];
  openssl(
    [
      "ca",
      "-batch",
      "-notext",
      "-config",
      `${ca}.cnf`,
      "-cert",
      `${ca}.crt`,
      "-keyfile",
      `${ca}.key`,
      "-in",
      `${name}.csr`,
      "-out",
      `${name}.crt`,
      "-extfile",
      `${name}.ext`,
      ...period,
    ],
    dir,
  );
  return pair(dir, name);
}

/** Makes the whole set in a fresh temp dir (about a second of openssl work). */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), "godot-typed-pki-"));
  const ca = makeCa(dir, "ca", "/CN=godot-typed test CA");
  makeCa(dir, "other-ca", "/CN=untrusted test CA");
  const leaf = makeLeaf(dir, "leaf", "ca", LOCAL_NAMES);
  const expired = makeLeaf(dir, "expired", "ca", LOCAL_NAMES, [
    "20200101000000Z",
    "20200102000000Z",
  ]);
  const wrongHost = makeLeaf(dir, "wrong-host", "ca", "DNS:wrong.example");
  const untrusted = makeLeaf(dir, "untrusted", "other-ca", LOCAL_NAMES);
  const selfSigned = makeSelfSigned(dir, "self-signed", "/CN=localhost", [
    `subjectAltName=${LOCAL_NAMES}`,
  ]);
  return {
    dir,
    ca,
    leaf,
    selfSigned,
    expired,
    wrongHost,
    untrusted,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
