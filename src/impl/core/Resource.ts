import type { RID } from "../../../generated/builtins.js";
import { Resource_constants, type Resource as ResourceApi } from "../../../generated/Resource.js";
import type { Node } from "../../../generated/stubs.js";
import { defineConstants } from "./defineConstants.js";
import { RefCounted } from "./RefCounted.js";

const SCENE_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Godot's Resource, as far as a resource without a scene tree or resource loader can be one: the
 * name, path and scene-id properties, `changed`, and duplication through `copyFrom` (each subclass
 * copies its own data). There are no servers here, so get_rid() is the invalid RID the engine
 * gives resources without one, and get_local_scene() is null as outside a scene.
 */
class ResourceImpl extends RefCounted implements ResourceApi {
  static override readonly godotClass: string = "Resource";
  #name = "";
  #path = "";
  #localToScene = false;
  #sceneUniqueId = "";
  readonly #idsForPaths = new Map<string, string>();

  /** Random id in the engine's shape (5 characters of [a-z0-9]). */
  static generate_scene_unique_id(): string {
    let id = "";
    for (let i = 0; i < 5; i++)
      id += SCENE_ID_CHARS[Math.floor(Math.random() * SCENE_ID_CHARS.length)];
    return id;
  }

  /** Subclasses copy their own data from `source` (used by duplicate()). */
  protected copyFrom(source: ResourceImpl): void {
    this.#name = source.#name;
    this.#localToScene = source.#localToScene;
  }

  duplicate(_deep = false): ResourceApi {
    const copy = new (this.constructor as new () => ResourceImpl)();
    copy.copyFrom(this);
    return copy;
  }
  duplicate_deep(_deep_subresources_mode = 1): ResourceApi {
    return this.duplicate(true);
  }
  emit_changed(): void {
    this.emit_signal("changed");
  }
  get_id_for_path(path: string): string {
    return this.#idsForPaths.get(path) ?? "";
  }
  set_id_for_path(path: string, id: string): void {
    if (id === "") this.#idsForPaths.delete(path);
    else this.#idsForPaths.set(path, id);
  }
  get_local_scene(): Node | null {
    return null;
  }
  get_rid(): RID {
    return {};
  }
  /** Built in: no file path of its own, or a sub-resource path ("file.tres::id"). */
  is_built_in(): boolean {
    return this.#path === "" || this.#path.includes("::");
  }
  reset_state(): void {}
  set_path_cache(path: string): void {
    this.#path = path;
  }
  setup_local_to_scene(): void {}
  take_over_path(path: string): void {
    this.#path = path;
  }
  set_local_to_scene(value: boolean): void {
    this.#localToScene = Boolean(value);
  }
  is_local_to_scene(): boolean {
    return this.#localToScene;
  }
  set_name(value: string): void {
    this.#name = String(value);
  }
  get_name(): string {
    return this.#name;
  }
  set_path(value: string): void {
    this.#path = String(value);
  }
  get_path(): string {
    return this.#path;
  }
  set_scene_unique_id(value: string): void {
    this.#sceneUniqueId = String(value);
  }
  get_scene_unique_id(): string {
    return this.#sceneUniqueId;
  }
  get resource_local_to_scene(): boolean {
    return this.is_local_to_scene();
  }
  set resource_local_to_scene(value: boolean) {
    this.set_local_to_scene(value);
  }
  get resource_name(): string {
    return this.get_name();
  }
  set resource_name(value: string) {
    this.set_name(value);
  }
  get resource_path(): string {
    return this.get_path();
  }
  set resource_path(value: string) {
    this.set_path(value);
  }
  get resource_scene_unique_id(): string {
    return this.get_scene_unique_id();
  }
  set resource_scene_unique_id(value: string) {
    this.set_scene_unique_id(value);
  }
}

export const Resource = defineConstants(ResourceImpl, Resource_constants);
export type Resource = ResourceImpl;
