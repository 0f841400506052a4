/** `review-desk export`: loaded on first use, so other commands start without its libraries. */
import type { Command } from '../cli-kit';

export const exportCommand: Command = {
  name: 'export',
  summaryKey: 'export:cli.summary',
  usageKey: 'export:cli.usage',
  async run(ctx, argv) {
    const { runExport } = await import('./export-run');
    return runExport(ctx, argv);
  },
};
