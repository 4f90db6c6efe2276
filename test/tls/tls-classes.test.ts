// X509Certificate, CryptoKey and TLSOptions with real PEM files made by openssl.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { X509Certificate as NodeX509 } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Error } from "../../generated/GlobalScope.js";
import { CryptoKey } from "../../src/impl/tls/CryptoKey.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";

let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.cleanup());

describe("X509Certificate", () => {
  it("loads PEM from a file and a string, and saves it back", () => {
    const cert = new X509Certificate();
    expect(cert.load(pki.leaf.certPath)).toBe(Error.OK);
    const text = cert.save_to_string();
    expect(new NodeX509(text).subject).toContain("CN=leaf");
    const again = new X509Certificate();
    expect(again.load_from_string(text)).toBe(Error.OK);
    expect(again.save_to_string()).toBe(text);
    const out = join(pki.dir, "saved.crt");
    expect(again.save(out)).toBe(Error.OK);
    expect(new NodeX509(readFileSync(out)).fingerprint256).toBe(
      new NodeX509(pki.leaf.cert).fingerprint256,
    );
  });

  it("keeps a whole chain and loads DER", () => {
    const chain = new X509Certificate();
    expect(chain.load_from_string(pki.leaf.cert + pki.ca.cert)).toBe(Error.OK);
    expect(chain.pemChain().length).toBe(2);
    const derPath = join(pki.dir, "leaf.der");
    execFileSync("openssl", ["x509", "-in", pki.leaf.certPath, "-outform", "DER", "-out", derPath]);
    const der = new X509Certificate();
    expect(der.load(derPath)).toBe(Error.OK);
    expect(der.save_to_string()).toBe(new NodeX509(pki.leaf.cert).toString());
  });

  it("returns the engine's error codes for bad input", () => {
    const cert = new X509Certificate();
    expect(cert.load(join(pki.dir, "missing.crt"))).toBe(Error.ERR_INVALID_DATA);
    expect(cert.load_from_string("not a certificate")).toBe(Error.FAILED);
    const broken = pki.leaf.cert.replace(/[A-Za-z]{8}\n/, "@@@@@@@@\n");
    expect(cert.load_from_string(broken)).toBe(Error.FAILED);
    expect(cert.save_to_string()).toBe("");
    expect(cert.save(join(pki.dir, "empty.crt"))).toBe(Error.ERR_INVALID_PARAMETER);
    const ok = new X509Certificate();
    ok.load(pki.leaf.certPath);
    expect(ok.save(join(pki.dir, "no-such-dir", "x.crt"))).toBe(Error.ERR_INVALID_PARAMETER);
  });
});

describe("CryptoKey", () => {
  it("loads a private key, saves it, and exports only the public half on request", () => {
    const key = new CryptoKey();
    expect(key.load(pki.leaf.keyPath)).toBe(Error.OK);
    expect(key.is_public_only()).toBe(false);
    const privatePem = key.save_to_string();
    expect(privatePem).toMatch(/^-----BEGIN EC PRIVATE KEY-----/);
    const publicPem = key.save_to_string(true);
    expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const publicKey = new CryptoKey();
    expect(publicKey.load_from_string(publicPem, true)).toBe(Error.OK);
    expect(publicKey.is_public_only()).toBe(true);
    expect(publicKey.save_to_string(true)).toBe(publicPem);
    // A public-only key has no private half to write.
    expect(publicKey.save_to_string()).toBe("");
    const path = join(pki.dir, "saved.key");
    expect(key.save(path)).toBe(Error.OK);
    const reloaded = new CryptoKey();
    expect(reloaded.load(path)).toBe(Error.OK);
    expect(reloaded.save_to_string(true)).toBe(publicPem);
    const pubPath = join(pki.dir, "saved.pub");
    expect(key.save(pubPath, true)).toBe(Error.OK);
    expect(readFileSync(pubPath, "utf8")).toBe(publicPem);
  });

  it("writes RSA keys as PKCS#1 like mbedTLS", () => {
    const rsaPath = join(pki.dir, "rsa.key");
    execFileSync(
      "openssl",
      ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", rsaPath],
      {
        stdio: "ignore",
      },
    );
    const key = new CryptoKey();
    expect(key.load(rsaPath)).toBe(Error.OK);
    expect(key.save_to_string()).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
  });

  it("returns the engine's error codes for bad input", () => {
    const key = new CryptoKey();
    expect(key.load(join(pki.dir, "missing.key"))).toBe(Error.ERR_INVALID_PARAMETER);
    expect(key.load_from_string("garbage")).toBe(Error.FAILED);
    // A certificate is not a private key.
    expect(key.load_from_string(pki.leaf.cert)).toBe(Error.FAILED);
    expect(key.save_to_string()).toBe("");
    writeFileSync(join(pki.dir, "junk.key"), "junk");
    expect(key.load(join(pki.dir, "junk.key"))).toBe(Error.FAILED);
  });
});

describe("TLSOptions", () => {
  it("records what each factory was given", () => {
    const chain = new X509Certificate();
    chain.load(pki.ca.certPath);
    const client = TLSOptions.client(chain, "name.example");
    expect(client.is_server()).toBe(false);
    expect(client.is_unsafe_client()).toBe(false);
    expect(client.get_trusted_ca_chain()).toBe(chain);
    expect(client.get_common_name_override()).toBe("name.example");
    const unsafe = TLSOptions.client_unsafe();
    expect(unsafe.is_unsafe_client()).toBe(true);
    expect(unsafe.get_trusted_ca_chain()).toBeNull();
    const key = new CryptoKey();
    key.load(pki.leaf.keyPath);
    const server = TLSOptions.server(key, chain);
    expect(server.is_server()).toBe(true);
    expect(server.get_private_key()).toBe(key);
    expect(server.get_own_certificate()).toBe(chain);
  });
});
