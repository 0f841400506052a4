/**
 * Generate the demo workspace into public/demo/ (demo.json + application PDFs). Both app builds
 * serve it; the app loads it into local storage on first start.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemo } from '../bin/commands/demo';
import '../lib/platform/node-polyfills';

const root = path.dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const out = path.join(root, 'public', 'demo');
const { files } = await writeDemo(out, { backups: false });
console.log(`demo: ${files} PDFs written to ${path.relative(root, out)}/`);
