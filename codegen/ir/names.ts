/** The class that holds global enums, constants and functions in both Godot generations. */
export const GLOBAL_SCOPE = "@GlobalScope";
