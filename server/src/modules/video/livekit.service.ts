import { Injectable, Logger } from '@nestjs/common';
import { AccessToken, RoomServiceClient, WebhookReceiver, type VideoGrant } from 'livekit-server-sdk';
import { AppConfig } from '../../config/app-config';

/** LiveKit, when configured (LIVEKIT_URL, key and secret): room administration, tokens and webhook checks. */
@Injectable()
export class LiveKit {
  private readonly logger = new Logger(LiveKit.name);
  readonly enabled: boolean;
  readonly url: string;
  private readonly key: string;
  private readonly secret: string;
  private readonly roomClient?: RoomServiceClient;
  readonly webhooks?: WebhookReceiver;

  constructor(config: AppConfig) {
    this.url = config.get('LIVEKIT_URL') ?? '';
    this.key = config.get('LIVEKIT_API_KEY') ?? '';
    this.secret = config.get('LIVEKIT_API_SECRET') ?? '';
    this.enabled = Boolean(this.url && this.key && this.secret);
    if (this.enabled) {
      this.roomClient = new RoomServiceClient(this.url.replace(/^ws/, 'http'), this.key, this.secret);
      this.webhooks = new WebhookReceiver(this.key, this.secret);
    }
  }

  get rooms(): RoomServiceClient {
    if (!this.roomClient) throw new Error('LiveKit is not configured');
    return this.roomClient;
  }

  /** A token for one room only, with exactly the grants given (never admin, list, record or create). */
  async token(opts: {
    identity: string;
    name: string;
    room: string;
    ttlSeconds: number;
    grant: Omit<VideoGrant, 'room' | 'roomJoin'>;
  }): Promise<string> {
    const at = new AccessToken(this.key, this.secret, {
      identity: opts.identity,
      name: opts.name,
      ttl: Math.max(1, Math.floor(opts.ttlSeconds)),
    });
    at.addGrant({
      ...opts.grant,
      room: opts.room,
      roomJoin: true,
      roomAdmin: false,
      roomList: false,
      roomRecord: false,
      roomCreate: false,
    });
    return at.toJwt();
  }

  /** Create the room if it is missing (LiveKit answers with the existing room otherwise). */
  async ensureRoom(name: string, maxParticipants: number, emptyTimeout = 120): Promise<void> {
    await this.rooms.createRoom({ name, maxParticipants, emptyTimeout, departureTimeout: 30 });
  }

  /** Remove everyone (a token's expiry alone removes no one), then delete the room. Idempotent. */
  async closeRoom(name: string): Promise<void> {
    const participants = await this.rooms.listParticipants(name).catch(() => []);
    for (const p of participants) await this.rooms.removeParticipant(name, p.identity).catch(() => undefined);
    await this.rooms.deleteRoom(name).catch((err: Error) => {
      if (!/not found|does not exist/i.test(err.message)) throw err;
    });
    this.logger.log({ room: name, removed: participants.length }, 'room closed');
  }
}
