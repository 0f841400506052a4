/** Types of build-cli.mjs (plain JavaScript: `postinstall` runs it with no TypeScript loader). */
export const BUNDLE_DIR: string;
export function buildCli(outdir?: string): Promise<{ outdir: string; inputs: number }>;
