/**
 * Every subcommand of `review-desk`, in the order `--help` lists them. One file per command.
 * The heaviest (demo builds PDFs, relay starts a server, check reads PDFs and OCR; panel, sync
 * and report load Yjs, and panel the X.509 libraries, about 0.1 s of CPU before anything runs)
 * are loaded on first use, so `--help` and the light commands start without their libraries;
 * their names and help keys are repeated here (test/cli/commands.test.ts checks they match the
 * modules).
 */
import type { Command } from '../cli-kit';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { identityCommand } from './identity';
import { rubricCommand } from './rubric';
import { rubricsCommand } from './rubrics';
import { verifyCommand } from './verify';

/** A command whose module is imported only when it runs. */
export function lazyCommand(meta: Omit<Command, 'run'>, load: () => Promise<Command>): Command {
  return { ...meta, run: async (ctx, argv) => (await load()).run(ctx, argv) };
}

export const lazyModules = {
  demo: () => import('./demo').then((m) => m.demoCommand),
  check: () => import('./check').then((m) => m.checkCommand),
  relay: () => import('./relay').then((m) => m.relayCommand),
  panel: () => import('./panel').then((m) => m.panelCommand),
  sync: () => import('./sync').then((m) => m.syncCommand),
  report: () => import('./report').then((m) => m.reportCommand),
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
const panelCommand = lazyCommand(
  {
    name: 'panel',
    summaryKey: 'panel:cli.summary',
    usageKey: 'panel:cli.usage',
    subcommands: [
      { name: 'create', usageKey: 'cliInput:usage.panelCreate' },
      { name: 'add-applications', usageKey: 'cliInput:usage.panelAddApplications' },
    ],
  },
  lazyModules.panel,
);
const syncCommand = lazyCommand(
  {
    name: 'sync',
    summaryKey: 'sync:cli.summary',
    usageKey: 'sync:cli.usage',
    subcommands: [
      { name: 'merge', usageKey: 'cliInput:usage.syncMerge' },
      { name: 'inspect', usageKey: 'cliInput:usage.syncInspect' },
    ],
  },
  lazyModules.sync,
);
const reportCommand = lazyCommand(
  { name: 'report', summaryKey: 'reconcile:cli.summary', usageKey: 'reconcile:cli.usage' },
  lazyModules.report,
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
