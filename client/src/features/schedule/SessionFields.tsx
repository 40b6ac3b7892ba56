import { SESSION_KINDS, type ScheduleSession, type SessionKind } from '@pameran/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field as PlainField } from '../../components/Field';
import { fieldsFor, useFieldError } from '../../components/form/FormField';
import { zoneName } from '../../lib/format';
import { isoToZonedInput, zonedInputToIso } from '../../lib/zonedTime';

/**
 * A session as the organiser types it, named like the request's fields so that errors land on them:
 * times are "HH:mm" meaning the fair's own zone (WIB, WITA, WIT) on the session's day.
 */
export interface SessionValues {
  kind: SessionKind;
  title: { id: string; en: string };
  startsAt: string;
  endsAt: string;
}

export const EMPTY_SESSION: SessionValues = {
  kind: 'stage',
  title: { id: '', en: '' },
  startsAt: '',
  endsAt: '',
};

/**
 * A session as typed values. The server stores the fair's real times and adds the demo shift when it
 * reads them, so the form takes the shift off again: what is typed is what is stored.
 */
export function sessionValues(
  session: ScheduleSession,
  demoOffsetMs: number,
  timeZone: string,
): SessionValues {
  return {
    kind: session.kind,
    title: { id: session.title.id, en: session.title.en },
    startsAt: isoToZonedInput(session.startsAt, timeZone, -demoOffsetMs).time,
    endsAt: isoToZonedInput(session.endsAt, timeZone, -demoOffsetMs).time,
  };
}

/** The typed values as request fields, on a calendar day ("2020-12-05") of a fair in `timeZone`. */
export function sessionRequest(values: SessionValues, date: string, timeZone: string) {
  return {
    kind: values.kind,
    title: values.title,
    startsAt: zonedInputToIso(date, values.startsAt, timeZone) ?? '',
    endsAt: zonedInputToIso(date, values.endsAt, timeZone) ?? '',
  };
}

const { Field, Input } = fieldsFor<SessionValues>();

/** Kind, both titles, and start and end in the fair's zone: the fields of "add session" and "edit session". */
export function SessionFields({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const zone = zoneName(timeZone);
  return (
    <div className="session-fields">
      <Field name="kind" label={t('schedule.form.kind')}>
        {(input) => (
          <select {...input} data-testid="session-form-kind">
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`schedule.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        name="title.id"
        label={t('schedule.form.titleId')}
        lang="id"
        maxLength={200}
        testId="session-form-title-id"
      />
      <Input
        name="title.en"
        label={t('schedule.form.titleEn')}
        lang="en"
        maxLength={200}
        testId="session-form-title-en"
      />
      <div className="session-fields__times">
        <TimeField
          name="startsAt"
          label={t('schedule.form.start', { zone })}
          hint={t('schedule.form.timeHint', { zone })}
          testId="session-form-start"
        />
        <TimeField name="endsAt" label={t('schedule.form.end', { zone })} testId="session-form-end" />
      </div>
    </div>
  );
}

interface TimeFieldProps {
  name: 'startsAt' | 'endsAt';
  label: string;
  hint?: string;
  testId: string;
}

/** A time in the fair's zone. An empty one is missing rather than malformed (the schema sees only a bad timestamp). */
function TimeField({ name, label, hint, testId }: TimeFieldProps) {
  const { t } = useTranslation();
  const { register } = useFormContext<SessionValues>();
  const value = useWatch<SessionValues, typeof name>({ name });
  const error = useFieldError<SessionValues>(name);
  return (
    <PlainField label={label} hint={hint} error={error && !value ? t('validation.required') : error}>
      {(aria) => <input {...aria} {...register(name)} type="time" data-testid={testId} />}
    </PlainField>
  );
}
