// One export per bound class, under its Godot name. The generated facade (generated/facade.ts)
// binds these to their generated interfaces; consumers import from the package root instead.
export { defineConstants } from "./core/defineConstants.js";
export { HTTPClient } from "./http/HTTPClient.js";
export { TLSOptions } from "./tls/TLSOptions.js";
export { X509Certificate } from "./tls/X509Certificate.js";
export { CryptoKey } from "./tls/CryptoKey.js";
