/**
 * `review-desk relay [--host] [--port] [--data] [--redis] [--allow-chairs FILE]`: run the relay
 * until Ctrl+C. The port,
 * the Redis address and the data folder are checked first, and a port already in use is said in
 * words (exit 2), never as a stack.
 */
import net from 'node:net';
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import { parseAllowList } from '../../server/allow-list';
import { startRelay } from '../../server/relay';
import { listenError, outputDirectory, parsePort, parseRedisUrl, readInputFile } from '../cli-io';
import { type Command, EXIT_OK, parseCommandArgs } from '../cli-kit';
import { relayMeta } from './lazy-meta';

/** Try the address first: the relay's own server reports a busy port as an unhandled event. */
async function checkListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(listenError(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * Reach Redis once before starting: the Redis client otherwise retries forever, printing its
 * own stack traces, when the address is wrong or Redis is not running.
 */
async function checkRedis(url: string): Promise<void> {
  const u = new URL(url);
  const host = u.hostname;
  const port = Number(u.port || 6379);
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host, port });
    const fail = () => {
      socket.destroy();
      reject(new ReviewDeskError('cliInput/redisUnreachable', { url }));
    };
    socket.setTimeout(3000, fail);
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
  });
}

export const relayCommand: Command = {
  ...relayMeta,
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
    const host = values.host ?? '127.0.0.1';
    const port = parsePort(values.port, 4321);
    const redis = parseRedisUrl(values.redis);
    const dataDir = await outputDirectory(ctx.cwd, values.data ?? 'relay-data');
    await checkListen(host, port);
    if (redis) await checkRedis(redis);
    const allowFile = values['allow-chairs'];
    const allowPanels = allowFile
      ? parseAllowList(new TextDecoder().decode(await readInputFile(ctx.cwd, allowFile)))
      : null;
    const relay = await startRelay({
      host,
      port,
      dataDir: path.resolve(dataDir),
      ...(redis ? { redis } : {}),
      allowPanels,
      log: (event, params) =>
        ctx.out(`${new Date().toISOString()} ${ctx.t(`sync:relay.log.${event}`, params)}`),
    }).catch((error) => {
      throw listenError(error, host, port);
    });
    await new Promise<void>((resolve) => {
      const stop = () => void relay.stop().finally(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT_OK;
  },
};
