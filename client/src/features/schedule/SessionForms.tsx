import {
  CreateSessionRequest,
  UpdateSessionRequest,
  type EventDay,
  type ScheduleSession,
} from '@pameran/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { scheduleAdminApi } from '../../lib/endpoints';
import { formatDate } from '../../lib/format';
import { useFair } from '../../stores/fair';
import { useFormSubmit } from '../entry/useFormSubmit';
import { EMPTY_DRAFT, SessionFields, draftBody, draftOf, type SessionDraft } from './SessionFields';

interface FormShellProps {
  title: string;
  submitLabel: string;
  testId: string;
  formError: string | null;
  submitting: boolean;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

function FormShell({
  title,
  submitLabel,
  testId,
  formError,
  submitting,
  onSubmit,
  onClose,
  children,
}: FormShellProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="form session-form" onSubmit={submit} noValidate aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      {children}
      {formError && (
        <p className="form__error" role="alert" data-testid="session-form-error">
          {formError}
        </p>
      )}
      <div className="session-form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="session-form-submit"
          disabled={submitting}
        >
          {submitting ? t('common.wait') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Add session" on one day: checked with `CreateSessionRequest`, then posted. */
export function AddSessionForm({ day, onClose }: { day: EventDay; onClose(): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { putSession } = useFair((s) => s.actions);
  const [draft, setDraft] = useState<SessionDraft>(EMPTY_DRAFT);
  const { errors, formError, submitting, submit } = useFormSubmit(CreateSessionRequest, async (body) => {
    putSession(await scheduleAdminApi.create(body));
    onClose();
  });

  return (
    <FormShell
      title={t('schedule.form.addTitle', { day: formatDate(day.date, lang) })}
      submitLabel={t('schedule.form.create')}
      testId="add-session-form"
      formError={formError}
      submitting={submitting}
      onSubmit={() => void submit({ dayId: day.id, ...draftBody(draft, day.date) })}
      onClose={onClose}
    >
      <SessionFields draft={draft} errors={errors} onChange={setDraft} />
    </FormShell>
  );
}

interface EditSessionFormProps {
  session: ScheduleSession;
  day: EventDay;
  demoOffsetMs: number;
  onClose(): void;
}

/**
 * Change a session's kind, titles or times. The whole draft is checked (so an end before the start is
 * caught here), but only what changed is sent: the times shown include any delay or extension, and
 * sending them back unchanged would make the server apply those again.
 */
export function EditSessionForm({ session, day, demoOffsetMs, onClose }: EditSessionFormProps) {
  const { t } = useTranslation();
  const { putSession } = useFair((s) => s.actions);
  const [before] = useState(() => draftOf(session, demoOffsetMs));
  const [draft, setDraft] = useState(before);
  const { errors, formError, submitting, submit } = useFormSubmit(UpdateSessionRequest, async (body) => {
    const changed: UpdateSessionRequest = {
      ...(draft.kind !== before.kind && { kind: body.kind }),
      ...((draft.titleId !== before.titleId || draft.titleEn !== before.titleEn) && { title: body.title }),
      ...(draft.start !== before.start && { startsAt: body.startsAt }),
      ...(draft.end !== before.end && { endsAt: body.endsAt }),
    };
    if (Object.keys(changed).length > 0) putSession(await scheduleAdminApi.update(session.id, changed));
    onClose();
  });

  return (
    <FormShell
      title={t('schedule.form.editTitle')}
      submitLabel={t('schedule.form.save')}
      testId="edit-session-form"
      formError={formError}
      submitting={submitting}
      onSubmit={() => void submit(draftBody(draft, day.date))}
      onClose={onClose}
    >
      <SessionFields draft={draft} errors={errors} onChange={setDraft} />
    </FormShell>
  );
}
