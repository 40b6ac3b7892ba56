import {
  isTrackReference,
  useIsMuted,
  VideoTrack,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).slice(0, 2);
  return parts.map((p) => p[0]?.toUpperCase() ?? '').join('') || '?';
}

/** One person's camera or screen share, or their initials when the camera is off; name and mic state on top. */
export function MediaTile({
  trackRef,
  variant,
}: {
  trackRef: TrackReferenceOrPlaceholder;
  variant: 'main' | 'thumb' | 'self' | 'grid';
}) {
  const { t } = useTranslation();
  const { participant, source } = trackRef;
  const micMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const name = participant.name || participant.identity;
  const screen = source === Track.Source.ScreenShare;
  const playing = isTrackReference(trackRef) && !trackRef.publication.isMuted;
  const testId = participant.isLocal ? 'local-video' : screen ? 'remote-screen' : 'remote-video';

  return (
    <figure
      className={`tile tile--${variant}${screen ? ' tile--screen' : ''}`}
      data-identity={participant.identity}
    >
      {playing ? (
        <VideoTrack trackRef={trackRef} className="tile__video" data-testid={testId} />
      ) : (
        <div className="tile__placeholder" aria-hidden="true">
          <span className="tile__initials">{initials(name)}</span>
        </div>
      )}
      <figcaption className="tile__name">
        {participant.isLocal ? t('video.call.you') : name}
        {screen && ` · ${t('video.call.screen')}`}
        {!screen && micMuted && (
          <svg className="tile__muted" viewBox="0 0 24 24" role="img" aria-label={t('video.call.micMuted')}>
            <path d="M12 15a3 3 0 0 0 3-3V6a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-2.1a7 7 0 0 0 6-6.9Z" />
            <path d="M4 3 20 21" stroke="currentColor" strokeWidth="2.2" />
          </svg>
        )}
      </figcaption>
    </figure>
  );
}
