/**
 * The versioned docs site that `$DOCS_URL` in tutorial links expands to: Godot publishes one per
 * minor version (`/en/4.6`). Without a version the `stable` site is the best guess.
 */
export const DOCS_SITE = "https://docs.godotengine.org/en";

export function docsUrlFor(version: string | null): string {
  const match = version === null ? null : /^(\d+)\.(\d+)/.exec(version);
  return match === null ? `${DOCS_SITE}/stable` : `${DOCS_SITE}/${match[1]}.${match[2]}`;
}
