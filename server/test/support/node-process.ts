import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A real server process (the built `server/dist/main.js`), as an operator would run it. */
export class NodeProcess {
  readonly output: string[] = [];
  private child?: ChildProcess;
  url?: string;
  exitCode?: number | null;

  constructor(private readonly env: Record<string, string>) {}

  start(): this {
    this.child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        // Required in production (links in mail point there); these specs send no browser Origin.
        PUBLIC_ORIGIN: 'http://127.0.0.1',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: '0',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => this.output.push(...chunk.toString().split('\n').filter(Boolean));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.child.on('exit', (code) => (this.exitCode = code));
    return this;
  }

  /** Resolves with the URL the node printed once it listens; rejects if it exits first. */
  async ready(timeoutMs = 90_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.output.find((l) => l.includes('Pameran is running at'));
      if (line) return (this.url = line.match(/running at (\S+)/)![1]);
      if (this.exitCode !== undefined)
        throw new Error(`node exited (${this.exitCode}):\n${this.output.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`node not ready in ${timeoutMs} ms:\n${this.output.slice(-30).join('\n')}`);
  }

  async exited(timeoutMs = 30_000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    while (this.exitCode === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return this.exitCode ?? null;
  }

  /** Sudden death, as when a machine is lost. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    if (!this.child || this.exitCode !== undefined) return;
    this.child.kill('SIGTERM');
    await this.exited(15_000);
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}
