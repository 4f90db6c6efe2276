/** Instance ids: unique for the process, increasing in creation order (the engine's are opaque 64-bit ids). */
let lastId = 0;

export function nextInstanceId(): number {
  lastId += 1;
  return lastId;
}
