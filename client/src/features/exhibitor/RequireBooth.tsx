import type { BackofficeMe } from '@pameran/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useFairRights } from '../fair/fairRights';
import { RightsLoading } from '../fair/OrganisersOnly';
import { BackofficeNav } from './BackofficeNav';
import { useMe } from './useMe';
import { useFairPath } from '../fair/useFairSlug';

interface RequireBoothProps {
  title: string;
  /** Pages that change the booth: staff see a notice instead. */
  ownerOnly?: boolean;
  children: (me: BackofficeMe & { boothId: string }) => ReactNode;
}

/** A back-office page of an approved exhibitor: its nav, title, and the content once the booth is known. */
export function RequireBooth({ title, ownerOnly, children }: RequireBoothProps) {
  const { t } = useTranslation();
  const { ready, exhibitorId } = useFairRights();
  const me = useMe();
  const at = useFairPath();
  if (!ready) return <RightsLoading />;
  if (!exhibitorId) return <Navigate to={at('/exhibitor')} replace />;
  return (
    <AsyncContent result={me}>
      {(data) =>
        !data?.boothId ? (
          <Navigate to={at('/exhibitor')} replace />
        ) : (
          <div className="bo">
            <BackofficeNav role={data.role} />
            <h1 className="bo__title">{title}</h1>
            {ownerOnly && data.role !== 'owner' ? (
              <p className="notice">
                {t('backoffice.staffReadOnly')} <Link to={at('/exhibitor')}>{t('backoffice.nav.home')}</Link>
              </p>
            ) : (
              children({ ...data, boothId: data.boothId })
            )}
          </div>
        )
      }
    </AsyncContent>
  );
}
