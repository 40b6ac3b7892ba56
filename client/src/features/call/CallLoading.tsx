import { useTranslation } from 'react-i18next';

/** While the LiveKit chunk arrives (a few hundred kB on a phone's mobile data). */
export function CallLoading() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('video.call.loading')}
    </div>
  );
}
