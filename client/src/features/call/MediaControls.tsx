import { useRoomContext, useTrackToggle } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';

/** Screen sharing is a desktop thing: phones' browsers have no getDisplayMedia. */
const canShareScreen = () => typeof globalThis.navigator?.mediaDevices?.getDisplayMedia === 'function';

type Toggle = Track.Source.Microphone | Track.Source.Camera | Track.Source.ScreenShare;

function ToggleButton({
  source,
  on,
  off,
  testId,
}: {
  source: Toggle;
  on: string;
  off: string;
  testId: string;
}) {
  const { buttonProps, enabled, pending } = useTrackToggle({ source });
  const label = enabled ? on : off;
  return (
    <button
      {...buttonProps}
      type="button"
      className={`call-control${enabled ? '' : ' call-control--off'}`}
      aria-pressed={enabled}
      aria-label={label}
      title={label}
      disabled={pending}
      data-testid={testId}
    >
      <span className="call-control__label">{label}</span>
    </button>
  );
}

/** Mute, camera, screen share and leave; a viewer who may not publish gets only "leave". */
export function MediaControls({ canPublish, leaveLabel }: { canPublish: boolean; leaveLabel?: string }) {
  const { t } = useTranslation();
  const room = useRoomContext();
  return (
    <div className="call-controls" role="toolbar" aria-label={t('video.call.controls')}>
      {canPublish && (
        <>
          <ToggleButton
            source={Track.Source.Microphone}
            on={t('video.call.mute')}
            off={t('video.call.unmute')}
            testId="toggle-mic"
          />
          <ToggleButton
            source={Track.Source.Camera}
            on={t('video.call.cameraOff')}
            off={t('video.call.cameraOn')}
            testId="toggle-camera"
          />
          {canShareScreen() && (
            <ToggleButton
              source={Track.Source.ScreenShare}
              on={t('video.call.stopSharing')}
              off={t('video.call.share')}
              testId="toggle-screen"
            />
          )}
        </>
      )}
      <button
        type="button"
        className="call-control call-control--leave"
        onClick={() => void room.disconnect()}
        data-testid="leave-call"
      >
        <span className="call-control__label">{leaveLabel ?? t('video.call.leave')}</span>
      </button>
    </div>
  );
}
