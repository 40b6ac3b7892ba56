import { DisconnectReason } from 'livekit-client';
import type { CallEnd } from './callTiming';

/** How LiveKit's disconnect reason reads to the person in the call (see `CallEnd`). */
export function callEndOf(reason: DisconnectReason | undefined): CallEnd {
  switch (reason) {
    case DisconnectReason.CLIENT_INITIATED:
      return 'left';
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.PARTICIPANT_REMOVED:
    case DisconnectReason.ROOM_CLOSED:
      return 'ended';
    case DisconnectReason.DUPLICATE_IDENTITY:
      return 'elsewhere';
    default:
      return 'lost';
  }
}
