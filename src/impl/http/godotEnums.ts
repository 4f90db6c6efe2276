/**
 * @deprecated Import from generated/ instead (`Error` from generated/GlobalScope.js, `HTTPClient_Status`
 * and `HTTPClient_Method` from generated/HTTPClient.js). This module only re-exports them for
 * tests written before the generator landed (test/adversarial/client-corpus.test.ts).
 */
export { Error } from "../../../generated/GlobalScope.js";
import { HTTPClient_Status } from "../../../generated/HTTPClient.js";
export {
  HTTPClient_Method as Method,
  HTTPClient_constants,
} from "../../../generated/HTTPClient.js";
export const Status = HTTPClient_Status;
export type Status = (typeof HTTPClient_Status)[keyof typeof HTTPClient_Status];
