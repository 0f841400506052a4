/**
 * Every subcommand of `review-desk`, in the order `--help` lists them. One file per command.
 * The heaviest (demo builds PDFs, relay starts a server, check reads PDFs and OCR) are loaded on
 * first use, so `--help` and the light commands start without their libraries; their names and
 * help keys are repeated here (test/cli/commands.test.ts checks they match the modules).
 */
import type { Command } from '../cli-kit';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { identityCommand } from './identity';
import { panelCommand } from './panel';
import { reportCommand } from './report';
import { rubricCommand } from './rubric';
import { rubricsCommand } from './rubrics';
import { syncCommand } from './sync';
import { verifyCommand } from './verify';

/** A command whose module is imported only when it runs. */
export function lazyCommand(meta: Omit<Command, 'run'>, load: () => Promise<Command>): Command {
  return { ...meta, run: async (ctx, argv) => (await load()).run(ctx, argv) };
}

export const lazyModules = {
  demo: () => import('./demo').then((m) => m.demoCommand),
  check: () => import('./check').then((m) => m.checkCommand),
  relay: () => import('./relay').then((m) => m.relayCommand),
};

const demoCommand = lazyCommand(
  { name: 'demo', summaryKey: 'cli:demo.summary', usageKey: 'cli:demo.usage' },
  lazyModules.demo,
);
const checkCommand = lazyCommand(
  { name: 'check', summaryKey: 'rubric:cli.check.summary', usageKey: 'rubric:cli.check.usage' },
  lazyModules.check,
);
const relayCommand = lazyCommand(
  { name: 'relay', summaryKey: 'sync:relay.summary', usageKey: 'sync:relay.usage' },
  lazyModules.relay,
);

export const commands: Command[] = [
  demoCommand,
  rubricsCommand,
  rubricCommand,
  checkCommand,
  extractCommand,
  panelCommand,
  syncCommand,
  reportCommand,
  relayCommand,
  identityCommand,
  exportCommand,
  verifyCommand,
];
