import type { Object } from "./Object.js";

/**
 * Base class for all scene objects.
 *
 * @remarks
 * Stub: `Node` is outside the emitted set, so its members are not declared here.
 */
export interface Node extends Object {}
