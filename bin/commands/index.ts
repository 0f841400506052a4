/** Every subcommand of `review-desk`, in the order `--help` lists them. One file per command. */
import type { Command } from '../cli-kit';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { rubricCommand } from './rubric';
import { rubricsCommand } from './rubrics';

export const commands: Command[] = [demoCommand, rubricsCommand, rubricCommand, checkCommand];
