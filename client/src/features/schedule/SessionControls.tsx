import type { SessionControlRequest, SessionState } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';

interface Control {
  request: SessionControlRequest;
  /** States in which the server accepts it (it still has the last word: an ended session may refuse). */
  when: readonly SessionState[];
}

const CONTROLS: readonly Control[] = [
  { request: { action: 'start_now' }, when: ['scheduled'] },
  { request: { action: 'end_now' }, when: ['live'] },
  { request: { action: 'extend', minutes: 15 }, when: ['scheduled', 'live', 'ended'] },
  { request: { action: 'extend', minutes: 30 }, when: ['scheduled', 'live', 'ended'] },
  { request: { action: 'delay', minutes: 15 }, when: ['scheduled'] },
  { request: { action: 'delay', minutes: 30 }, when: ['scheduled'] },
];

/** "start_now", "extend-15": names a control in test ids and in the busy state. */
export function controlId({ action, minutes }: SessionControlRequest): string {
  return minutes ? `${action}-${minutes}` : action;
}

interface SessionControlsProps {
  state: SessionState;
  /** The control being sent, if any: every button waits while one is on its way. */
  busy: string | null;
  onControl(request: SessionControlRequest): void;
  onCancel(): void;
  onEdit(): void;
  onDelete(): void;
}

/** The organiser's live buttons for one session, each enabled only where it makes sense. */
export function SessionControls({
  state,
  busy,
  onControl,
  onCancel,
  onEdit,
  onDelete,
}: SessionControlsProps) {
  const { t } = useTranslation();
  const label = ({ action, minutes }: SessionControlRequest) =>
    action === 'extend' || action === 'delay'
      ? t(`schedule.control.${action}`, { minutes })
      : t(`schedule.control.${action}`);

  return (
    <div className="session-controls">
      <div className="session-controls__live" role="group" aria-label={t('schedule.control.label')}>
        {CONTROLS.map(({ request, when }) => {
          const id = controlId(request);
          return (
            <button
              key={id}
              type="button"
              className="button button--secondary button--small"
              data-testid={`session-control-${id}`}
              disabled={busy !== null || !when.includes(state)}
              onClick={() => onControl(request)}
            >
              {busy === id ? t('common.wait') : label(request)}
            </button>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small button--danger-outline"
          data-testid="session-control-cancel"
          disabled={busy !== null || state === 'cancelled' || state === 'ended'}
          onClick={onCancel}
        >
          {t('schedule.control.cancel')}
        </button>
      </div>
      <div className="session-controls__edit">
        <button type="button" className="link-button" data-testid="session-edit" onClick={onEdit}>
          {t('schedule.form.edit')}
        </button>
        <button
          type="button"
          className="link-button link-button--danger"
          data-testid="session-delete"
          onClick={onDelete}
        >
          {t('schedule.form.delete')}
        </button>
      </div>
    </div>
  );
}
