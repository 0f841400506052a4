/** `review-desk identity`: loaded on first use, so other commands start without its libraries. */
import type { Command } from '../cli-kit';

export const identityCommand: Command = {
  name: 'identity',
  summaryKey: 'sign:cli.identity.summary',
  usageKey: 'sign:cli.identity.usage',
  async run(ctx, argv) {
    const { runIdentity } = await import('./identity-run');
    return runIdentity(ctx, argv);
  },
};
