import { regionLabel, type BoothProfile, type LocalizedText } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { zoneStyle } from '../../lib/zone';
import { useFairTime } from '../fair/useFairTime';

interface BoothPreviewProps {
  profile: BoothProfile;
  draft: {
    colour: string;
    theme: string;
    description: LocalizedText;
    staffHours: { from: string; to: string } | null;
  };
  logoUrl: string;
}

/** The booth panel as visitors will see it, redrawn as the owner types. */
export function BoothPreview({ profile, draft, logoUrl }: BoothPreviewProps) {
  const { t } = useTranslation();
  const { zone: fairZone } = useFairTime();
  const { pick } = useLanguage();
  return (
    <aside className="bo-preview" aria-label={t('backoffice.booth.preview')} style={zoneStyle(draft.colour)}>
      <p className="eyebrow">{t('backoffice.booth.preview')}</p>
      <div className={`bo-preview__booth bo-preview__booth--${draft.theme}`} data-testid="booth-preview">
        <div className="bo-preview__fascia">
          <img className="bo-preview__logo" src={logoUrl} alt="" width={56} height={56} />
          <div>
            <strong>{profile.name}</strong>
            <span>
              {regionLabel(profile.region)} · {t(`categories.${profile.category}`)}
            </span>
          </div>
        </div>
        <p className="bo-preview__text">{pick(draft.description) || t('backoffice.booth.noDescription')}</p>
        {draft.staffHours && (
          <p className="bo-preview__hours">
            {t('backoffice.booth.staffedFromTo', {
              from: draft.staffHours.from,
              to: draft.staffHours.to,
              zone: fairZone,
            })}
          </p>
        )}
      </div>
    </aside>
  );
}
