import { GodotObject } from "./GodotObject.js";

/** Godot's RefCounted: an Object with a reference count (no manual `free()`). */
export class RefCounted extends GodotObject {
  static override readonly godotClass: string = "RefCounted";
  #refs = 0;

  init_ref(): boolean {
    this.#refs = 1;
    return true;
  }
  reference(): boolean {
    this.#refs += 1;
    return true;
  }
  /** Returns true when the count drops to zero (the engine would then free the object). */
  unreference(): boolean {
    this.#refs -= 1;
    return this.#refs <= 0;
  }
  get_reference_count(): number {
    return this.#refs;
  }
}
