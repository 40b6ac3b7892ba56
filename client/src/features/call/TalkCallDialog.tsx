import type { JoinResponse } from '@pameran/contracts';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { talkApi } from '../../lib/talkApi';
import '../../styles/call.css';
import { CallLoading } from './CallLoading';
import { JoinError } from './JoinError';

const TalkCall = lazy(() => import('./TalkCall'));

interface TalkCallDialogProps {
  boothId: string;
  conversationId: string;
  /** Who is on the other side, for the title and "waiting for…". */
  counterpart: string;
  /** Leave the call (the server is told; for staff that ends it for everyone). */
  onClose(): void;
}

/**
 * The talk-now call as a modal dialog over the booth panel: it takes focus when it opens, Escape or the
 * close button leave the call, and focus goes back to the talk-now section it was opened from.
 */
export function TalkCallDialog({ boothId, conversationId, counterpart, onClose }: TalkCallDialogProps) {
  const { t } = useTranslation();
  const [join, setJoin] = useState<JoinResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const closed = useRef(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    // Back to the talk-now section it was opened from: leaving ends the caller's part in the call, and with
    // it the Join button that opened it, so the section's heading is where keyboard users resume.
    return () => (document.getElementById('talk-now-title') ?? opener)?.focus();
  }, []);
  useEffect(() => {
    let current = true;
    talkApi.join(boothId, conversationId).then(
      (j) => current && setJoin(j),
      (err: unknown) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [boothId, conversationId]);

  const close = () => {
    if (closed.current) return;
    closed.current = true;
    void talkApi.leave(boothId, conversationId).catch(() => undefined);
    onClose();
  };
  const title = t('talk.call.title', { name: counterpart });

  return (
    <div className="talk-call__backdrop">
      <div
        ref={dialog}
        className="talk-call"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        data-testid="talk-call"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation(); // the booth panel under the dialog closes on Escape too
          close();
        }}
      >
        {/* In the call its own Leave button ends it; before that (loading, refused) this one closes. */}
        {!join && (
          <button
            type="button"
            className="button button--danger talk-call__close"
            onClick={close}
            data-testid="talk-call-close"
          >
            {t('talk.call.leave')}
          </button>
        )}
        {error ? (
          <JoinError error={error} />
        ) : join ? (
          <Suspense fallback={<CallLoading />}>
            <TalkCall join={join} title={title} counterpart={counterpart} onEnd={close} />
          </Suspense>
        ) : (
          <CallLoading />
        )}
      </div>
    </div>
  );
}
