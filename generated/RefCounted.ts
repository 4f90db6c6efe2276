import type { Object, ObjectStatic } from "./Object.js";
import type { Resource } from "./Resource.js";

/**
 * Base class for reference-counted objects.
 *
 * @remarks
 * Base class for any object that keeps a reference count. {@link Resource} and many other helper objects inherit this class.
 *
 * Unlike other {@link Object} types, {@link RefCounted}s keep an internal reference counter so that they are automatically released when no longer in use, and only then. {@link RefCounted}s therefore do not need to be freed manually with {@link Object.free}.
 *
 * {@link RefCounted} instances caught in a cyclic reference will **not** be freed automatically. For example, if a node holds a reference to instance `A`, which directly or indirectly holds a reference back to `A`, `A`'s reference count will be 2. Destruction of the node will leave `A` dangling with a reference count of 1, and there will be a memory leak. To prevent this, one of the references in the cycle can be made weak with `@GlobalScope.weakref`.
 *
 * In the vast majority of use cases, instantiating and using {@link RefCounted}-derived types is all you need to do. The methods provided in this class are only for advanced users, and can cause issues if misused.
 *
 * **Note:** In C#, reference-counted objects will not be freed instantly after they are no longer in use. Instead, garbage collection will run periodically and will free reference-counted objects that are no longer in use. This means that unused ones will remain in memory for a while before being removed.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/best_practices/node_alternatives.html | When and how to avoid using nodes for everything}
 */
export interface RefCounted extends Object {
  /** Returns the current reference count. */
  get_reference_count(): number;
  /**
   * Initializes the internal reference counter. Use this only if you really know what you are doing.
   *
   * Returns whether the initialization was successful.
   */
  init_ref(): boolean;
  /**
   * Increments the internal reference counter. Use this only if you really know what you are doing.
   *
   * Returns `true` if the increment was successful, `false` otherwise.
   */
  reference(): boolean;
  /**
   * Decrements the internal reference counter. Use this only if you really know what you are doing.
   *
   * Returns `true` if the object should be freed after the decrement, `false` otherwise.
   */
  unreference(): boolean;
}

/** The `RefCounted` class object: constructor, static methods, constants and enum objects. */
export interface RefCountedStatic extends ObjectStatic {
  new (): RefCounted;
}
