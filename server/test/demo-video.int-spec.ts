import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RoomServiceClient } from 'livekit-server-sdk';
import { LIVEKIT_BIN } from './support/livekit-process';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'services', 'livekit.sh');

/** `livekit.sh demo <dir> <app-port>`, what the Quick start's demo.sh runs: its stdout lines, stderr and exit code. */
async function demoVideo(dir: string, env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run('/bin/bash', [SCRIPT, 'demo', dir, '3999'], {
      env,
      timeout: 30_000,
    });
    return { lines: stdout.split('\n').filter(Boolean), stderr, code: 0 };
  } catch (e) {
    const failed = e as { stdout: string; stderr: string; code: number };
    return { lines: failed.stdout.split('\n').filter(Boolean), stderr: failed.stderr, code: failed.code };
  }
}

const vars = (lines: string[]) => Object.fromEntries(lines.map((l) => l.split(/=(.*)/s).slice(0, 2)));

/**
 * The demo's video (issue 19 part 5): with the LiveKit binary present the demo start runs it with keys it
 * generated once and points the app's three LIVEKIT_ variables at it; without the binary and without Go it
 * says how to get video in one line and the demo goes on; in production it never generates keys.
 */
describe('the demo start wires a local LiveKit server', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pameran-demo-video-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) {
      await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts the installed binary with generated keys that the server accepts, kept for the next start', async () => {
    const dir = scratch();
    const env = { ...process.env, LIVEKIT_SERVER_BIN: LIVEKIT_BIN, NODE_ENV: 'development' };
    const first = await demoVideo(dir, env);
    expect(first.code).toBe(0);
    const lk = vars(first.lines);
    expect(Object.keys(lk).sort()).toEqual(['LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET', 'LIVEKIT_URL']);
    expect(lk.LIVEKIT_URL).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    // The key file is the owner's only, and LiveKit's webhooks go to the demo app's port.
    expect(statSync(join(dir, 'livekit.env')).mode & 0o077).toBe(0);
    expect(readFileSync(join(dir, 'livekit.yaml'), 'utf8')).toContain(
      'http://127.0.0.1:3999/api/livekit/webhook',
    );
    // The running server takes API calls signed with exactly these keys, and refuses others.
    const http = lk.LIVEKIT_URL.replace('ws', 'http');
    await expect(
      new RoomServiceClient(http, lk.LIVEKIT_API_KEY, lk.LIVEKIT_API_SECRET).listRooms(),
    ).resolves.toEqual([]);
    await expect(
      new RoomServiceClient(http, lk.LIVEKIT_API_KEY, 'not-the-secret').listRooms(),
    ).rejects.toThrow();

    // Stopped means gone (LiveKit drains on SIGTERM): the demo's next start gets its ports back.
    const pid = Number(readFileSync(join(dir, 'livekit.pid'), 'utf8'));
    await run('bash', [SCRIPT, 'stop', dir]);
    expect(() => process.kill(pid, 0)).toThrow(); // the process, not only its listener
    const again = vars((await demoVideo(dir, env)).lines);
    expect([again.LIVEKIT_API_KEY, again.LIVEKIT_API_SECRET]).toEqual([
      lk.LIVEKIT_API_KEY,
      lk.LIVEKIT_API_SECRET,
    ]);
  });

  it('without the binary and without Go, says in one line how to get video and lets the demo go on', async () => {
    const dir = scratch();
    // A PATH with only what the script needs on this branch: no Go, wherever this machine keeps it.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(
      execFileSync('bash', ['-c', 'command -v dirname'], { encoding: 'utf8' }).trim(),
      join(bin, 'dirname'),
    );
    const out = await demoVideo(dir, { ...process.env, PATH: bin, LIVEKIT_SERVER_BIN: join(dir, 'absent') });
    expect(out.code).toBe(0);
    expect(out.lines).toEqual([]);
    const said = out.stderr.split('\n').filter(Boolean);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/video calls are off: install Go .* or set LIVEKIT_URL/);
  });

  it('refuses to generate keys in production', async () => {
    const dir = scratch();
    const out = await demoVideo(dir, {
      ...process.env,
      LIVEKIT_SERVER_BIN: LIVEKIT_BIN,
      NODE_ENV: 'production',
    });
    expect(out.code).not.toBe(0);
    expect(out.lines).toEqual([]);
    expect(out.stderr).toMatch(/production/);
    expect(() => statSync(join(dir, 'livekit.env'))).toThrow();
  });
});
