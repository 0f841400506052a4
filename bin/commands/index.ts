/** Every subcommand of `review-desk`, in the order `--help` lists them. One file per command. */
import type { Command } from '../cli-kit';
import { demoCommand } from './demo';

export const commands: Command[] = [demoCommand];
