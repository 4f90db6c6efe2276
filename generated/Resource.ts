import type { Object } from "./Object.js";
import type { RefCounted, RefCountedStatic } from "./RefCounted.js";
import { freeze } from "./builtins.js";
import type { RID } from "./builtins.js";
import type { Node } from "./stubs.js";

/** Values of `Resource.DeepDuplicateMode`, frozen: `Resource.DeepDuplicateMode.NAME` at run time. */
export const Resource_DeepDuplicateMode = freeze({
  /** No subresources at all are duplicated. This is useful even in a deep duplication to have all the arrays and dictionaries duplicated but still pointing to the original resources. */
  DEEP_DUPLICATE_NONE: 0,
  /** Only subresources without a path or with a scene-local path will be duplicated. */
  DEEP_DUPLICATE_INTERNAL: 1,
  /** Every subresource found will be duplicated, even if it has a non-local path. In other words, even potentially big resources stored separately will be duplicated. */
  DEEP_DUPLICATE_ALL: 2,
} as const);

/** Every constant of `Resource`, enum members flattened in, plus one entry per enum object. */
export const Resource_constants = freeze({
  DeepDuplicateMode: Resource_DeepDuplicateMode,
  /** No subresources at all are duplicated. This is useful even in a deep duplication to have all the arrays and dictionaries duplicated but still pointing to the original resources. */
  DEEP_DUPLICATE_NONE: 0,
  /** Only subresources without a path or with a scene-local path will be duplicated. */
  DEEP_DUPLICATE_INTERNAL: 1,
  /** Every subresource found will be duplicated, even if it has a non-local path. In other words, even potentially big resources stored separately will be duplicated. */
  DEEP_DUPLICATE_ALL: 2,
} as const);

/**
 * Base class for serializable objects.
 *
 * @remarks
 * Resource is the base class for all Godot-specific resource types, serving primarily as data containers. Since they inherit from {@link RefCounted}, resources are reference-counted and freed when no longer in use. They can also be nested within other resources, and saved on disk. `PackedScene`, one of the most common {@link Object}s in a Godot project, is also a resource, uniquely capable of storing and instantiating the `Node`s it contains as many times as desired.
 *
 * In GDScript, resources can loaded from disk by their {@link Resource.resource_path} using `@GDScript.load` or `@GDScript.preload`.
 *
 * The engine keeps a global cache of all loaded resources, referenced by paths (see `ResourceLoader.has_cached`). A resource will be cached when loaded for the first time and removed from cache once all references are released. When a resource is cached, subsequent loads using its path will return the cached reference.
 *
 * **Note:** In C#, resources will not be freed instantly after they are no longer in use. Instead, garbage collection will run periodically and will free resources that are no longer in use. This means that unused resources will remain in memory for a while before being removed.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/scripting/resources.html | Resources}
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/best_practices/node_alternatives.html | When and how to avoid using nodes for everything}
 */
export interface Resource extends RefCounted {
  /** Override this method to return a custom `RID` when {@link Resource.get_rid} is called. */
  _get_rid?(): RID;
  /** For resources that store state in non-exported properties, such as via {@link Object._validate_property} or {@link Object._get_property_list}, this method must be implemented to clear them. */
  _reset_state?(): void;
  /** Override this method to execute additional logic after {@link Resource.set_path_cache} is called on this object. */
  _set_path_cache?(path: string): void;
  /**
   * Override this method to customize the newly duplicated resource created from `PackedScene.instantiate`, if the original's {@link Resource.resource_local_to_scene} is set to `true`.
   *
   * **Example:** Set a random `damage` value to every local resource from an instantiated scene:
   *
   * ```gdscript
   * extends Resource
   *
   * var damage = 0
   *
   * func _setup_local_to_scene():
   *     damage = randi_range(10, 40)
   * ```
   */
  _setup_local_to_scene?(): void;
  /**
   * Duplicates this resource, returning a new resource with its `export`ed or `PROPERTY_USAGE_STORAGE` properties copied from the original.
   *
   * If `deep` is `false`, a **shallow** copy is returned: nested `Array`, `Dictionary`, and {@link Resource} properties are not duplicated and are shared with the original resource.
   *
   * If `deep` is `true`, a **deep** copy is returned: all nested arrays, dictionaries, and packed arrays are also duplicated (recursively). Any {@link Resource} found inside will only be duplicated if it's local, like {@link Resource_DeepDuplicateMode.DEEP_DUPLICATE_INTERNAL} used with {@link Resource.duplicate_deep}.
   *
   * The following exceptions apply:
   *
   * - Subresource properties with the `PROPERTY_USAGE_ALWAYS_DUPLICATE` flag are always duplicated (recursively or not, depending on `deep`).
   *
   * - Subresource properties with the `PROPERTY_USAGE_NEVER_DUPLICATE` flag are never duplicated.
   *
   * **Note:** For custom resources, this method will fail if {@link Object._init} has been defined with required parameters.
   *
   * **Note:** When duplicating with `deep` set to `true`, each resource found, including the one on which this method is called, will be only duplicated once and referenced as many times as needed in the duplicate. For instance, if you are duplicating resource A that happens to have resource B referenced twice, you'll get a new resource A' referencing a new resource B' twice.
   *
   * Defaults: `deep` = `false`.
   */
  duplicate(deep?: boolean): Resource;
  /**
   * Duplicates this resource, deeply, like {@link Resource.duplicate} when passing `true`, with extra control over how subresources are handled.
   *
   * Defaults: `deep_subresources_mode` = `1`.
   */
  duplicate_deep(deep_subresources_mode?: Resource.DeepDuplicateMode): Resource;
  /**
   * Emits the {@link Resource.Signals.changed} signal. This method is called automatically for some built-in resources.
   *
   * **Note:** For custom resources, it's recommended to call this method whenever a meaningful change occurs, such as a modified property. This ensures that custom {@link Object}s depending on the resource are properly updated.
   *
   * ```gdscript
   * var damage:
   *     set(new_value):
   *         if damage != new_value:
   *             damage = new_value
   *             emit_changed()
   * ```
   */
  emit_changed(): void;
  /**
   * From the internal cache for scene-unique IDs, returns the ID of this resource for the scene at `path`. If there is no entry, an empty string is returned. Useful to keep scene-unique IDs the same when implementing a VCS-friendly custom resource format by extending `ResourceFormatLoader` and `ResourceFormatSaver`.
   *
   * **Note:** This method is only implemented when running in an editor context. At runtime, it returns an empty string.
   */
  get_id_for_path(path: string): string;
  /** If {@link Resource.resource_local_to_scene} is set to `true` and the resource has been loaded from a `PackedScene` instantiation, returns the root `Node` of the scene where this resource is used. Otherwise, returns `null`. */
  get_local_scene(): Node | null;
  /** Returns the `RID` of this resource (or an empty RID). Many resources (such as `Texture2D`, `Mesh`, and so on) are high-level abstractions of resources stored in a specialized server (`DisplayServer`, `RenderingServer`, etc.), so this function will return the original `RID`. */
  get_rid(): RID;
  /** Returns `true` if the resource is saved on disk as a part of another resource's file. */
  is_built_in(): boolean;
  /** Makes the resource clear its non-exported properties. See also {@link Resource._reset_state}. Useful when implementing a custom resource format by extending `ResourceFormatLoader` and `ResourceFormatSaver`. */
  reset_state(): void;
  /**
   * In the internal cache for scene-unique IDs, sets the ID of this resource to `id` for the scene at `path`. If `id` is empty, the cache entry for `path` is cleared. Useful to keep scene-unique IDs the same when implementing a VCS-friendly custom resource format by extending `ResourceFormatLoader` and `ResourceFormatSaver`.
   *
   * **Note:** This method is only implemented when running in an editor context.
   */
  set_id_for_path(path: string, id: string): void;
  /** Sets the resource's path to `path` without involving the resource cache. Useful for handling `ResourceFormatLoader.CacheMode` values when implementing a custom resource format by extending `ResourceFormatLoader` and `ResourceFormatSaver`. */
  set_path_cache(path: string): void;
  /**
   * Calls {@link Resource._setup_local_to_scene}. If {@link Resource.resource_local_to_scene} is set to `true`, this method is automatically called from `PackedScene.instantiate` by the newly duplicated resource within the scene instance.
   *
   * @deprecated This method should only be called internally.
   */
  setup_local_to_scene(): void;
  /** Sets the {@link Resource.resource_path} to `path`, potentially overriding an existing cache entry for this path. Further attempts to load an overridden resource by path will instead return this resource. */
  take_over_path(path: string): void;
  /** Setter of {@link Resource.resource_local_to_scene} (implied by the property, not listed among the methods). */
  set_local_to_scene(value: boolean): void;
  /** Getter of {@link Resource.resource_local_to_scene} (implied by the property, not listed among the methods). */
  is_local_to_scene(): boolean;
  /** Setter of {@link Resource.resource_name} (implied by the property, not listed among the methods). */
  set_name(value: string): void;
  /** Getter of {@link Resource.resource_name} (implied by the property, not listed among the methods). */
  get_name(): string;
  /** Setter of {@link Resource.resource_path} (implied by the property, not listed among the methods). */
  set_path(value: string): void;
  /** Getter of {@link Resource.resource_path} (implied by the property, not listed among the methods). */
  get_path(): string;
  /** Setter of {@link Resource.resource_scene_unique_id} (implied by the property, not listed among the methods). */
  set_scene_unique_id(value: string): void;
  /** Getter of {@link Resource.resource_scene_unique_id} (implied by the property, not listed among the methods). */
  get_scene_unique_id(): string;
  /**
   * If `true`, the resource is duplicated for each instance of all scenes using it. At run-time, the resource can be modified in one scene without affecting other instances (see `PackedScene.instantiate`).
   *
   * **Note:** Changing this property at run-time has no effect on already created duplicate resources.
   *
   * @defaultValue `false`
   */
  get resource_local_to_scene(): boolean;
  set resource_local_to_scene(value: boolean);
  /**
   * An optional name for this resource. When defined, its value is displayed to represent the resource in the Inspector dock. For built-in scripts, the name is displayed as part of the tab name in the script editor.
   *
   * **Note:** Some resource formats do not support resource names. You can still set the name in the editor or via code, but it will be lost when the resource is reloaded. For example, only built-in scripts can have a resource name, while scripts stored in separate files cannot.
   *
   * @defaultValue `""`
   */
  get resource_name(): string;
  set resource_name(value: string);
  /**
   * The unique path to this resource. If it has been saved to disk, the value will be its filepath. If the resource is exclusively contained within a scene, the value will be the `PackedScene`'s filepath, followed by a unique identifier.
   *
   * **Note:** Setting this property manually may fail if a resource with the same path has already been previously loaded. If necessary, use {@link Resource.take_over_path}.
   *
   * @defaultValue `""`
   */
  get resource_path(): string;
  set resource_path(value: string);
  /**
   * A unique identifier relative to the this resource's scene. If left empty, the ID is automatically generated when this resource is saved inside a `PackedScene`. If the resource is not inside a scene, this property is empty by default.
   *
   * **Note:** When the `PackedScene` is saved, if multiple resources in the same scene use the same ID, only the earliest resource in the scene hierarchy keeps the original ID. The other resources are assigned new IDs from {@link ResourceStatic.generate_scene_unique_id}.
   *
   * **Note:** Setting this property does not emit the {@link Resource.Signals.changed} signal.
   *
   * **Warning:** When setting, the ID must only consist of letters, numbers, and underscores. Otherwise, it will fail and default to a randomly generated ID.
   */
  get resource_scene_unique_id(): string;
  set resource_scene_unique_id(value: string);
}

/** Types scoped to `Resource`: its enums and signals. */
export declare namespace Resource {
  /** One of the `Resource.DeepDuplicateMode` values. */
  type DeepDuplicateMode =
    (typeof Resource_DeepDuplicateMode)[keyof typeof Resource_DeepDuplicateMode];
  /** Signal names → handler signatures. */
  interface Signals {
    /**
     * Emitted when the resource changes, usually when one of its properties is modified. See also {@link Resource.emit_changed}.
     *
     * **Note:** This signal is not emitted automatically for properties of custom resources. If necessary, a setter needs to be created to emit the signal.
     */
    changed(): void;
    /**
     * Emitted by a newly duplicated resource with {@link Resource.resource_local_to_scene} set to `true`.
     *
     * @deprecated This signal is only emitted when the resource is created. Override {@link Resource._setup_local_to_scene} instead.
     */
    setup_local_to_scene_requested(): void;
  }
}

/** The `Resource` class object: constructor, static methods, constants and enum objects. */
export interface ResourceStatic extends RefCountedStatic {
  new (): Resource;
  readonly DeepDuplicateMode: typeof Resource_DeepDuplicateMode;
  /** No subresources at all are duplicated. This is useful even in a deep duplication to have all the arrays and dictionaries duplicated but still pointing to the original resources. */
  readonly DEEP_DUPLICATE_NONE: 0;
  /** Only subresources without a path or with a scene-local path will be duplicated. */
  readonly DEEP_DUPLICATE_INTERNAL: 1;
  /** Every subresource found will be duplicated, even if it has a non-local path. In other words, even potentially big resources stored separately will be duplicated. */
  readonly DEEP_DUPLICATE_ALL: 2;
  /** Generates a unique identifier for a resource to be contained inside a `PackedScene`, based on the current date, time, and a random value. The returned string is only composed of letters (`a` to `y`) and numbers (`0` to `8`). See also {@link Resource.resource_scene_unique_id}. */
  generate_scene_unique_id(): string;
}
