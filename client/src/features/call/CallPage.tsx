import type { JoinResponse, Meeting } from '@pameran/contracts';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useAsync } from '../../lib/useAsync';
import { useNow } from '../../lib/useNow';
import { videoApi } from '../../lib/videoApi';
import { useSession } from '../../stores/session';
import { SlotLabel } from '../matching/SlotLabel';
import { useMatchingUpdates } from '../matching/useMatchingUpdates';
import '../../styles/call.css';
import { CallLoading as Loading } from './CallLoading';
import { joinOpensAt, joinWindow, type CallEnd } from './callTiming';
import { counterpartName, sideOf } from './counterpart';
import { useFairRights } from '../fair/fairRights';
import { DeviceCheck } from './DeviceCheck';
import { EndScreen } from './EndScreen';
import { JoinError } from './JoinError';
import type { DeviceChoices } from './useDevicePreview';
import { VideoGate } from './VideoGate';
import { useFairPath } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

const loadCall = () => import('./MeetingCall');
const MeetingCall = lazy(loadCall);

type Phase =
  | { kind: 'check'; error?: unknown; joining?: boolean }
  | { kind: 'call'; join: JoinResponse; choices: DeviceChoices | null }
  | { kind: 'end'; end: CallEnd };

/** Route /e/:slug/meetings/:id/call: device check, the call with the other party, and the end screen. */
export function CallPage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const at = useFairPath();
  const user = useSession((s) => s.user);
  const [version, setVersion] = useState(0);
  useMatchingUpdates(() => setVersion((v) => v + 1)); // meeting:state: live, cancelled, held…
  const meeting = useAsync(user ? `meeting:${id}:${version}` : null, (signal) =>
    videoApi.meeting(id, signal),
  );
  useEffect(() => void loadCall().catch(() => undefined), []); // fetch the LiveKit chunk during the device check
  const shown = meeting.data ?? meeting.previous;
  if (!user || user.isGuest) return <Navigate to="/login" state={{ from: pathname }} replace />;

  return (
    <div className="call-page" data-testid="call-page">
      <VideoGate backHref={at('/meetings')}>
        {/* A pushed change reloads the meeting; keep the call mounted on the last answer meanwhile. */}
        {shown ? (
          <MeetingCallFlow meeting={shown} />
        ) : (
          <AsyncContent result={meeting}>{() => null}</AsyncContent>
        )}
      </VideoGate>
    </div>
  );
}

function MeetingCallFlow({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const time = useFairTime();
  const now = useNow();
  const userId = useSession((s) => s.user)!.id;
  const { exhibitorId } = useFairRights();
  const viewer = { id: userId, exhibitorId };
  const [phase, setPhase] = useState<Phase>({ kind: 'check' });
  const side = sideOf(meeting, viewer);
  const name = counterpartName(meeting, viewer);
  const slot = joinWindow(meeting, now);

  async function join(choices: DeviceChoices | null) {
    setPhase({ kind: 'check', joining: true });
    try {
      setPhase({ kind: 'call', join: await videoApi.joinMeeting(meeting.id), choices });
    } catch (error) {
      setPhase({ kind: 'check', error });
    }
  }

  const title = (
    <>
      <h1 className="call-page__title">{t('video.call.title', { name })}</h1>
      <SlotLabel start={meeting.start} end={meeting.end} />
    </>
  );

  if (phase.kind === 'call') {
    return (
      <Suspense fallback={<Loading />}>
        <MeetingCall
          join={phase.join}
          choices={phase.choices}
          counterpart={name}
          title={title}
          onEnd={(end) => setPhase({ kind: 'end', end })}
        />
      </Suspense>
    );
  }
  if (phase.kind === 'end') {
    return (
      <EndScreen
        end={phase.end}
        dealHref={side ? at(`/deals?meeting=${meeting.id}`) : undefined}
        backHref={at('/meetings')}
        backLabel={t('video.end.backToMeetings')}
        onRejoin={slot === 'open' ? () => setPhase({ kind: 'check' }) : undefined}
      />
    );
  }

  const blocked =
    slot === 'early'
      ? t('video.join.opensAt', {
          time: time.pair(new Date(joinOpensAt(meeting.start)).toISOString()),
        })
      : slot === 'open'
        ? undefined
        : t(
            `video.join.closed.${meeting.mode === 'onsite' ? 'onsite' : meeting.status === 'cancelled' ? 'cancelled' : 'over'}`,
          );
  const error = phase.error === undefined ? undefined : <JoinError error={phase.error} />;

  return (
    <>
      <header className="call-page__header">{title}</header>
      {slot === 'over' || slot === 'none' ? (
        <div className="notice" data-testid="join-blocked">
          <p>{blocked}</p>
          {side && meeting.status !== 'cancelled' && (
            <Link className="button button--primary" to={at(`/deals?meeting=${meeting.id}`)}>
              {t('video.end.recordDeal')}
            </Link>
          )}
        </div>
      ) : side ? (
        <DeviceCheck
          joinLabel={t('video.join.button')}
          busy={phase.joining}
          blocked={blocked}
          error={error}
          onJoin={(choices) => void join(choices)}
        />
      ) : (
        <section className="card call-page__observe">
          <p>{t('video.join.observerNote')}</p>
          {blocked && <p className="muted">{blocked}</p>}
          {error}
          <button
            type="button"
            className="button button--primary"
            disabled={phase.joining}
            onClick={() => void join(null)}
            data-testid="join-call"
          >
            {t('video.join.observe')}
          </button>
        </section>
      )}
    </>
  );
}
