import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useConnectionState } from '../../stores/connection';
import { useFair } from '../../stores/fair';
import { useHallBooths } from '../../stores/hall/booths';
import { useUser } from '../../stores/session';
import { AnnouncementBanner } from './AnnouncementBanner';
import { BoothPanel } from './BoothPanel';
import { HallSearch } from './HallSearch';
import { ListMode } from './ListMode';
import { useHallLive } from './useHallLive';
import { hasWebGL, initialView, rememberView, type HallView } from './viewMode';
import { useFairPath } from '../fair/useFairSlug';

/** three.js and the scene: a chunk of its own, never downloaded by the list mode. */
const Hall3D = lazy(() => import('./scene/Hall3D'));

/** The fair's hall: the 3D hall or the list of zones and booths, with search, announcements and the booth panel. */
export function HallPage({ list = false }: { list?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const at = useFairPath();
  const [params, setParams] = useSearchParams();
  const { socket, error } = useHallLive();
  const booths = useHallBooths((s) => s.booths);
  const loaded = useHallBooths((s) => s.loaded);
  // The route says "list"; otherwise the visitor's choice, else what the device can draw well.
  const [choice, setChoice] = useState<HallView>(initialView);
  const view: HallView = list ? 'list' : choice;
  const selected = params.get('booth');
  const [fly, setFly] = useState<{ boothId: string; seq: number } | null>(null);

  const open = useCallback(
    (boothId: string) =>
      setParams(
        (p) => {
          p.set('booth', boothId);
          return p;
        },
        { replace: params.has('booth') },
      ),
    [setParams, params],
  );
  const close = useCallback(
    () =>
      setParams((p) => {
        p.delete('booth');
        return p;
      }),
    [setParams],
  );
  const onSearch = (boothId: string) =>
    view === '3d' ? setFly((f) => ({ boothId, seq: (f?.seq ?? 0) + 1 })) : open(boothId);
  const switchTo = (next: HallView) => {
    rememberView(next);
    setChoice(next);
    const query = selected ? `?booth=${selected}` : '';
    void navigate(at(next === 'list' ? `/hall/list${query}` : `/hall${query}`));
  };

  return (
    <div
      className={`hall hall--${view}${selected ? ' hall--panel' : ''}`}
      data-testid="hall"
      data-view={view}
    >
      <h1 className="hall-sr-only">{t('hallview.title')}</h1>
      <AnnouncementBanner />
      <div className="hall__toolbar">
        <HallSearch onPick={onSearch} />
        <ViewToggle view={view} onSwitch={switchTo} />
      </div>
      <HallNotices />
      <div className="hall__body">
        {error && !loaded ? (
          <p className="notice notice--error" role="alert">
            {errorMessage(error, t)}
          </p>
        ) : view === '3d' ? (
          <Suspense fallback={<HallLoading />}>
            <Hall3D booths={booths} selected={selected} onOpen={open} fly={fly} socket={socket} />
          </Suspense>
        ) : loaded ? (
          <ListMode booths={booths} selected={selected} onOpen={open} />
        ) : (
          <HallLoading />
        )}
        {selected && <BoothPanel key={selected} boothId={selected} socket={socket} onClose={close} />}
      </div>
    </div>
  );
}

function HallLoading() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--loading hall__loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('hallview.loading')}
    </div>
  );
}

function ViewToggle({ view, onSwitch }: { view: HallView; onSwitch: (v: HallView) => void }) {
  const { t } = useTranslation();
  const webgl = useState(hasWebGL)[0];
  return (
    <div className="view-toggle" role="group" aria-label={t('hallview.view.label')}>
      {(['3d', 'list'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className="view-toggle__option"
          aria-pressed={view === v}
          data-testid={`view-${v}`}
          disabled={v === '3d' && !webgl}
          onClick={() => view !== v && onSwitch(v)}
        >
          {t(`hallview.view.${v}`)}
        </button>
      ))}
    </div>
  );
}

/** Sign in to take part, the hall closed, the live link lost (counts may be stale until the resync). */
function HallNotices() {
  const { t } = useTranslation();
  const at = useFairPath();
  const user = useUser();
  const connection = useConnectionState();
  const hallOpen = useFair((s) => s.event?.hallOpen);
  return (
    <>
      {!user && (
        <p className="notice hall__notice" data-testid="hall-signin">
          {t('hallview.notice.guest')} <Link to={at()}>{t('hallview.notice.enter')}</Link>
        </p>
      )}
      {hallOpen === false && (
        <p className="notice hall__notice" data-testid="hall-closed">
          {t('hallview.notice.closed')}
        </p>
      )}
      {user && (connection === 'reconnecting' || connection === 'offline') && (
        <p className="notice hall__notice hall__notice--warn" role="status" data-testid="hall-resync">
          {t(`hallview.notice.${connection}`)}
        </p>
      )}
    </>
  );
}
