import type { MessageReport } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { messageReportsApi } from '../../lib/messagesApi';
import { useAsync } from '../../lib/useAsync';
import { ActionError, useAction } from '../matching/useAction';
import { useFairSlug } from '../fair/useFairSlug';
import { MessageBubble } from './MessageBubble';

/** The organiser's queue of reported messages: the reported message only (never the rest of its thread). */
export function ReportedMessages() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const reports = useAsync(`message-reports:${slug}`, () => messageReportsApi.list(slug, 'open'));
  return (
    <section className="card" data-testid="reported-messages">
      <h2>{t('messages.moderation.title')}</h2>
      <AsyncContent
        result={reports}
        isEmpty={(l) => l.items.length === 0}
        empty={<p className="muted">{t('messages.moderation.empty')}</p>}
      >
        {(l) => (
          <ul className="thread__messages">
            {l.items.map((r) => (
              <ReportRow key={r.id} report={r} onDone={reports.reload} />
            ))}
          </ul>
        )}
      </AsyncContent>
    </section>
  );
}

function ReportRow({ report, onDone }: { report: MessageReport; onDone(): void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useAction(onDone);
  return (
    <li data-testid="message-report">
      <p className="muted">
        {t(`messages.subject.${report.subject.kind}`)} ·{' '}
        {t('messages.moderation.by', { name: report.reporterName })}
      </p>
      <p>{t('messages.moderation.reason', { reason: report.reason })}</p>
      <ul className="thread__messages">
        <MessageBubble message={report.message} mine={false} reportable={false} />
      </ul>
      <div className="meeting__actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={busy}
          onClick={() => void run(() => messageReportsApi.hide(report.id))}
          data-testid="report-hide"
        >
          {t('messages.moderation.hide')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void run(() => messageReportsApi.dismiss(report.id))}
        >
          {t('messages.moderation.dismiss')}
        </button>
      </div>
      <ActionError error={error} />
    </li>
  );
}
