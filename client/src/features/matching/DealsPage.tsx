import type { Deal } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatRupiah, formatRupiahShort } from '../../lib/format';
import { dealsApi, meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { DealForm } from './DealForm';
import { useMatchingUpdates } from './useMatchingUpdates';
import { ActionError, useAction } from './useAction';
import { OpenThreadButton } from '../messages/OpenThreadButton';
import { partyName } from './partyName';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';
import { useFairRights } from '../fair/fairRights';

/** The fair's headline figure: confirmed deals only. */
export function DealsHeadline({ version = 0 }: { version?: number }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const totals = useAsync(`totals:${slug}:${version}`, (signal) => dealsApi.totals(slug, signal));
  if (!totals.data) return null;
  return (
    <p className="deals__headline" data-testid="deals-total">
      <strong>{formatRupiahShort(totals.data.total, lang)}</strong>{' '}
      {t('matching.deals.headline', { count: totals.data.deals })}
    </p>
  );
}

/** My deals: record one, confirm the other party's, and watch the fair's total. */
export function DealsPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const user = useSession((s) => s.user);
  const [params] = useSearchParams();
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useMatchingUpdates(refresh);
  const deals = useAsync(user ? `deals:${slug}:${version}` : null, (signal) => dealsApi.mine(slug, signal));
  const meetings = useAsync(user ? `deal-meetings:${slug}` : null, (signal) =>
    meetingsApi.mine(slug, signal),
  );
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(at('/deals'))}`} replace />;
  return (
    <div className="matching" data-testid="deals-page">
      <header className="matching__header">
        <h1>{t('matching.deals.title')}</h1>
        <DealsHeadline version={version} />
      </header>
      <AsyncContent result={meetings}>
        {(list) => (
          <DealForm meetings={list.items} meetingId={params.get('meeting') ?? undefined} onSaved={refresh} />
        )}
      </AsyncContent>
      <h2>{t('matching.deals.mine')}</h2>
      <AsyncContent result={deals} isEmpty={(l) => l.items.length === 0} empty={t('matching.deals.empty')}>
        {(list) => (
          <div className="matching__list">
            {list.items.map((d) => (
              <DealCard key={d.id} deal={d} onChange={refresh} />
            ))}
          </div>
        )}
      </AsyncContent>
    </div>
  );
}

function DealCard({ deal, onChange }: { deal: Deal; onChange(): void }) {
  const { t } = useTranslation();
  const { exhibitorId } = useFairRights();
  const { busy, error, run } = useAction(onChange);
  const mySide = exhibitorId === deal.exhibitor.id ? 'exhibitor' : 'buyer';
  const canConfirm = !deal.confirmedAt && deal.recordedBy !== mySide;
  return (
    <article className="card deal" data-testid="deal-card">
      <div className="request__head">
        <h3>
          {mySide === 'buyer'
            ? deal.exhibitor.name
            : `${partyName(deal.buyer, t)}${deal.buyer.company ? ` · ${deal.buyer.company}` : ''}`}
        </h3>
        <span
          className={`badge ${deal.confirmedAt ? 'badge--live' : 'badge--closed'}`}
          data-testid="deal-state"
        >
          {deal.confirmedAt ? t('matching.deals.confirmed') : t('matching.deals.unconfirmed')}
        </span>
      </div>
      <p>
        <strong>{formatRupiah(deal.value)}</strong> · {t(`matching.deals.status.${deal.status}`)}
      </p>
      {deal.note && <p className="muted">{deal.note}</p>}
      {deal.confirmedAt && (
        <p className="muted" data-testid="deal-verification" data-verification={deal.verification}>
          {t(`matching.deals.verification.${deal.verification}`, { reason: deal.rejectionReason ?? '' })}
        </p>
      )}
      {canConfirm && (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          data-testid="deal-confirm"
          onClick={() => void run(() => dealsApi.confirm(deal.id))}
        >
          {t('matching.deals.confirm')}
        </button>
      )}
      {!deal.confirmedAt && !canConfirm && <p className="muted">{t('matching.deals.waiting')}</p>}
      <OpenThreadButton kind="deal" id={deal.id} />
      <ActionError error={error} />
    </article>
  );
}
