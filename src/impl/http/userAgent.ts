/** The engine version whose behaviour (and User-Agent) this implementation follows. */
export const GODOT_VERSION = "4.6.3";

/** OS names as Godot's OS.get_name() spells them. */
function osName(platform: NodeJS.Platform): string {
  switch (platform) {
    case "linux":
      return "Linux";
    case "darwin":
      return "macOS";
    case "win32":
      return "Windows";
    case "android":
      return "Android";
    case "freebsd":
      return "FreeBSD";
    case "netbsd":
      return "NetBSD";
    case "openbsd":
      return "OpenBSD";
    default:
      return platform;
  }
}

/**
 * The default User-Agent: `GodotEngine/4.6.3 (Linux)`. The engine sends its full build string
 * (`4.6.3.stable.official...`); we send the documented version only, since this is not that build.
 */
export const DEFAULT_USER_AGENT = `GodotEngine/${GODOT_VERSION} (${osName(process.platform)})`;
