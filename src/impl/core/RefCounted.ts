import type { RefCounted as RefCountedApi } from "../../../generated/RefCounted.js";
import { GodotObject } from "./GodotObject.js";
import { reportEngineError } from "./engineError.js";

/**
 * Godot's RefCounted: an Object with a reference count, which cannot be freed by hand.
 *
 * Counting follows the engine's RefCounted (ref_counted.cpp). The engine creates a RefCounted with
 * a count of 1 and a pending "init" reference that the first Ref<> (the script variable holding
 * the new object) takes over, so `RefCounted.new().get_reference_count()` is 1 in GDScript. Here
 * the JS variable holding `new RefCounted()` is that first reference: the count starts at 1 with
 * the init reference already consumed, and init_ref() then acts like reference().
 *
 * The JS garbage collector owns the memory: unreference() reaching zero returns true ("should
 * be freed") as in the engine, but frees nothing.
 */
export class RefCounted extends GodotObject implements RefCountedApi {
  static override readonly godotClass: string = "RefCounted";
  #refs = 1;
  /** The engine's refcount_init: true while the creation reference is still pending. */
  #initPending = false;

  /** Returns whether the reference was taken; the first call after creation in the engine takes over the creation reference. */
  init_ref(): boolean {
    if (!this.reference()) return false;
    if (this.#initPending) {
      this.#initPending = false;
      this.unreference();
    }
    return true;
  }

  /** False (and no change) once the count has reached zero: a dead object cannot be revived. */
  reference(): boolean {
    if (this.#refs === 0) return false;
    this.#refs += 1;
    return true;
  }

  /** Returns true when the count is (now) zero: the engine would then free the object. */
  unreference(): boolean {
    if (this.#refs > 0) this.#refs -= 1;
    return this.#refs === 0;
  }

  get_reference_count(): number {
    return this.#refs;
  }

  /** The engine refuses: "Can't free a RefCounted object." Nothing happens. */
  override free(): void {
    reportEngineError("Can't free a RefCounted object.");
  }
}
