import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HALL, type ClientToServerEvents, type ServerToClientEvents } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { AppConfig } from '../../config/app-config';
import { TokenService } from '../auth/token.service';
import { UsersService } from '../users/users.service';
import { CROWD_LINES, CROWD_NAMES } from './crowd-lines';
import { BoothSpotsReadModel, type BoothSpot } from './read-models/booth-spots.read-model';

const STEP_MS = 500;
const WALK_SPEED = 2.5; // metres per second (a brisk demo walk)
type Bot = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  x: number;
  z: number;
  timer?: NodeJS.Timeout;
};

/**
 * DEMO_CROWD=N: N simulated visitors walk the demo hall through the real /hall socket (same handshake,
 * presence, movement and chat as people), so a newcomer sees a living fair. Each walks to a booth, stands
 * there a while, now and then asks something in Indonesian, and moves on. Off in tests.
 */
@Injectable()
export class DemoCrowdService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('DemoCrowd');
  private readonly bots: Bot[] = [];
  private stopped = false;

  constructor(
    private readonly spots: BoothSpotsReadModel,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  /** Walks the hall of `slug`, by default the demo's live fair. */
  async start(url: string, slug?: string): Promise<void> {
    const size = this.config.get('DEMO_CROWD');
    if (!size) return;
    const fair = slug ?? (await this.spots.liveFair());
    if (!fair) return;
    const booths = await this.spots.ofEvent(fair);
    if (!booths.length) return;
    for (let i = 0; i < size; i++) {
      const user = await this.crowdMember(i);
      const token = this.tokens.signAccess({
        sub: user.id,
        role: 'visitor',
        name: user.displayName,
        guest: false,
      });
      const socket = io(`${url}/hall`, { transports: ['websocket'], auth: { token, event: fair } });
      // Start somewhere on the floor near a booth, so the hall looks busy from the first minute.
      const near = booths[Math.floor(Math.random() * booths.length)];
      const bot: Bot = { socket, x: near.x + (Math.random() - 0.5) * 10, z: near.z - 2 };
      this.bots.push(bot);
      socket.once('connect', () => void this.wander(bot, booths));
    }
    this.logger.log({ visitors: size }, 'demo crowd walking the hall');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const b of this.bots) {
      clearTimeout(b.timer);
      b.socket.close();
    }
  }

  /** Registered accounts without a password (nobody can sign in as them), reused across restarts. */
  private async crowdMember(i: number): Promise<{ id: string; displayName: string }> {
    const email = `crowd-${i}@demo.pameran.test`;
    const existing = await this.users.findByEmail(email);
    if (existing) return existing;
    const displayName = `${CROWD_NAMES[i % CROWD_NAMES.length]} (demo)`;
    const id = await this.users.create({ email, displayName, role: 'visitor', isGuest: false, locale: 'id' });
    return { id, displayName };
  }

  private async wander(bot: Bot, booths: BoothSpot[]): Promise<void> {
    while (!this.stopped && bot.socket.connected) {
      const target = booths[Math.floor(Math.random() * booths.length)];
      await this.walkTo(bot, target.x, target.z - HALL.enterDistance / 2);
      if (this.stopped) return;
      await bot.socket.emitWithAck('booth:enter', { boothId: target.id }).catch(() => undefined);
      if (Math.random() < 0.2) {
        const text = CROWD_LINES[Math.floor(Math.random() * CROWD_LINES.length)];
        await bot.socket
          .emitWithAck('chat:send', { boothId: target.id, text, clientMsgId: randomUUID() })
          .catch(() => undefined);
      }
      await this.pause(bot, 10_000 + Math.random() * 50_000);
      await bot.socket.emitWithAck('booth:leave', {}).catch(() => undefined);
    }
  }

  private async walkTo(bot: Bot, x: number, z: number): Promise<void> {
    while (!this.stopped) {
      const dx = x - bot.x;
      const dz = z - bot.z;
      const distance = Math.hypot(dx, dz);
      if (distance < 0.5) return;
      const step = Math.min(distance, (WALK_SPEED * STEP_MS) / 1000);
      bot.x += (dx / distance) * step;
      bot.z += (dz / distance) * step;
      bot.socket.volatile.emit('move', { x: bot.x, z: bot.z, ry: Math.atan2(dx, dz) });
      await this.pause(bot, STEP_MS);
    }
  }

  private pause(bot: Bot, ms: number): Promise<void> {
    return new Promise((resolve) => (bot.timer = setTimeout(resolve, ms)));
  }
}
