import { describe, expect, it } from "vitest";
import { FetchDocsError } from "../../scripts/fetch-docs/errors.js";
import { headerValue, redirectTarget } from "../../scripts/fetch-docs/redirects.js";
import { defaultArchiveUrl, targetOf } from "../../scripts/fetch-docs/url.js";

const HERE = new URL("https://github.com/godotengine/godot/archive/refs/tags/4.6.3-stable.tar.gz");

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FetchDocsError);
    return (error as FetchDocsError).message;
  }
  throw new Error("expected a FetchDocsError");
}

describe("redirectTarget", () => {
  it("takes an absolute Location on another host", () => {
    const next = redirectTarget(
      HERE,
      302,
      "https://codeload.github.com/godotengine/godot/tar.gz/refs/tags/4.6.3-stable",
    );
    expect(next.href).toBe(
      "https://codeload.github.com/godotengine/godot/tar.gz/refs/tags/4.6.3-stable",
    );
  });

  it("resolves relative Locations against the current URL", () => {
    expect(redirectTarget(HERE, 301, "/x/y.tar.gz?a=1").href).toBe(
      "https://github.com/x/y.tar.gz?a=1",
    );
    expect(redirectTarget(HERE, 307, "other.tar.gz").href).toBe(
      "https://github.com/godotengine/godot/archive/refs/tags/other.tar.gz",
    );
    expect(redirectTarget(HERE, 308, "//mirror.example/a.tar.gz").href).toBe(
      "https://mirror.example/a.tar.gz",
    );
  });

  it("drops the fragment", () => {
    expect(redirectTarget(HERE, 302, "/a.tar.gz#part").href).toBe("https://github.com/a.tar.gz");
  });

  it("refuses https → http, a missing Location and non-http schemes", () => {
    expect(refusal(() => redirectTarget(HERE, 302, "http://github.com/a.tar.gz"))).toContain(
      "refused redirect from https to http",
    );
    expect(refusal(() => redirectTarget(HERE, 302, undefined))).toContain("without a Location");
    expect(refusal(() => redirectTarget(HERE, 302, "  "))).toContain("without a Location");
    expect(refusal(() => redirectTarget(HERE, 302, "ftp://github.com/a.tar.gz"))).toContain(
      "non-http(s)",
    );
  });

  it("allows http → https", () => {
    const plain = new URL("http://example.com/a.tar.gz");
    expect(redirectTarget(plain, 301, "https://example.com/a.tar.gz").protocol).toBe("https:");
  });

  it("finds headers by name in any case", () => {
    expect(headerValue({ LOCATION: "/a" }, "location")).toBe("/a");
    expect(headerValue({ Location: "/b" }, "Location")).toBe("/b");
    expect(headerValue({ "Content-Length": "3" }, "location")).toBeUndefined();
  });
});

describe("archive URLs", () => {
  it("points at the engine repository's <version>-stable tag unless the version names a tag", () => {
    expect(defaultArchiveUrl("4.6.3").href).toBe(
      "https://github.com/godotengine/godot/archive/refs/tags/4.6.3-stable.tar.gz",
    );
    expect(defaultArchiveUrl("4.4-rc1").href).toBe(
      "https://github.com/godotengine/godot/archive/refs/tags/4.4-rc1.tar.gz",
    );
  });

  it("splits a URL as connect_to_host and request take it", () => {
    expect(targetOf(new URL("https://[::1]:8443/a/b.tar.gz?x=1"))).toMatchObject({
      tls: true,
      host: "[::1]",
      port: 8443,
      pathAndQuery: "/a/b.tar.gz?x=1",
    });
    expect(targetOf(new URL("http://example.com"))).toMatchObject({
      tls: false,
      port: 80,
      pathAndQuery: "/",
    });
    expect(targetOf(HERE).port).toBe(443);
  });
});
