import { LiveKitRoom, RoomAudioRenderer, useConnectionState } from '@livekit/components-react';
import type { JoinResponse } from '@pameran/contracts';
import { ConnectionState, type RoomOptions } from 'livekit-client';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../lib/useFocusOnMount';
import { callEndOf } from './callEnd';
import type { CallEnd } from './callTiming';
import { CallTimer } from './CallTimer';
import { MediaControls } from './MediaControls';
import type { DeviceChoices } from './useDevicePreview';

export interface CallRoomProps {
  join: JoinResponse;
  /** The devices chosen in the device check; null for those who only watch (observers, stage viewers). */
  choices: DeviceChoices | null;
  title: ReactNode;
  /** What fills the stage: the one-to-one view for meetings, the speakers' grid for the stage. */
  children: ReactNode;
  onEnd(end: CallEnd): void;
}

function ConnectionNotice() {
  const { t } = useTranslation();
  const state = useConnectionState();
  if (state === ConnectionState.Connected) return null;
  return (
    <p className="call-room__connection" role="status" data-testid="call-connection">
      {state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting
        ? t('video.call.reconnecting')
        : t('video.call.connecting')}
    </p>
  );
}

/**
 * Joining replaced the button just pressed: focus starts at the call's title, then the controls follow.
 * Rendered inside the room, whose children appear only once LiveKit's room object exists.
 */
function CallTitle({ children }: { children: ReactNode }) {
  const heading = useFocusOnMount<HTMLDivElement>();
  return (
    <div className="call-room__title" ref={heading} tabIndex={-1} data-testid="call-title">
      {children}
    </div>
  );
}

/**
 * A LiveKit room with our chrome: title and timer on top, the view, and the controls. This module (and
 * livekit-client with it) is loaded only when someone actually joins a call or the stage.
 */
export function CallRoom({ join, choices, title, children, onEnd }: CallRoomProps) {
  const ended = useRef(false);
  const finish = (end: CallEnd) => {
    if (ended.current) return;
    ended.current = true;
    onEnd(end);
  };
  const options = useMemo<RoomOptions>(
    () => ({
      adaptiveStream: true,
      dynacast: true,
      videoCaptureDefaults: {
        deviceId: choices?.cameraId,
        resolution: { width: 640, height: 360, frameRate: 24 },
      },
      audioCaptureDefaults: { deviceId: choices?.micId, echoCancellation: true, noiseSuppression: true },
    }),
    [choices?.cameraId, choices?.micId],
  );
  const canPublish = join.role === 'party' || join.role === 'speaker';

  return (
    <LiveKitRoom
      className="call-room"
      data-testid="call-room"
      data-role={join.role}
      serverUrl={join.url}
      token={join.token}
      connect
      audio={canPublish && Boolean(choices?.micOn)}
      video={canPublish && Boolean(choices?.cameraOn)}
      options={options}
      onDisconnected={(reason) => finish(callEndOf(reason))}
      onError={() => finish('lost')}
    >
      <header className="call-room__bar">
        <CallTitle>{title}</CallTitle>
        <CallTimer endsAt={join.endsAt} />
      </header>
      <div className="call-room__stage">
        {children}
        <ConnectionNotice />
      </div>
      <MediaControls canPublish={canPublish} />
      <RoomAudioRenderer />
    </LiveKitRoom>
  );
}
