/** PEM block helpers shared by X509Certificate and CryptoKey. */

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]*?\r?\n-----END \1-----/g;

/** Every complete PEM block in `text`, with its label ("CERTIFICATE", "PRIVATE KEY", ...). */
export function pemBlocks(text: string): { label: string; pem: string }[] {
  const blocks: { label: string; pem: string }[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    blocks.push({ label: match[1] ?? "", pem: match[0] + "\n" });
  }
  return blocks;
}

/** Whether bytes look like PEM text rather than DER (DER starts with a SEQUENCE tag, 0x30). */
export function looksLikePem(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes[0] !== 0x30;
}
