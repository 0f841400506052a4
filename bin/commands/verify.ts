/** `review-desk verify`: loaded on first use, so other commands start without its libraries. */
import type { Command } from '../cli-kit';

export const verifyCommand: Command = {
  name: 'verify',
  summaryKey: 'sign:cli.verify.summary',
  usageKey: 'sign:cli.verify.usage',
  async run(ctx, argv) {
    const { runVerify } = await import('./verify-run');
    return runVerify(ctx, argv);
  },
};
