import { SESSION_KINDS, type ScheduleSession, type SessionKind } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { FieldErrors } from '../../lib/errors';
import { isoToWibInput, wibInputToIso } from '../../lib/wibTime';

/** A session as the organiser types it: times are "HH:mm" meaning WIB on the session's day. */
export interface SessionDraft {
  kind: SessionKind;
  titleId: string;
  titleEn: string;
  start: string;
  end: string;
}

export const EMPTY_DRAFT: SessionDraft = { kind: 'stage', titleId: '', titleEn: '', start: '', end: '' };

/**
 * A session as a draft. The server stores the fair's real times and adds the demo shift when it reads
 * them, so the form takes the shift off again: what is typed is what is stored.
 */
export function draftOf(session: ScheduleSession, demoOffsetMs: number): SessionDraft {
  return {
    kind: session.kind,
    titleId: session.title.id,
    titleEn: session.title.en,
    start: isoToWibInput(session.startsAt, -demoOffsetMs).time,
    end: isoToWibInput(session.endsAt, -demoOffsetMs).time,
  };
}

/** The draft as request fields, on a calendar day ("2020-12-05"). */
export function draftBody(draft: SessionDraft, date: string) {
  return {
    kind: draft.kind,
    title: { id: draft.titleId, en: draft.titleEn },
    startsAt: wibInputToIso(date, draft.start) ?? '',
    endsAt: wibInputToIso(date, draft.end) ?? '',
  };
}

interface SessionFieldsProps {
  draft: SessionDraft;
  errors: FieldErrors;
  onChange(draft: SessionDraft): void;
}

/** Kind, both titles, and start and end in WIB: the fields of "add session" and "edit session". */
export function SessionFields({ draft, errors, onChange }: SessionFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SessionDraft>) => onChange({ ...draft, ...patch });
  // An empty time is missing rather than malformed.
  const timeError = (value: string, error?: string) => (error && !value ? t('validation.required') : error);

  return (
    <div className="session-fields">
      <Field label={t('schedule.form.kind')} error={errors.kind}>
        {(input) => (
          <select
            {...input}
            data-testid="session-form-kind"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as SessionKind })}
          >
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`schedule.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('schedule.form.titleId')} error={errors['title.id']}>
        {(input) => (
          <input
            {...input}
            lang="id"
            data-testid="session-form-title-id"
            maxLength={200}
            value={draft.titleId}
            onChange={(e) => set({ titleId: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('schedule.form.titleEn')} error={errors['title.en']}>
        {(input) => (
          <input
            {...input}
            lang="en"
            data-testid="session-form-title-en"
            maxLength={200}
            value={draft.titleEn}
            onChange={(e) => set({ titleEn: e.target.value })}
          />
        )}
      </Field>
      <div className="session-fields__times">
        <Field
          label={t('schedule.form.start')}
          error={timeError(draft.start, errors.startsAt)}
          hint={t('schedule.form.timeHint')}
        >
          {(input) => (
            <input
              {...input}
              type="time"
              data-testid="session-form-start"
              value={draft.start}
              onChange={(e) => set({ start: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('schedule.form.end')} error={timeError(draft.end, errors.endsAt)}>
          {(input) => (
            <input
              {...input}
              type="time"
              data-testid="session-form-end"
              value={draft.end}
              onChange={(e) => set({ end: e.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
