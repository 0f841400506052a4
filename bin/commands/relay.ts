/**
 * `review-desk relay [--host] [--port] [--data] [--redis] [--allow-chairs FILE]`: run the relay
 * until Ctrl+C.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllowList } from '../../server/allow-list';
import { startRelay } from '../../server/relay';
import { type Command, EXIT_OK, parseCommandArgs } from '../cli-kit';

export const relayCommand: Command = {
  name: 'relay',
  summaryKey: 'sync:relay.summary',
  usageKey: 'sync:relay.usage',
  async run(ctx, argv) {
    const { values } = parseCommandArgs(
      argv,
      {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
        'allow-chairs': { type: 'string' },
      },
      false,
    );
    const port = Number(values.port ?? 4321);
    const allowFile = values['allow-chairs'];
    const allowPanels = allowFile
      ? parseAllowList(readFileSync(path.resolve(ctx.cwd, allowFile), 'utf8'))
      : null;
    const relay = await startRelay({
      host: values.host ?? '127.0.0.1',
      port,
      dataDir: path.resolve(ctx.cwd, values.data ?? 'relay-data'),
      ...(values.redis ? { redis: values.redis } : {}),
      allowPanels,
      log: (event, params) =>
        ctx.out(`${new Date().toISOString()} ${ctx.t(`sync:relay.log.${event}`, params)}`),
    });
    await new Promise<void>((resolve) => {
      const stop = () => void relay.stop().finally(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT_OK;
  },
};
