import {
  CreateSessionRequest,
  UpdateSessionRequest,
  type EventDay,
  type ScheduleSession,
} from '@pameran/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { useContractForm, type ContractForm } from '../../components/form/useContractForm';
import { useLanguage } from '../../i18n';
import { scheduleAdminApi } from '../../lib/endpoints';
import { formatDate } from '../../lib/format';
import { useFair } from '../../stores/fair';
import {
  EMPTY_SESSION,
  SessionFields,
  sessionRequest,
  sessionValues,
  type SessionValues,
} from './SessionFields';
import { useFairSlug } from '../fair/useFairSlug';
import { useFairZone } from '../fair/useFairTime';

interface FormShellProps<Out> {
  kit: ContractForm<SessionValues, Out>;
  title: string;
  submitLabel: string;
  testId: string;
  onClose(): void;
}

/** A session form inline in the console: its fields, the server's refusal, submit and cancel. */
function FormShell<Out>({ kit, title, submitLabel, testId, onClose }: FormShellProps<Out>): ReactNode {
  const { t } = useTranslation();
  const timeZone = useFairZone();
  return (
    <Form kit={kit} className="form session-form" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <SessionFields timeZone={timeZone} />
      <FormError testId="session-form-error" />
      <div className="session-form__actions">
        <SubmitButton className="button button--primary" testId="session-form-submit">
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}

/** "Add session" on one day: checked with `CreateSessionRequest`, then posted. */
export function AddSessionForm({ day, onClose }: { day: EventDay; onClose(): void }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const timeZone = useFairZone();
  const { lang } = useLanguage();
  const { putSession } = useFair((s) => s.actions);
  const kit = useContractForm<SessionValues, typeof CreateSessionRequest>({
    schema: CreateSessionRequest,
    defaultValues: EMPTY_SESSION,
    toRequest: (values) => ({ dayId: day.id, ...sessionRequest(values, day.date, timeZone) }),
    send: async (request) => {
      putSession(await scheduleAdminApi.create(slug, request));
      onClose();
    },
  });

  return (
    <FormShell
      kit={kit}
      title={t('schedule.form.addTitle', { day: formatDate(day.date, lang) })}
      submitLabel={t('schedule.form.create')}
      testId="add-session-form"
      onClose={onClose}
    />
  );
}

interface EditSessionFormProps {
  session: ScheduleSession;
  day: EventDay;
  demoOffsetMs: number;
  onClose(): void;
}

/**
 * Change a session's kind, titles or times. The whole form is checked (so an end before the start is
 * caught here), but only what changed is sent: the times shown include any delay or extension, and
 * sending them back unchanged would make the server apply those again.
 */
export function EditSessionForm({ session, day, demoOffsetMs, onClose }: EditSessionFormProps) {
  const { t } = useTranslation();
  const { putSession } = useFair((s) => s.actions);
  const timeZone = useFairZone();
  const [before] = useState(() => sessionValues(session, demoOffsetMs, timeZone));
  const kit = useContractForm<SessionValues, typeof UpdateSessionRequest>({
    schema: UpdateSessionRequest,
    defaultValues: before,
    toRequest: (values) => sessionRequest(values, day.date, timeZone),
    send: async (request, typed) => {
      const titleChanged = typed.title.id !== before.title.id || typed.title.en !== before.title.en;
      const changed: UpdateSessionRequest = {
        ...(typed.kind !== before.kind && { kind: request.kind }),
        ...(titleChanged && { title: request.title }),
        ...(typed.startsAt !== before.startsAt && { startsAt: request.startsAt }),
        ...(typed.endsAt !== before.endsAt && { endsAt: request.endsAt }),
      };
      if (Object.keys(changed).length > 0) putSession(await scheduleAdminApi.update(session.id, changed));
      onClose();
    },
  });

  return (
    <FormShell
      kit={kit}
      title={t('schedule.form.editTitle')}
      submitLabel={t('schedule.form.save')}
      testId="edit-session-form"
      onClose={onClose}
    />
  );
}
