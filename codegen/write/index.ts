export { writeOutputDir, type WriteOptions, type WriteResult } from "./atomic-write.js";
export { checkOutputDir, isStale, type StaleReport } from "./check.js";
