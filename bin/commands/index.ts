/**
 * Every subcommand of `review-desk`, in the order `--help` lists them. One file per command.
 * The heaviest (demo builds PDFs, relay starts a server, check reads PDFs and OCR; panel, sync
 * and report load Yjs, and panel the X.509 libraries, about 0.1 s of CPU before anything runs)
 * are loaded on first use, so `--help` and the light commands start without their libraries;
 * their names and help keys live in ./lazy-meta, which the modules spread too.
 */
import type { Command } from '../cli-kit';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { identityCommand } from './identity';
import { checkMeta, demoMeta, panelMeta, relayMeta, reportMeta, syncMeta } from './lazy-meta';
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

const demoCommand = lazyCommand(demoMeta, lazyModules.demo);
const checkCommand = lazyCommand(checkMeta, lazyModules.check);
const relayCommand = lazyCommand(relayMeta, lazyModules.relay);
const panelCommand = lazyCommand(panelMeta, lazyModules.panel);
const syncCommand = lazyCommand(syncMeta, lazyModules.sync);
const reportCommand = lazyCommand(reportMeta, lazyModules.report);

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
