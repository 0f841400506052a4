/** Every subcommand of `review-desk`, in the order `--help` lists them. One file per command. */
import type { Command } from '../cli-kit';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { extractCommand } from './extract';
import { panelCommand } from './panel';
import { relayCommand } from './relay';
import { reportCommand } from './report';
import { rubricCommand } from './rubric';
import { rubricsCommand } from './rubrics';
import { syncCommand } from './sync';

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
];
