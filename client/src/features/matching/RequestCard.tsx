import type { MeetingRequest } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { OpenThreadButton } from '../messages/OpenThreadButton';
import { InvitationAnswer } from './InvitationAnswer';
import { BuyerAnswer, ExhibitorAnswer } from './RequestActions';
import { SlotLabel } from './SlotLabel';
import { partyName } from './partyName';
import { useFairRights } from '../fair/fairRights';

/** A meeting request as either side sees it, with the answers open to that side. */
export function RequestCard({
  request,
  onChange,
}: {
  request: MeetingRequest;
  onChange(r: MeetingRequest): void;
}) {
  const { t } = useTranslation();
  const { exhibitorId } = useFairRights();
  const asExhibitor = exhibitorId === request.exhibitor.id;
  // Who asked decides the actions: the other side answers (accept, propose, decline), the asker may cancel.
  const asker = (request.askedBy === 'exhibitor') === asExhibitor;
  const open = request.status === 'pending' || request.status === 'countered';
  const who = asExhibitor
    ? [request.requester, ...request.attendees]
        .map((p) =>
          p.company
            ? `${partyName(p, t)} · ${p.company}${p.country ? ` (${p.country})` : ''}`
            : partyName(p, t),
        )
        .join(', ')
    : request.exhibitor.name;
  return (
    <article className="card request" data-testid="request-card" data-request={request.id}>
      <div className="request__head">
        <h3>{who}</h3>
        <span className={`badge badge--request badge--${request.status}`} data-testid="request-status">
          {t(`matching.request.status.${request.status}`)}
        </span>
      </div>
      <p className="muted">
        {t(`matching.mode.${request.mode}`)}
        {request.productIds.length > 0 &&
          ` · ${t('matching.request.products', { count: request.productIds.length })}`}
      </p>
      {request.askedBy === 'exhibitor' && (
        <p className="tag" data-testid="request-asked-by">
          {t(asExhibitor ? 'directory.sentByTeam' : 'directory.askedByExhibitor')}
        </p>
      )}
      {request.message && <p className="request__message">{request.message}</p>}
      {request.preferredSlots.length > 0 && (
        <div className="request__slots">
          <span className="muted">{t('matching.request.preferred')}</span>
          <ul>
            {request.preferredSlots.map((s) => (
              <li key={s.start}>
                <SlotLabel start={s.start} end={s.end} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {request.counterSlot && request.status === 'countered' && (
        <p className="request__counter" data-testid="request-counter">
          {t('matching.request.proposed')}{' '}
          <SlotLabel start={request.counterSlot.start} end={request.counterSlot.end} />
        </p>
      )}
      {request.declineReason && (
        <p className="muted">{t('matching.request.declinedBecause', { reason: request.declineReason })}</p>
      )}
      {request.status === 'accepted' && !request.meeting && (
        <p className="muted">{t('matching.request.awaitingSlot')}</p>
      )}
      {request.meeting && (
        <p data-testid="request-meeting">
          {t('matching.request.booked')} <SlotLabel start={request.meeting.start} end={request.meeting.end} />
        </p>
      )}
      {request.invitedMe ? (
        <InvitationAnswer request={request} onDone={onChange} />
      ) : (
        open &&
        (asker ? (
          <BuyerAnswer request={request} onDone={onChange} />
        ) : (
          request.status === 'pending' && <ExhibitorAnswer request={request} onDone={onChange} />
        ))
      )}
      {!request.invitedMe && <OpenThreadButton kind="request" id={request.id} />}
    </article>
  );
}
