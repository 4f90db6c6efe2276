/** Godot's global Error enum, from the generated API (imported as GodotError where `Error` would shadow the JS global). */
export { Error } from "../../../generated/GlobalScope.js";
