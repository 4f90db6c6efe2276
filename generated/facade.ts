// Binds the implementations in ../src/impl/index.js to their generated API.
import {
  CryptoKey as CryptoKeyImpl,
  HTTPClient as HTTPClientImpl,
  Object as ObjectImpl,
  RefCounted as RefCountedImpl,
  Resource as ResourceImpl,
  StreamPeer as StreamPeerImpl,
  StreamPeerSocket as StreamPeerSocketImpl,
  StreamPeerTCP as StreamPeerTCPImpl,
  StreamPeerTLS as StreamPeerTLSImpl,
  TLSOptions as TLSOptionsImpl,
  X509Certificate as X509CertificateImpl,
} from "../src/impl/index.js";
import type { HTTPClientExtensions } from "../src/impl/index.js";
import type { CryptoKey as CryptoKeyApi, CryptoKeyStatic } from "./CryptoKey.js";
import type { HTTPClient as HTTPClientApi, HTTPClientStatic } from "./HTTPClient.js";
import type { Object as ObjectApi, ObjectStatic } from "./Object.js";
import type { RefCounted as RefCountedApi, RefCountedStatic } from "./RefCounted.js";
import type { Resource as ResourceApi, ResourceStatic } from "./Resource.js";
import type { StreamPeer as StreamPeerApi, StreamPeerStatic } from "./StreamPeer.js";
import type {
  StreamPeerSocket as StreamPeerSocketApi,
  StreamPeerSocketStatic,
} from "./StreamPeerSocket.js";
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
export const HTTPClient: (new () => HTTPClient) & HTTPClientStatic = HTTPClientImpl;
export type HTTPClient = HTTPClientApi & HTTPClientExtensions;
export declare namespace HTTPClient {
  type Method = HTTPClientApi.Method;
  type Status = HTTPClientApi.Status;
  type ResponseCode = HTTPClientApi.ResponseCode;
}

/** The `Object` class: its implementation, checked against the generated API. */
export const Object: ObjectStatic = ObjectImpl;
export type Object = ObjectApi;
export declare namespace Object {
  type ConnectFlags = ObjectApi.ConnectFlags;
  type Signals = ObjectApi.Signals;
}

/** The `RefCounted` class: its implementation, checked against the generated API. */
export const RefCounted: RefCountedStatic = RefCountedImpl;
export type RefCounted = RefCountedApi;

/** The `Resource` class: its implementation, checked against the generated API. */
export const Resource: ResourceStatic = ResourceImpl;
export type Resource = ResourceApi;
export declare namespace Resource {
  type DeepDuplicateMode = ResourceApi.DeepDuplicateMode;
  type Signals = ResourceApi.Signals;
}

/** The `StreamPeer` class: its implementation, checked against the generated API. */
export const StreamPeer: StreamPeerStatic = StreamPeerImpl;
export type StreamPeer = StreamPeerApi;

/** The `StreamPeerSocket` class: its implementation, checked against the generated API. */
export const StreamPeerSocket: StreamPeerSocketStatic = StreamPeerSocketImpl;
export type StreamPeerSocket = StreamPeerSocketApi;
export declare namespace StreamPeerSocket {
  type Status = StreamPeerSocketApi.Status;
}

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
