import { useTracks, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { MediaTile } from './MediaTile';

const SOURCES = [
  { source: Track.Source.Camera, withPlaceholder: true },
  { source: Track.Source.ScreenShare, withPlaceholder: false },
];

/**
 * The one-to-one call: the other party large (or their shared screen large with their camera as a thumbnail,
 * for showing a product catalogue), my own camera small in a corner; "waiting for…" until someone is there.
 */
export function CallView({ counterpart }: { counterpart: string }) {
  const { t } = useTranslation();
  const tracks = useTracks(SOURCES, { onlySubscribed: false });
  const remote = tracks.filter((r) => !r.participant.isLocal);
  const screen = remote.find((r) => r.source === Track.Source.ScreenShare);
  const cameras = remote.filter((r) => r.source === Track.Source.Camera);
  const self = tracks.find((r) => r.participant.isLocal && r.source === Track.Source.Camera);
  const sharing = tracks.some((r) => r.participant.isLocal && r.source === Track.Source.ScreenShare);
  const main: TrackReferenceOrPlaceholder | undefined = screen ?? cameras[0];
  const thumbs = screen ? cameras : cameras.slice(1);

  return (
    <div className="call-view" data-testid="call-view">
      {main ? (
        <MediaTile trackRef={main} variant="main" />
      ) : (
        <div className="call-view__waiting" data-testid="call-waiting">
          <span className="spinner" aria-hidden="true" />
          <p>{t('video.call.waiting', { name: counterpart })}</p>
        </div>
      )}
      {thumbs.length > 0 && (
        <div className="call-view__thumbs">
          {thumbs.map((r) => (
            <MediaTile key={`${r.participant.identity}:${r.source}`} trackRef={r} variant="thumb" />
          ))}
        </div>
      )}
      {self && <MediaTile trackRef={self} variant="self" />}
      {sharing && (
        <p className="call-view__sharing" role="status">
          {t('video.call.youShare')}
        </p>
      )}
    </div>
  );
}
