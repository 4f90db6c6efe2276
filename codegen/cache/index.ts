/**
 * Incremental regeneration: a run whose inputs, generator and options are unchanged, and whose
 * output folder still holds exactly what the last run wrote, skips every pipeline stage.
 */
export { fingerprint, stableJson, type FingerprintInputs } from "./fingerprint.js";
export { generatorIdentity } from "./generator-identity.js";
export { hashFiles, outputMatches, sha256 } from "./output-hashes.js";
export {
  cacheDir,
  MAX_RECORDS,
  pruneRecords,
  readRecord,
  recordPath,
  removeRecord,
  writeRecord,
  type CacheRecord,
  type CachedSummary,
} from "./record.js";
