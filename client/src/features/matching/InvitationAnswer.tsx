import type { MeetingRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../../lib/matchingApi';
import { useSession } from '../../stores/session';
import { ActionError, useAction } from './useAction';

/**
 * A colleague invited to join a buyer's meeting request: until they accept they are not on it (nobody
 * else sees them), so a requester cannot learn from the request who has an account.
 */
export function InvitationAnswer({
  request,
  onDone,
}: {
  request: MeetingRequest;
  onDone(r: MeetingRequest): void;
}) {
  const { t } = useTranslation();
  const me = useSession((s) => s.user?.id);
  const [declined, setDeclined] = useState(false);
  // Joined: the card becomes an ordinary request of ours; declined: we are not on it, so it only says so.
  const { busy, error, run } = useAction<MeetingRequest>((r) =>
    r.attendees.some((p) => p.id === me) ? onDone(r) : setDeclined(true),
  );
  if (declined) return <p className="muted">{t('matching.invitation.declined')}</p>;
  return (
    <div className="request-actions" data-testid="invitation">
      <p>{t('matching.invitation.prompt', { name: request.requester.name })}</p>
      <div
        className="request-actions__buttons"
        role="group"
        aria-label={t('matching.invitation.prompt', { name: request.requester.name })}
      >
        <button
          type="button"
          className="button button--small button--primary"
          disabled={busy}
          onClick={() => void run(() => meetingsApi.answerInvitation(request.id, true))}
        >
          {t('matching.invitation.accept')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() =>
            void run(() => meetingsApi.answerInvitation(request.id, false)).then(
              (ok) => ok && setDeclined(true),
            )
          }
        >
          {t('matching.invitation.decline')}
        </button>
      </div>
      <ActionError error={error} />
    </div>
  );
}
