import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP load balancer in front of several nodes, as an operator's would be: each new connection goes to
 * the next node round-robin, and to the one after when a node refuses (it is restarting, or draining and
 * no longer listening). Established connections are piped untouched (HTTP and WebSocket alike).
 */
export class Balancer {
  private server?: Server;
  private turn = 0;
  private readonly open = new Set<Socket>();

  constructor(private readonly ports: number[]) {}

  async start(): Promise<string> {
    this.server = createServer((client) => this.route(client, 0));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('balancer has no port');
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise((r) => this.server?.close(r));
  }

  private route(client: Socket, tries: number): void {
    if (tries >= this.ports.length * 3) return void client.destroy();
    const port = this.ports[this.turn++ % this.ports.length];
    const upstream = connect(port, '127.0.0.1');
    upstream.once('error', () => {
      upstream.destroy();
      if (!client.destroyed) setTimeout(() => this.route(client, tries + 1), 20);
    });
    upstream.once('connect', () => {
      upstream.removeAllListeners('error');
      this.open.add(client).add(upstream);
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.open.delete(client);
        this.open.delete(upstream);
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }
}
