import type { TalkStaffView, TalkVisitorView } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { HallSocket } from '../../lib/socket';
import { talkApi } from '../../lib/talkApi';
import { useSession } from '../../stores/session';
import { TalkCallDialog } from '../call/TalkCallDialog';
import '../../styles/talk.css';
import { useRenewAvailability, useTalkNow } from './useTalkNow';

/** Talk now at the booth: staff mark themselves there and answer knocks; a visitor knocks and waits. */
export function TalkNow({ boothId, socket }: { boothId: string; socket: HallSocket | null }) {
  const { t } = useTranslation();
  const { state, apply } = useTalkNow(boothId, socket);
  const [error, setError] = useState<unknown>(null);
  const run = (step: () => Promise<TalkStaffView | TalkVisitorView>) => {
    setError(null);
    step().then(apply, setError);
  };
  if (!state) return null;
  return (
    <section className="talk-now" aria-labelledby="talk-now-title" data-testid="talk-now">
      <h3 id="talk-now-title" tabIndex={-1}>
        {t('talk.title')}
      </h3>
      {state.as === 'staff' ? (
        <StaffSide view={state.staff} run={run} />
      ) : (
        <VisitorSide view={state.visitor} run={run} />
      )}
      {error !== null && (
        <p className="notice notice--error" role="alert" data-testid="talk-error">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}

type Run = (step: () => Promise<TalkStaffView | TalkVisitorView>) => void;

function StaffSide({ view, run }: { view: TalkStaffView; run: Run }) {
  const { t } = useTranslation();
  const me = useSession((s) => s.user?.id);
  const available = view.available.some((s) => s.id === me);
  const mine = view.conversations.find((c) => c.staffId === me);
  const [inCall, setInCall] = useState<string | null>(null);
  useRenewAvailability(view.boothId, available);
  const who = (v: { name: string | null; company: string | null }) =>
    v.name ? (v.company ? `${v.name} · ${v.company}` : v.name) : t('talk.aVisitor');

  return (
    <>
      <label className="talk-now__toggle">
        <input
          type="checkbox"
          checked={available}
          onChange={(e) => run(() => talkApi.setAvailable(view.boothId, e.target.checked))}
          data-testid="talk-available"
        />
        {t('talk.staff.available')}
      </label>
      <h4>{t('talk.staff.queue', { count: view.knocks.length })}</h4>
      <ol className="talk-now__queue" aria-live="polite" data-testid="talk-knocks">
        {view.knocks.map((k) => (
          <li key={k.knockId} data-testid="talk-queue-item">
            <span>{who(k)}</span>
            <span className="talk-now__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={!available}
                onClick={() => run(() => talkApi.accept(view.boothId, k.knockId))}
                data-testid="talk-accept"
              >
                {t('talk.staff.accept')}
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => run(() => talkApi.decline(view.boothId, k.knockId))}
              >
                {t('talk.staff.decline')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {mine && (
        <p className="talk-now__call">
          {t('talk.staff.inCall', { names: mine.visitors.map(who).join(', ') })}{' '}
          <button type="button" className="button" onClick={() => setInCall(mine.id)} data-testid="talk-join">
            {t('talk.join')}
          </button>
        </p>
      )}
      {inCall && mine?.id === inCall && (
        <TalkCallDialog
          boothId={view.boothId}
          conversationId={inCall}
          counterpart={mine.visitors.map(who).join(', ')}
          onClose={() => setInCall(null)}
        />
      )}
    </>
  );
}

function VisitorSide({ view, run }: { view: TalkVisitorView; run: Run }) {
  const { t } = useTranslation();
  const [closedCall, setClosedCall] = useState<string | null>(null);
  const call = view.conversation && view.conversation.id !== closedCall ? view.conversation : null;

  return (
    <>
      <p className="talk-now__status" role="status" data-testid="talk-status">
        {view.knock
          ? t('talk.visitor.waiting', { position: view.knock.position })
          : view.conversation
            ? t('talk.visitor.accepted', { name: view.conversation.staffName })
            : view.outcome
              ? t(`talk.visitor.outcome.${view.outcome}`)
              : view.staffAvailable
                ? t('talk.visitor.available')
                : t('talk.visitor.nobody')}
      </p>
      {view.knock ? (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => run(() => talkApi.withdraw(view.boothId))}
          data-testid="talk-withdraw"
        >
          {t('talk.visitor.withdraw')}
        </button>
      ) : view.conversation ? (
        <button
          type="button"
          className="button"
          onClick={() => setClosedCall(null)}
          disabled={call !== null}
          data-testid="talk-rejoin"
        >
          {t('talk.join')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!view.staffAvailable}
          onClick={() => run(() => talkApi.knock(view.boothId))}
          data-testid="talk-knock"
        >
          {t('talk.visitor.knock')}
        </button>
      )}
      {call && (
        <TalkCallDialog
          boothId={view.boothId}
          conversationId={call.id}
          counterpart={call.staffName}
          onClose={() => setClosedCall(call.id)}
        />
      )}
    </>
  );
}
