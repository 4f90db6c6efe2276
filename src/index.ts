// The package entry (`import { HTTPClient } from "godot-typed"`): every implemented class bound
// to its generated, documented type, plus the rest of the generated API (enums such as `Error`,
// constants objects, value types, metadata). The explicit re-exports take precedence over the
// star export, so `HTTPClient` here is the working class, not only its interface.
export * from "../generated/index.js";
export {
  CryptoKey,
  HTTPClient,
  Object,
  RefCounted,
  Resource,
  StreamPeer,
  StreamPeerSocket,
  StreamPeerTCP,
  StreamPeerTLS,
  TLSOptions,
  X509Certificate,
} from "../generated/facade.js";
