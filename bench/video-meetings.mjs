#!/usr/bin/env node
// N concurrent meetings on the local LiveKit server, each between two participants in headless Chromium (fake
// camera and microphone) who join through our client: /meetings/:id/call → device check → "Join call".
// Prints the join time (click → the other party's video decoded and playing) p50/p99 over all participants,
// and the CPU of our server and of LiveKit per meeting while the N calls run, against an idle window of the
// same processes with no calls. The browsers run on the same machine: its total load is printed too.
// Usage: DATABASE_URL=<empty db> CLIENT_DIST=<built client> node bench/video-meetings.mjs [--meetings 3] [--seconds 20]
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { cpuTicks } from './lib.mjs';
import { ms, pct, startVideoStack } from './video-lib.mjs';

const arg = (name, dflt) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || dflt;
const N = arg('meetings', 3);
const SECONDS = arg('seconds', 20);

/** True once a remote <video> shows decoded frames and its clock moves on (same check as the e2e spec). */
const PLAYING = `(() => {
  const v = [...document.querySelectorAll('video[data-testid=remote-video]')].find((el) => el.videoWidth > 0);
  if (!v) return false;
  const seen = Number(v.dataset.benchTime ?? -1);
  v.dataset.benchTime = String(v.currentTime);
  return seen >= 0 && v.currentTime > seen;
})()`;

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks() {
  const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = f[3] + f[4];
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU % (of one core) of our server and LiveKit, and the machine's busy %, over `seconds`. */
async function sample(stack, seconds) {
  const [s0, l0, m0] = [cpuTicks(stack.serverPid), cpuTicks(stack.livekitPid), machineTicks()];
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const [s1, l1, m1] = [cpuTicks(stack.serverPid), cpuTicks(stack.livekitPid), machineTicks()];
  return {
    server: (s1 - s0) / seconds,
    livekit: (l1 - l0) / seconds,
    machine: (100 * (m1.busy - m0.busy)) / (m1.total - m0.total),
  };
}

const stack = await startVideoStack({ meetings: N });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    '--allow-loopback-in-peer-connection',
    '--autoplay-policy=no-user-gesture-required',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ],
});
try {
  console.log(
    `${N} meeting(s), ${2 * N} participants in one headless Chromium; ${cpus().length} cores; ${SECONDS} s windows`,
  );
  const idle = await sample(stack, Math.min(10, SECONDS));

  const pages = [];
  for (const m of stack.meetings) {
    for (const person of [m.buyer, m.staff]) {
      const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
      const session = JSON.stringify({
        user: person.user,
        accessToken: person.token,
        refreshToken: 'bench-no-refresh',
      });
      await context.addInitScript(`localStorage.setItem('pameran.session', ${JSON.stringify(session)})`);
      const page = await context.newPage();
      await page.goto(`${stack.url}/meetings/${m.id}/call`);
      pages.push(page);
    }
  }
  await Promise.all(
    pages.map((p) =>
      p.waitForFunction(`document.querySelector('.device-check__video')?.videoWidth > 0`, undefined, {
        timeout: 60_000,
      }),
    ),
  );
  // Everyone clicks at once, as at the start of a matching block.
  const joins = await Promise.all(
    pages.map(async (p) => {
      const clicked = performance.now();
      await p.getByTestId('join-call').click();
      await p.waitForFunction(PLAYING, undefined, { polling: 50, timeout: 60_000 });
      return performance.now() - clicked;
    }),
  );
  joins.sort((a, b) => a - b);
  const busy = await sample(stack, SECONDS);
  const pause = () => new Promise((r) => setTimeout(r, 500));
  const playing = await Promise.all(
    pages.map(async (p) => (await p.evaluate(PLAYING), await pause(), p.evaluate(PLAYING))),
  );
  const stillPlaying = playing.filter(Boolean).length;

  const perMeeting = (k) => `${Math.max(0, (busy[k] - idle[k]) / N).toFixed(1)} %`;
  console.table([
    { measure: 'join: click → remote frame, fastest', value: ms(joins[0]) },
    { measure: 'join: click → remote frame p50', value: ms(pct(joins, 50)) },
    { measure: 'join: click → remote frame p99', value: ms(pct(joins, 99)) },
    { measure: 'join: slowest', value: ms(joins[joins.length - 1]) },
    {
      measure: 'participants still receiving video after the window',
      value: `${stillPlaying} / ${pages.length}`,
    },
    {
      measure: 'our server CPU, idle → calls',
      value: `${idle.server.toFixed(1)} % → ${busy.server.toFixed(1)} %`,
    },
    { measure: 'our server CPU per meeting', value: perMeeting('server') },
    {
      measure: 'LiveKit CPU, idle → calls',
      value: `${idle.livekit.toFixed(1)} % → ${busy.livekit.toFixed(1)} %`,
    },
    { measure: 'LiveKit CPU per meeting', value: perMeeting('livekit') },
    {
      measure: 'machine busy (browsers included)',
      value: `${busy.machine.toFixed(0)} % of ${cpus().length} cores`,
    },
  ]);
} finally {
  await browser.close();
  await stack.stop();
}
