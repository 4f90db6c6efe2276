// The generated API: every class, the shared value types, stubs and runtime metadata.
export * from "./CryptoKey.js";
export * from "./GlobalScope.js";
export * from "./HTTPClient.js";
export * from "./Object.js";
export * from "./RefCounted.js";
export * from "./Resource.js";
export * from "./StreamPeer.js";
export * from "./StreamPeerSocket.js";
export * from "./StreamPeerTCP.js";
export * from "./StreamPeerTLS.js";
export * from "./TLSOptions.js";
export * from "./X509Certificate.js";
export * from "./builtins.js";
export * from "./metadata.js";
export * from "./stubs.js";
