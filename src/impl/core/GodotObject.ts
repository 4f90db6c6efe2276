/**
 * Base of every implementation class: Godot's `Object`. Named GodotObject here so this module
 * can still use the JS global `Object`; src/impl/index.ts exports it as `Object`.
 * (Initial skeleton: the reflective core — get/set/call, signals, property and method lists —
 * is being built on top of it.)
 */
export class GodotObject {
  /** The Godot class name, declared by each implementation class. */
  static readonly godotClass: string = "Object";

  get_class(): string {
    return (this.constructor as typeof GodotObject).godotClass;
  }
}
