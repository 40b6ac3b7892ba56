import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useAsync } from '../../lib/useAsync';
import { backofficeApi } from './backofficeApi';

/** The join page of the invitation's own fair, with the same token. */
export const fairJoinPath = (slug: string, token: string) =>
  `/e/${encodeURIComponent(slug)}/exhibitor/join?token=${encodeURIComponent(token)}`;

/**
 * `/exhibitor/join?token=…`: an invitation link sent before links named their fair. The invitation belongs
 * to one exhibitor of one fair, so the server's preview of the token says which, and the person lands on that
 * fair's join page (docs/decisions/0034-fair-links-and-times.md).
 */
export function LegacyJoinPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const invite = useAsync(token || null, () => backofficeApi.previewInvite(token));
  if (!token) return <p className="notice notice--error narrow">{t('backoffice.join.noToken')}</p>;
  return (
    <div className="narrow">
      <AsyncContent result={invite}>
        {(found) => <Navigate to={fairJoinPath(found.eventSlug, token)} replace />}
      </AsyncContent>
    </div>
  );
}
