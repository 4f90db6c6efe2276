import { lookup } from "node:dns/promises";

/**
 * Every address a name resolves to, in the resolver's order (IPv4 and IPv6 as the system
 * returns them), through node:dns on libuv's thread pool so the caller never blocks.
 * Rejects when the lookup fails or yields nothing.
 */
export async function resolveHost(hostname: string): Promise<string[]> {
  const results = await lookup(hostname, { all: true, order: "verbatim" });
  if (results.length === 0) throw new globalThis.Error(`no address for ${hostname}`);
  return results.map((entry) => entry.address);
}
