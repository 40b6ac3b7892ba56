import { Uuid, regionLabel, type BoothDetail } from '@pameran/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import { useAsync } from '../../lib/useAsync';
import { whatsappLink } from '../../lib/whatsapp';
import { zoneStyle } from '../../lib/zone';
import { NotFoundPage } from '../frame/NotFoundPage';
import { ProductCard } from './ProductCard';
import { WhatsappButton } from './WhatsappButton';
import { useFairPath } from '../fair/useFairSlug';

function BoothView({ booth }: { booth: BoothDetail }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { pick } = useLanguage();
  const { hash } = useLocation();

  // Arriving from a search result (#product-…): bring that product into view once it is drawn.
  useEffect(() => {
    if (hash)
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'center' });
  }, [hash]);

  return (
    <article className="booth" style={zoneStyle(booth.colour)} data-testid="booth-page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to={at('/catalogue')}>{t('catalogue.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={at(`/catalogue/${booth.category}`)}>{t(`categories.${booth.category}`)}</Link>
      </nav>
      <header className="booth__header">
        <img className="booth__logo" src={booth.logoUrl} alt="" width={96} height={96} />
        <div>
          <h1 className="booth__name">{booth.name}</h1>
          <p className="muted">
            {regionLabel(booth.region)} · {t(`categories.${booth.category}`)}
          </p>
          {booth.liveVisitors > 0 && (
            <p className="booth__live">{t('booth.live', { count: booth.liveVisitors })}</p>
          )}
        </div>
      </header>
      <p className="booth__description">{pick(booth.description)}</p>
      <div className="booth__contact">
        <span>{t('booth.contact', { name: booth.contactName })}</span>
        <WhatsappButton
          request={{ boothId: booth.id }}
          fallback={() => whatsappLink(booth.whatsappNumber, t('whatsapp.aboutBooth', { booth: booth.name }))}
          label={t('whatsapp.booth')}
          testId="whatsapp-booth"
        />
        <Link
          className="button button--secondary"
          to={at(`/meetings/new?booth=${booth.id}`)}
          data-testid="request-meeting"
        >
          {t('matching.new.link')}
        </Link>
      </div>
      <h2>{t('booth.productsTitle', { count: booth.products.length })}</h2>
      {booth.products.length === 0 ? (
        <p className="notice notice--empty">{t('booth.noProducts')}</p>
      ) : (
        <div className="product-grid">
          {booth.products.map((product) => (
            <ProductCard key={product.id} product={product} boothName={booth.name} />
          ))}
        </div>
      )}
    </article>
  );
}

/** One pesantren's booth: who they are and everything they sell. */
export function BoothPage() {
  const parsed = Uuid.safeParse(useParams().id);
  const id = parsed.success ? parsed.data : null;
  const booth = useAsync(id && `booth:${id}`, (signal) => fairApi.booth(id ?? '', signal));
  if (!id) return <NotFoundPage />;
  return <AsyncContent result={booth}>{(data) => <BoothView booth={data} />}</AsyncContent>;
}
