/**
 * Names and help keys of the commands loaded on first use (bin/commands/index.ts): kept in this
 * light module so `--help` lists them without importing their libraries, and each command's
 * module spreads the same object, so the list and the command cannot drift apart.
 */
import type { Command } from '../cli-kit';

type CommandMeta = Omit<Command, 'run'>;

export const demoMeta: CommandMeta = {
  name: 'demo',
  summaryKey: 'cli:demo.summary',
  usageKey: 'cli:demo.usage',
};

export const checkMeta: CommandMeta = {
  name: 'check',
  summaryKey: 'rubric:cli.check.summary',
  usageKey: 'rubric:cli.check.usage',
};

export const relayMeta: CommandMeta = {
  name: 'relay',
  summaryKey: 'sync:relay.summary',
  usageKey: 'sync:relay.usage',
};

export const panelMeta: CommandMeta = {
  name: 'panel',
  summaryKey: 'panel:cli.summary',
  usageKey: 'panel:cli.usage',
  subcommands: [
    { name: 'create', usageKey: 'cliInput:usage.panelCreate' },
    { name: 'add-applications', usageKey: 'cliInput:usage.panelAddApplications' },
  ],
};

export const syncMeta: CommandMeta = {
  name: 'sync',
  summaryKey: 'sync:cli.summary',
  usageKey: 'sync:cli.usage',
  subcommands: [
    { name: 'merge', usageKey: 'cliInput:usage.syncMerge' },
    { name: 'inspect', usageKey: 'cliInput:usage.syncInspect' },
  ],
};

export const reportMeta: CommandMeta = {
  name: 'report',
  summaryKey: 'reconcile:cli.summary',
  usageKey: 'reconcile:cli.usage',
};
