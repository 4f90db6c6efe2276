import type { X509Certificate } from "../../src/impl/index.js";
import {
  discardStaged,
  installStaged,
  isCached,
  makeStagingFolder,
  versionFolder,
} from "./cache.js";
import { openDownload } from "./download.js";
import { FetchDocsError } from "./errors.js";
import { extractClassReference } from "./extract.js";
import type { Progress } from "./progress.js";
import { shortUrl } from "./url.js";

export interface FetchDocsRequest {
  readonly version: string;
  readonly cacheDir: string;
  readonly url: URL;
  /** Certificates to trust instead of Node's bundled list (see trust.ts), or null. */
  readonly trustedChain: X509Certificate | null;
  readonly force: boolean;
  /** Longest wait for the server: connecting, or between two pieces of a response. */
  readonly timeoutMs: number;
}

export type FetchDocsOutcome =
  | { readonly kind: "cached"; readonly folder: string }
  | {
      readonly kind: "fetched";
      readonly folder: string;
      readonly finalUrl: URL;
      readonly redirects: number;
      readonly bytes: number;
      readonly classFiles: number;
      readonly schema: boolean;
    };

/**
 * Downloads the archive and installs its class reference as `<cacheDir>/<version>`. Nothing in
 * the cache changes until the whole archive has been read and extracted; any failure throws
 * FetchDocsError and leaves the cache as it was.
 */
export async function fetchDocs(
  request: FetchDocsRequest,
  progress: Progress,
): Promise<FetchDocsOutcome> {
  const folder = versionFolder(request.cacheDir, request.version);
  if (!request.force && (await isCached(folder))) return { kind: "cached", folder };

  progress.step(`fetching ${shortUrl(request.url)}`);
  const download = await openDownload(request.url, {
    trustedChain: request.trustedChain,
    idleMs: request.timeoutMs,
    onStep: (message) => progress.step(message),
  });
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of download.body) {
      bytes += chunk.length;
      progress.received(chunk.length);
      yield chunk;
    }
  }

  const staging = await makeStagingFolder(request.cacheDir, request.version);
  try {
    progress.start(download.totalBytes);
    const extracted = await extractClassReference(counted(), staging.path, () =>
      progress.extracted(),
    );
    progress.finish();
    if (extracted.classFiles === 0) {
      throw new FetchDocsError(
        "archive",
        `${shortUrl(download.finalUrl)} has no */doc/classes/*.xml: not a Godot source archive?`,
      );
    }
    await installStaged(staging, folder, {
      version: request.version,
      url: request.url.href,
      finalUrl: download.finalUrl.href,
      classFiles: extracted.classFiles,
      fetchedAt: new Date().toISOString(),
    });
    return {
      kind: "fetched",
      folder,
      finalUrl: download.finalUrl,
      redirects: download.redirects,
      bytes,
      ...extracted,
    };
  } catch (error) {
    // The failure is what the user needs to hear about, not a cleanup problem after it.
    await discardStaged(staging).catch(() => {});
    throw error;
  } finally {
    download.close();
  }
}
