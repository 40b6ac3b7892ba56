import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-process';

/** Where the test command installs the LiveKit server (a git-ignored tools folder at the repo root). */
export const LIVEKIT_BIN =
  process.env.LIVEKIT_SERVER_BIN ?? join(__dirname, '..', '..', '..', '.tools', 'livekit-server');

export interface LiveKit {
  /** ws://127.0.0.1:<port>, for LIVEKIT_URL. */
  url: string;
  apiKey: string;
  apiSecret: string;
  stop(): Promise<void>;
}

/**
 * A real LiveKit server on loopback for one spec: its own key and secret, fixed loopback ports and,
 * when given, webhooks to the test app (whose port must therefore be chosen before LiveKit starts).
 */
export async function startLiveKit(opts: { webhookUrl?: string } = {}): Promise<LiveKit> {
  if (!existsSync(LIVEKIT_BIN))
    throw new Error(`LiveKit server not installed at ${LIVEKIT_BIN} (the test command installs it)`);
  const [port, tcpPort] = [await freePort(), await freePort()];
  const udpStart = 40_000 + Math.floor(Math.random() * 200) * 100;
  const apiKey = `test${randomBytes(4).toString('hex')}`;
  const apiSecret = randomBytes(24).toString('base64url');
  const dir = mkdtempSync(join(tmpdir(), 'pameran-livekit-'));
  const config = join(dir, 'livekit.yaml');
  writeFileSync(
    config,
    [
      `port: ${port}`,
      'bind_addresses: ["127.0.0.1"]',
      'rtc:',
      `  tcp_port: ${tcpPort}`,
      `  port_range_start: ${udpStart}`,
      `  port_range_end: ${udpStart + 99}`,
      '  node_ip: 127.0.0.1',
      '  use_external_ip: false',
      // Rooms exist only when the server creates them: a late join must not bring a deleted room back.
      'room:',
      '  auto_create: false',
      'keys:',
      `  ${apiKey}: ${apiSecret}`,
      ...(opts.webhookUrl ? ['webhook:', `  api_key: ${apiKey}`, '  urls:', `    - ${opts.webhookUrl}`] : []),
      'logging:',
      '  level: warn',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(LIVEKIT_BIN, ['--config', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `ws://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`livekit-server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`livekit-server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    apiKey,
    apiSecret,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
