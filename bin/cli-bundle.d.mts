/** Types of cli-bundle.mjs (plain JavaScript: the launcher loads it before any TypeScript). */
export function bundleIsFresh(dir: string): boolean;
export function freshBundleEntry(env?: Record<string, string | undefined>): string | null;
