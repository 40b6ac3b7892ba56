import { useTracks } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { MediaTile } from '../call/MediaTile';

const SOURCES = [
  { source: Track.Source.Camera, withPlaceholder: true },
  { source: Track.Source.ScreenShare, withPlaceholder: false },
];

/**
 * Everyone on stage: the speakers (viewers join hidden, so only speakers are seen), screen shares first.
 * A speaker sees their own camera among the others, as the audience does.
 */
export function StageGrid() {
  const { t } = useTranslation();
  const tracks = useTracks(SOURCES, { onlySubscribed: false });
  // The viewer's own (hidden, subscribe-only) participant has nothing to show.
  const shown = tracks.filter(
    (r) => !r.participant.isLocal || r.participant.permissions?.canPublish !== false,
  );
  const ordered = shown.sort(
    (a, b) => Number(b.source === Track.Source.ScreenShare) - Number(a.source === Track.Source.ScreenShare),
  );
  if (ordered.length === 0) {
    return (
      <div className="call-view__waiting" data-testid="stage-empty">
        <span className="spinner" aria-hidden="true" />
        <p>{t('video.stage.empty')}</p>
      </div>
    );
  }
  return (
    <div className={`stage-grid stage-grid--${Math.min(ordered.length, 4)}`} data-testid="stage-grid">
      {ordered.map((r) => (
        <MediaTile key={`${r.participant.identity}:${r.source}`} trackRef={r} variant="grid" />
      ))}
    </div>
  );
}
