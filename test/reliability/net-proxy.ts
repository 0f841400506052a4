/**
 * A TCP proxy on 127.0.0.1 in front of a relay node, so a test can cut the network and restore
 * it: cutting destroys every open connection (both ends see the link die, as when a Wi-Fi drops)
 * and refuses new ones until it is restored.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export class NetProxy {
  private server!: Server;
  private sockets = new Set<Socket>();
  private down = false;
  port = 0;

  constructor(private readonly targetPort: number) {}

  static async start(targetPort: number): Promise<NetProxy> {
    const p = new NetProxy(targetPort);
    p.server = createServer((inbound) => p.accept(inbound));
    await new Promise<void>((resolve) => p.server.listen(0, '127.0.0.1', () => resolve()));
    p.port = (p.server.address() as { port: number }).port;
    return p;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private accept(inbound: Socket) {
    if (this.down) {
      inbound.destroy();
      return;
    }
    const outbound = connect(this.targetPort, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => {
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  }

  cut(): void {
    this.down = true;
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.down = false;
  }

  /** Drop open connections without refusing new ones (a relay restarted behind the proxy). */
  drop(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
