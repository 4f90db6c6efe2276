/**
 * The generated API used as a consumer would (GUIDE §3), checked by the compiler only:
 * consumer-usage.test.ts type-checks this file with the gate options, and every
 * `@ts-expect-error` line must really be an error, so misuse the API should reject is tested too.
 * The class objects are declared from their static interfaces so this file does not depend on
 * the implementations (the facade binds those).
 */
import type {
  Error as GodotError,
  HTTPClient,
  HTTPClientStatic,
  StreamPeer,
  StreamPeerTLS,
  TLSOptions,
  TLSOptionsStatic,
  X509Certificate,
} from "../../generated/index.js";
import { HTTPClient_constants, Error as GodotErrorValues } from "../../generated/index.js";
import type { classes as metadataClasses } from "../../generated/metadata.js";

declare const HTTPClient: HTTPClientStatic;
declare const TLSOptions: TLSOptionsStatic;

export function guideExample(): GodotError {
  const client = new HTTPClient();
  const connected: GodotError = client.connect_to_host("example.com", 443, TLSOptions.client());
  const s: HTTPClient.Status = client.get_status();
  client.request(HTTPClient.METHOD_GET, "/", ["Accept: */*"]);
  const same: boolean = HTTPClient.Method.METHOD_GET === HTTPClient.METHOD_GET;
  void s;
  void same;
  return connected;
}

export function accessorsAndNullability(client: HTTPClient): void {
  client.read_chunk_size = 4096;
  const size: number = client.get_read_chunk_size();
  client.set_read_chunk_size(size);
  const peer: StreamPeer | null = client.connection;
  client.blocking_mode_enabled = true;
  const body: Uint8Array = client.read_response_body_chunk();
  const headers: string[] = client.get_response_headers();
  // Optional parameters: port and tls_options have defaults.
  client.connect_to_host("localhost");
  const ok: boolean = GodotErrorValues.OK === HTTPClient_constants.STATUS_DISCONNECTED;
  void [peer, body, headers, ok];
}

export function misuse(client: HTTPClient, tls: StreamPeerTLS, cert: X509Certificate | null): void {
  // @ts-expect-error: a ResponseCode (200) is not a Method (enum types are literal unions)
  client.request(HTTPClient.RESPONSE_OK, "/", []);
  // @ts-expect-error: 42 is no HTTPClient.Method value
  client.request(42, "/", []);
  // @ts-expect-error: headers are a PackedStringArray (string[])
  client.request(HTTPClient.METHOD_GET, "/", "Accept: */*");
  // @ts-expect-error: read_chunk_size is an int
  client.read_chunk_size = "big";
  // @ts-expect-error: connect_to_host needs a host
  client.connect_to_host();
  // @ts-expect-error: enum objects and constants are read-only
  HTTPClient.METHOD_GET = 1;
  // @ts-expect-error: not a member of HTTPClient
  client.fetch("/");
  // @ts-expect-error: the overrides make the stream parameter non-null
  tls.accept_stream(null, TLSOptions.server(null as never, null as never));
  // Nullable where Godot accepts null (default "null" parameters):
  const options: TLSOptions = TLSOptions.client(cert);
  void options;
}

export type MetadataShape = (typeof metadataClasses)[string];
