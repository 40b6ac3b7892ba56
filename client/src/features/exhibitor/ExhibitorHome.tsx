import type { BackofficeMe } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useUser } from '../../stores/session';
import { mayApply, useFairRights } from '../fair/fairRights';
import { RightsLoading } from '../fair/OrganisersOnly';
import { ApplicationForm } from './ApplicationForm';
import { ApplyAgain, CarriedProducts } from './ApplyAgain';
import { SuggestedBuyers } from '../matching/SuggestedBuyers';
import { BackofficeNav } from './BackofficeNav';
import { useMe } from './useMe';
import { BackofficeFunnel } from '../outcomes/FunnelSections';
import { useFairPath } from '../fair/useFairSlug';

function Status({ me }: { me: BackofficeMe }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(me.status === 'rejected');
  return (
    <section className="card bo-status" data-testid="application-status" data-status={me.status}>
      <p className="eyebrow">{me.name}</p>
      <h2>{t(`backoffice.status.${me.status}`)}</h2>
      <p>{t(`backoffice.status.${me.status}Text`)}</p>
      {me.statusReason && (
        <p className="notice notice--error" data-testid="status-reason">
          <strong>{t('backoffice.status.reason')}</strong> {me.statusReason}
        </p>
      )}
      {me.role === 'owner' && me.status !== 'approved' && (
        <>
          {!editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('backoffice.apply.edit')}
            </button>
          )}
          {editing && <ApplicationForm current={me} onDone={() => setEditing(false)} />}
        </>
      )}
    </section>
  );
}

function Dashboard({ me }: { me: BackofficeMe & { boothId: string } }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const keys = ['booth', 'products', 'import', 'staff', 'leads'] as const;
  const links = keys.filter((k) => me.role === 'owner' || k !== 'staff');
  return (
    <div className="bo">
      <BackofficeNav role={me.role} />
      <h1 className="bo__title">{me.name}</h1>
      <p className="muted">
        {t(me.role === 'owner' ? 'backoffice.home.owner' : 'backoffice.home.staffRole')} ·{' '}
        <Link to={at(`/booths/${me.boothId}`)} data-testid="public-booth-link">
          {t('backoffice.home.publicPage')}
        </Link>
      </p>
      <div className="bo-tiles">
        {links.map((key) => (
          <Link
            key={key}
            to={at(`/exhibitor/${key}`)}
            className="card bo-tile"
            data-testid={`bo-tile-${key}`}
          >
            <strong>{t(`backoffice.nav.${key}`)}</strong>
            <span className="muted">{t(`backoffice.home.${key}`)}</span>
          </Link>
        ))}
      </div>
      <BackofficeFunnel />
      <SuggestedBuyers />
    </div>
  );
}

/** The exhibitor's start: apply, follow the audition, then the booth's back office. */
export function ExhibitorHome() {
  const { t } = useTranslation();
  const user = useUser();
  const { ready, exhibitorId } = useFairRights();
  const me = useMe();
  if (user && !ready) return <RightsLoading />;
  if (!user || user.isGuest || (!exhibitorId && !mayApply(user))) {
    return (
      <div className="narrow card bo-intro">
        <h1>{t('backoffice.intro.title')}</h1>
        <p>{t('backoffice.intro.text')}</p>
        <p className="muted">{t('backoffice.intro.needAccount')}</p>
        <div className="bo-actions">
          <Link className="button button--primary" to="/register">
            {t('backoffice.intro.register')}
          </Link>
          <Link className="button button--secondary" to="/login">
            {t('backoffice.intro.login')}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <AsyncContent result={me}>
      {(data) =>
        data === null ? (
          <div className="narrow">
            <h1>{t('backoffice.apply.title')}</h1>
            <ApplyAgain />
            <p className="muted">{t('backoffice.apply.intro')}</p>
            <ApplicationForm current={null} />
          </div>
        ) : data.boothId ? (
          <Dashboard me={{ ...data, boothId: data.boothId }} />
        ) : (
          <div className="narrow">
            <Status me={data} />
            <CarriedProducts />
          </div>
        )
      }
    </AsyncContent>
  );
}
