import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: network tests with real servers are more stable without heavy parallelism.
    maxWorkers: 2,
  },
});
