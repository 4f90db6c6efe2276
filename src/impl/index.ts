// One export per bound class, under its Godot name. The generated facade (generated/facade.ts)
// binds these to their generated interfaces; consumers import from the package root instead.
export { defineConstants } from "./core/defineConstants.js";
export { HTTPClient, type HTTPClientExtensions } from "./http/HTTPClient.js";
export { TLSOptions } from "./tls/TLSOptions.js";
export { X509Certificate } from "./tls/X509Certificate.js";
export { CryptoKey } from "./tls/CryptoKey.js";
export { GodotObject as Object } from "./core/GodotObject.js";
export { RefCounted } from "./core/RefCounted.js";
export { StreamPeer } from "./stream/StreamPeer.js";
export { StreamPeerSocket } from "./stream/StreamPeerSocket.js";
export { StreamPeerTCP } from "./stream/StreamPeerTCP.js";
export { StreamPeerTLS } from "./stream/StreamPeerTLS.js";
export { Resource } from "./core/Resource.js";
