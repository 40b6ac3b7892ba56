import type { JoinResponse, ScheduleSession } from '@pameran/contracts';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatTimeRange } from '../../lib/format';
import { allSessions } from '../../lib/schedule';
import { useNow } from '../../lib/useNow';
import { stageApi } from '../../lib/stageApi';
import { videoApi } from '../../lib/videoApi';
import { useSession, useViewerZone } from '../../stores/session';
import '../../styles/call.css';
import '../../styles/stage.css';
import { CallLoading as Loading } from '../call/CallLoading';
import type { CallEnd } from '../call/callTiming';
import { DeviceCheck } from '../call/DeviceCheck';
import { EndScreen } from '../call/EndScreen';
import { JoinError } from '../call/JoinError';
import type { DeviceChoices } from '../call/useDevicePreview';
import { VideoGate } from '../call/VideoGate';
import { StateBadge } from '../schedule/SessionSummary';
import { useLiveSchedule } from '../schedule/useLiveSchedule';
import { StageBoardPanel } from './StageBoardPanel';
import { useFairPath } from '../fair/useFairSlug';

const StageRoom = lazy(() => import('./StageRoom'));

/** Speakers may come on this long before the start (the server decides; the button just lights up). */
const SPEAKERS_EARLY_MS = 10 * 60_000;

type Phase =
  | { kind: 'lobby'; error?: unknown; joining?: boolean }
  | { kind: 'check'; join: JoinResponse }
  | { kind: 'stage'; join: JoinResponse; choices: DeviceChoices | null }
  | { kind: 'end'; end: CallEnd };

/** Route /e/:slug/stage/:sessionId: the opening ceremony or a talk; speakers publish, everyone else watches. */
export function StagePage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const { sessionId = '' } = useParams();
  const signedIn = useSession((s) => s.user !== null);
  const schedule = useLiveSchedule();

  return (
    <div className="call-page" data-testid="stage-page">
      {!signedIn ? (
        <div className="notice" data-testid="stage-signin">
          <p>{t('video.stage.signIn')}</p>
          <Link className="button button--primary" to={at()}>
            {t('video.stage.enter')}
          </Link>
        </div>
      ) : (
        <VideoGate backHref={at('/agenda')}>
          <AsyncContent result={schedule}>
            {(event) => {
              const session = allSessions(event).find((s) => s.id === sessionId && s.kind === 'stage');
              if (!session) return <p className="notice">{t('video.stage.notFound')}</p>;
              return <StageFlow key={session.id} session={session} timeZone={event.timeZone} />;
            }}
          </AsyncContent>
        </VideoGate>
      )}
    </div>
  );
}

function StageFlow({ session, timeZone }: { session: ScheduleSession; timeZone: string }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { lang, pick } = useLanguage();
  const zone = useViewerZone();
  const now = useNow();
  const [phase, setPhase] = useState<Phase>({ kind: 'lobby' });
  const title = <h1 className="call-page__title">{pick(session.title)}</h1>;
  const opensSoon = session.state === 'scheduled' && Date.parse(session.startsAt) - now <= SPEAKERS_EARLY_MS;

  async function enter() {
    setPhase({ kind: 'lobby', joining: true });
    try {
      const join = await videoApi.joinStage(session.id);
      setPhase(join.role === 'speaker' ? { kind: 'check', join } : { kind: 'stage', join, choices: null });
    } catch (error) {
      setPhase({ kind: 'lobby', error });
    }
  }

  switch (phase.kind) {
    case 'stage':
      return (
        <Suspense fallback={<Loading />}>
          <StageRoom
            join={phase.join}
            choices={phase.choices}
            title={title}
            side={<StageBoardPanel sessionId={session.id} />}
            onEnd={(end) => {
              // A viewer's seat under the stage's capacity is given back at once, not when LiveKit notices.
              if (phase.join.role === 'viewer') void stageApi.leave(session.id).catch(() => undefined);
              setPhase({ kind: 'end', end });
            }}
          />
        </Suspense>
      );
    case 'end':
      return (
        <EndScreen
          end={phase.end}
          backHref={at('/agenda')}
          backLabel={t('video.end.backToAgenda')}
          onRejoin={session.state === 'live' ? () => setPhase({ kind: 'lobby' }) : undefined}
        />
      );
    case 'check':
      return (
        <>
          <header className="call-page__header">{title}</header>
          <p className="muted">{t('video.stage.speakerNote')}</p>
          <DeviceCheck
            joinLabel={t('video.stage.goOnStage')}
            onJoin={(choices) => setPhase({ kind: 'stage', join: phase.join, choices })}
          />
        </>
      );
  }

  const open = session.state === 'live' || opensSoon;
  return (
    <div className="stage-layout">
      <section className="card stage-lobby" data-testid="stage-lobby">
        {title}
        <StateBadge session={session} />
        <p className="session__time">
          <time dateTime={session.startsAt}>
            {formatTimeRange(session.startsAt, session.endsAt, zone, lang, timeZone)}
          </time>
        </p>
        {session.state === 'ended' || session.state === 'cancelled' ? (
          <p className="muted">{t(`video.stage.${session.state}`)}</p>
        ) : (
          <>
            {!open && <p className="muted">{t('video.stage.notYet')}</p>}
            {phase.error !== undefined && <JoinError error={phase.error} />}
            <button
              type="button"
              className="button button--primary"
              disabled={!open || phase.joining}
              onClick={() => void enter()}
              data-testid="join-stage"
            >
              {t('video.stage.watch')}
            </button>
          </>
        )}
        <Link to={at('/agenda')}>{t('video.end.backToAgenda')}</Link>
      </section>
      {session.state !== 'cancelled' && <StageBoardPanel sessionId={session.id} />}
    </div>
  );
}
