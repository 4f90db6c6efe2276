import type { Error } from "./GlobalScope.js";
import type { RefCounted, RefCountedStatic } from "./RefCounted.js";
import type { Variant } from "./builtins.js";

/**
 * Abstract base class for interacting with streams.
 *
 * @remarks
 * StreamPeer is an abstract base class mostly used for stream-based protocols (such as TCP). It provides an API for sending and receiving data through streams as raw data or strings.
 *
 * **Note:** When exporting to Android, make sure to enable the `INTERNET` permission in the Android export preset before exporting the project or using one-click deploy. Otherwise, network communication of any kind will be blocked by Android.
 */
export interface StreamPeer extends RefCounted {
  /** Gets a signed byte from the stream. */
  get_8(): number;
  /** Gets a signed 16-bit value from the stream. */
  get_16(): number;
  /** Gets a signed 32-bit value from the stream. */
  get_32(): number;
  /** Gets a signed 64-bit value from the stream. */
  get_64(): number;
  /** Returns the number of bytes this {@link StreamPeer} has available. */
  get_available_bytes(): number;
  /** Returns a chunk data with the received bytes, as an `Array` containing two elements: an {@link Error} constant and a `PackedByteArray`. `bytes` is the number of bytes to be received. If not enough bytes are available, the function will block until the desired amount is received. */
  get_data(bytes: number): Variant[];
  /** Gets a double-precision float from the stream. */
  get_double(): number;
  /** Gets a single-precision float from the stream. */
  get_float(): number;
  /** Gets a half-precision float from the stream. */
  get_half(): number;
  /** Returns a chunk data with the received bytes, as an `Array` containing two elements: an {@link Error} constant and a `PackedByteArray`. `bytes` is the number of bytes to be received. If not enough bytes are available, the function will return how many were actually received. */
  get_partial_data(bytes: number): Variant[];
  /**
   * Gets an ASCII string with byte-length `bytes` from the stream. If `bytes` is negative (default) the length will be read from the stream using the reverse process of {@link StreamPeer.put_string}.
   *
   * Defaults: `bytes` = `-1`.
   */
  get_string(bytes?: number): string;
  /** Gets an unsigned byte from the stream. */
  get_u8(): number;
  /** Gets an unsigned 16-bit value from the stream. */
  get_u16(): number;
  /** Gets an unsigned 32-bit value from the stream. */
  get_u32(): number;
  /** Gets an unsigned 64-bit value from the stream. */
  get_u64(): number;
  /**
   * Gets a UTF-8 string with byte-length `bytes` from the stream (this decodes the string sent as UTF-8). If `bytes` is negative (default) the length will be read from the stream using the reverse process of {@link StreamPeer.put_utf8_string}.
   *
   * Defaults: `bytes` = `-1`.
   */
  get_utf8_string(bytes?: number): string;
  /**
   * Gets a Variant from the stream. If `allow_objects` is `true`, decoding objects is allowed.
   *
   * Internally, this uses the same decoding mechanism as the `@GlobalScope.bytes_to_var` method.
   *
   * **Warning:** Deserialized objects can contain code which gets executed. Do not use this option if the serialized object comes from untrusted sources to avoid potential security threats such as remote code execution.
   *
   * Defaults: `allow_objects` = `false`.
   */
  get_var(allow_objects?: boolean): Variant;
  /** Puts a signed byte into the stream. */
  put_8(value: number): void;
  /** Puts a signed 16-bit value into the stream. */
  put_16(value: number): void;
  /** Puts a signed 32-bit value into the stream. */
  put_32(value: number): void;
  /** Puts a signed 64-bit value into the stream. */
  put_64(value: number): void;
  /** Sends a chunk of data through the connection, blocking if necessary until the data is done sending. This function returns an {@link Error} code. */
  put_data(data: Uint8Array): Error;
  /** Puts a double-precision float into the stream. */
  put_double(value: number): void;
  /** Puts a single-precision float into the stream. */
  put_float(value: number): void;
  /** Puts a half-precision float into the stream. */
  put_half(value: number): void;
  /** Sends a chunk of data through the connection. If all the data could not be sent at once, only part of it will. This function returns two values, an {@link Error} code and an integer, describing how much data was actually sent. */
  put_partial_data(data: Uint8Array): Variant[];
  /**
   * Puts a zero-terminated ASCII string into the stream prepended by a 32-bit unsigned integer representing its size.
   *
   * **Note:** To put an ASCII string without prepending its size, you can use {@link StreamPeer.put_data}:
   *
   * ```gdscript
   * put_data("Hello world".to_ascii_buffer())
   * ```
   *
   * ```csharp
   * PutData("Hello World".ToAsciiBuffer());
   * ```
   */
  put_string(value: string): void;
  /** Puts an unsigned byte into the stream. */
  put_u8(value: number): void;
  /** Puts an unsigned 16-bit value into the stream. */
  put_u16(value: number): void;
  /** Puts an unsigned 32-bit value into the stream. */
  put_u32(value: number): void;
  /** Puts an unsigned 64-bit value into the stream. */
  put_u64(value: number): void;
  /**
   * Puts a zero-terminated UTF-8 string into the stream prepended by a 32 bits unsigned integer representing its size.
   *
   * **Note:** To put a UTF-8 string without prepending its size, you can use {@link StreamPeer.put_data}:
   *
   * ```gdscript
   * put_data("Hello world".to_utf8_buffer())
   * ```
   *
   * ```csharp
   * PutData("Hello World".ToUtf8Buffer());
   * ```
   */
  put_utf8_string(value: string): void;
  /**
   * Puts a Variant into the stream. If `full_objects` is `true` encoding objects is allowed (and can potentially include code).
   *
   * Internally, this uses the same encoding mechanism as the `@GlobalScope.var_to_bytes` method.
   *
   * Defaults: `full_objects` = `false`.
   */
  put_var(value: Variant, full_objects?: boolean): void;
  /** Setter of {@link StreamPeer.big_endian} (implied by the property, not listed among the methods). */
  set_big_endian(value: boolean): void;
  /** Getter of {@link StreamPeer.big_endian} (implied by the property, not listed among the methods). */
  is_big_endian_enabled(): boolean;
  /**
   * If `true`, this {@link StreamPeer} will using big-endian format for encoding and decoding.
   *
   * @defaultValue `false`
   */
  get big_endian(): boolean;
  set big_endian(value: boolean);
}

/** The `StreamPeer` class object: constructor, static methods, constants and enum objects. */
export interface StreamPeerStatic extends RefCountedStatic {
  new (): StreamPeer;
}
