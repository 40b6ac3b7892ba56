import type { EventDay, ScheduleSession, SessionControlRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirm } from '../../components/Confirm';
import { useLanguage } from '../../i18n';
import { scheduleAdminApi } from '../../lib/endpoints';
import { errorMessage } from '../../lib/errors';
import { useFair } from '../../stores/fair';
import { StageSpeakers } from '../stage/StageSpeakers';
import { SessionControls, controlId } from './SessionControls';
import { EditSessionForm } from './SessionForms';
import { SessionSummary } from './SessionSummary';

type Mode = 'idle' | 'edit' | 'confirm-cancel' | 'confirm-delete';

interface SessionAdminProps {
  session: ScheduleSession;
  day: EventDay;
  timeZone: string;
  demoOffsetMs: number;
}

/** One session in the organiser's console: its summary, live controls, edit and delete, and its errors. */
export function SessionAdmin({ session, day, timeZone, demoOffsetMs }: SessionAdminProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { putSession, dropSession } = useFair((s) => s.actions);
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const run = async (what: string, task: () => Promise<void>) => {
    setBusy(what);
    setFailure(null);
    try {
      await task();
      setMode('idle');
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };
  const control = (request: SessionControlRequest) =>
    void run(controlId(request), async () => putSession(await scheduleAdminApi.control(session.id, request)));
  const remove = () =>
    void run('delete', async () => {
      await scheduleAdminApi.remove(session.id);
      dropSession(session.id);
    });
  const open = (next: Mode) => {
    setFailure(null);
    setMode(next);
  };
  const title = pick(session.title);

  return (
    <div className="session-admin">
      <SessionSummary session={session} timeZone={timeZone} />
      {mode === 'edit' ? (
        <EditSessionForm
          session={session}
          day={day}
          demoOffsetMs={demoOffsetMs}
          onClose={() => setMode('idle')}
        />
      ) : (
        <SessionControls
          state={session.state}
          busy={busy}
          onControl={control}
          onCancel={() => open('confirm-cancel')}
          onEdit={() => open('edit')}
          onDelete={() => open('confirm-delete')}
        />
      )}
      {session.kind === 'stage' && <StageSpeakers sessionId={session.id} />}
      {mode === 'confirm-cancel' && (
        <Confirm
          question={t('schedule.control.cancelConfirm', { title })}
          yes={t('schedule.control.cancelYes')}
          busy={busy === 'cancel'}
          testId="session-cancel-confirm"
          onYes={() => control({ action: 'cancel' })}
          onNo={() => setMode('idle')}
        />
      )}
      {mode === 'confirm-delete' && (
        <Confirm
          question={t('schedule.form.deleteConfirm', { title })}
          yes={t('schedule.form.deleteYes')}
          busy={busy === 'delete'}
          testId="session-delete-confirm"
          onYes={remove}
          onNo={() => setMode('idle')}
        />
      )}
      {failure !== null && (
        <p className="form__error" role="alert" data-testid="session-error">
          {errorMessage(failure, t)}
        </p>
      )}
    </div>
  );
}
