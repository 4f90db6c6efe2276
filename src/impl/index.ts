// One export per bound class, under its Godot name. The generated facade (generated/facade.ts)
// binds these to their generated interfaces; consumers import from the package root instead.
export { defineConstants } from "./core/defineConstants.js";
