// Binds the implementations in ../src/impl/index.js to their generated API.
import {
  CryptoKey as CryptoKeyImpl,
  HTTPClient as HTTPClientImpl,
  StreamPeer as StreamPeerImpl,
  StreamPeerTCP as StreamPeerTCPImpl,
  StreamPeerTLS as StreamPeerTLSImpl,
  TLSOptions as TLSOptionsImpl,
  X509Certificate as X509CertificateImpl,
} from "../src/impl/index.js";
import type { CryptoKey as CryptoKeyApi, CryptoKeyStatic } from "./CryptoKey.js";
import type { HTTPClient as HTTPClientApi, HTTPClientStatic } from "./HTTPClient.js";
import type { StreamPeer as StreamPeerApi, StreamPeerStatic } from "./StreamPeer.js";
import type { StreamPeerTCP as StreamPeerTCPApi, StreamPeerTCPStatic } from "./StreamPeerTCP.js";
import type { StreamPeerTLS as StreamPeerTLSApi, StreamPeerTLSStatic } from "./StreamPeerTLS.js";
import type { TLSOptions as TLSOptionsApi, TLSOptionsStatic } from "./TLSOptions.js";
import type {
  X509Certificate as X509CertificateApi,
  X509CertificateStatic,
} from "./X509Certificate.js";

/** The `CryptoKey` class: its implementation, checked against the generated API. */
export const CryptoKey: CryptoKeyStatic = CryptoKeyImpl;
export type CryptoKey = CryptoKeyApi;

/** The `HTTPClient` class: its implementation, checked against the generated API. */
export const HTTPClient: HTTPClientStatic = HTTPClientImpl;
export type HTTPClient = HTTPClientApi;
export declare namespace HTTPClient {
  type Method = HTTPClientApi.Method;
  type Status = HTTPClientApi.Status;
  type ResponseCode = HTTPClientApi.ResponseCode;
}

/** The `StreamPeer` class: its implementation, checked against the generated API. */
export const StreamPeer: StreamPeerStatic = StreamPeerImpl;
export type StreamPeer = StreamPeerApi;

/** The `StreamPeerTCP` class: its implementation, checked against the generated API. */
export const StreamPeerTCP: StreamPeerTCPStatic = StreamPeerTCPImpl;
export type StreamPeerTCP = StreamPeerTCPApi;

/** The `StreamPeerTLS` class: its implementation, checked against the generated API. */
export const StreamPeerTLS: StreamPeerTLSStatic = StreamPeerTLSImpl;
export type StreamPeerTLS = StreamPeerTLSApi;
export declare namespace StreamPeerTLS {
  type Status = StreamPeerTLSApi.Status;
}

/** The `TLSOptions` class: its implementation, checked against the generated API. */
export const TLSOptions: TLSOptionsStatic = TLSOptionsImpl;
export type TLSOptions = TLSOptionsApi;

/** The `X509Certificate` class: its implementation, checked against the generated API. */
export const X509Certificate: X509CertificateStatic = X509CertificateImpl;
export type X509Certificate = X509CertificateApi;
