/**
 * The bench server's responses, shared with the clients that must know the exact wire bytes (the
 * raw socket checks it received every byte). Body bytes come from one preallocated slab, so
 * serving a 1 GiB body allocates nothing per request.
 */
export const SLAB_SIZE = 1 << 20;
export const SMALL_BODY = "Hello, world!";

export type BodyFraming = "length" | "chunked";

/** `/small`, `/length/<bytes>`, `/chunked/<bytes>`. */
export function largePath(framing: BodyFraming, bytes: number): string {
  return `/${framing}/${bytes}`;
}

export const SMALL_RESPONSE = Buffer.from(
  "HTTP/1.1 200 OK\r\n" +
    "Content-Type: text/plain\r\n" +
    `Content-Length: ${Buffer.byteLength(SMALL_BODY)}\r\n` +
    "\r\n" +
    SMALL_BODY,
  "latin1",
);

export const NOT_FOUND_RESPONSE = Buffer.from(
  "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
  "latin1",
);

export function largeHead(framing: BodyFraming, bytes: number): Buffer {
  const framingHeader =
    framing === "length" ? `Content-Length: ${bytes}` : "Transfer-Encoding: chunked";
  return Buffer.from(
    `HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n${framingHeader}\r\n\r\n`,
    "latin1",
  );
}

/** Chunk header for a chunk of `bytes`: `<hex>\r\n`. */
export function chunkHeader(bytes: number): string {
  return `${bytes.toString(16)}\r\n`;
}

export const LAST_CHUNK = Buffer.from("0\r\n\r\n", "latin1");

/** Every byte of a large response on the wire: head, body and (chunked) framing. */
export function largeWireBytes(framing: BodyFraming, bytes: number): number {
  const head = largeHead(framing, bytes).length;
  if (framing === "length") return head + bytes;
  const full = Math.floor(bytes / SLAB_SIZE);
  const tail = bytes % SLAB_SIZE;
  let framed = full * (chunkHeader(SLAB_SIZE).length + SLAB_SIZE + 2);
  if (tail > 0) framed += chunkHeader(tail).length + tail + 2;
  return head + framed + LAST_CHUNK.length;
}
