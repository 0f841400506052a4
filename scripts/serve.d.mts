import type { Server } from 'node:http';
export function serveStatic(
  root: string,
  options?: { host?: string; port?: number },
): Promise<{ server: Server; url: string }>;
