/** Every subcommand of `review-desk`, in the order `--help` lists them. One file per command. */
import type { Command } from '../cli-kit';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { identityCommand } from './identity';
import { panelCommand } from './panel';
import { relayCommand } from './relay';
import { reportCommand } from './report';
import { rubricCommand } from './rubric';
import { rubricsCommand } from './rubrics';
import { syncCommand } from './sync';
import { verifyCommand } from './verify';

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
