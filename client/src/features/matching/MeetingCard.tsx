import type { Meeting, OutcomeToRecord } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingsApi } from '../../lib/matchingApi';
import { JoinCallButton } from '../call/JoinCallButton';
import { MeetingOutcomeForm } from './MeetingOutcomeForm';
import { OpenThreadButton } from '../messages/OpenThreadButton';
import { SlotLabel } from './SlotLabel';
import { ActionError, useAction } from './useAction';
import { partyName } from './partyName';
import { useFairPath } from '../fair/useFairSlug';
import { useFairRights } from '../fair/fairRights';

/**
 * One booked meeting: when, with whom, online or at which table, its state; cancel while it has not happened;
 * once it is over, my side's outcome (`outcome`, absent while it cannot be recorded).
 */
export function MeetingCard({
  meeting,
  outcome,
  onChange,
}: {
  meeting: Meeting;
  outcome?: OutcomeToRecord;
  onChange(m: Meeting): void;
}) {
  const { t } = useTranslation();
  const { exhibitorId } = useFairRights();
  const { busy, error, run } = useAction(onChange);
  const at = useFairPath();
  const asExhibitor = exhibitorId === meeting.exhibitor.id;
  const counterpart = asExhibitor
    ? meeting.buyers
        .map((b) =>
          b.company
            ? `${partyName(b, t)} (${b.company}${b.country ? `, ${b.country}` : ''})`
            : partyName(b, t),
        )
        .join(', ')
    : meeting.exhibitor.name;

  function cancel() {
    if (!globalThis.confirm(t('matching.meeting.cancelConfirm'))) return;
    void run(() => meetingsApi.setStatus(meeting.id, 'cancelled'));
  }

  return (
    <article
      className={`card meeting meeting--${meeting.status}`}
      data-testid="meeting-card"
      data-meeting={meeting.id}
    >
      <div className="meeting__when">
        <SlotLabel start={meeting.start} end={meeting.end} />
        <span className={`badge badge--meeting badge--${meeting.status}`} data-testid="meeting-status">
          {t(`matching.meeting.status.${meeting.status}`)}
        </span>
      </div>
      <h3 className="meeting__with">{counterpart}</h3>
      <p className="muted" data-testid="meeting-place">
        {meeting.mode === 'online'
          ? t('matching.meeting.online')
          : t('matching.meeting.onsite', { table: meeting.table ?? '—' })}
      </p>
      <div className="meeting__actions">
        <JoinCallButton meeting={meeting} />
        <OpenThreadButton kind="meeting" id={meeting.id} />
        {meeting.exhibitor.boothId && !asExhibitor && (
          <Link
            className="button button--secondary button--small"
            to={at(`/booths/${meeting.exhibitor.boothId}`)}
          >
            {t('matching.meeting.booth')}
          </Link>
        )}
        <Link className="button button--secondary button--small" to={at(`/deals?meeting=${meeting.id}`)}>
          {t('matching.meeting.recordDeal')}
        </Link>
        {(meeting.status === 'scheduled' || meeting.status === 'live') && (
          <button
            type="button"
            className="button button--danger button--small"
            disabled={busy}
            onClick={cancel}
          >
            {t('matching.meeting.cancel')}
          </button>
        )}
      </div>
      <ActionError error={error} />
      {outcome && <MeetingOutcomeForm item={outcome} />}
    </article>
  );
}
