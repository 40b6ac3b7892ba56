import { regionLabel, type Product, type ProductWithBooth } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatCount, formatRupiah } from '../../lib/format';
import { whatsappLink } from '../../lib/whatsapp';
import { ShortlistButton } from '../matching/ShortlistButton';
import { ProductBadges } from './ProductBadges';
import { WhatsappButton } from './WhatsappButton';
import { useFairPath } from '../fair/useFairSlug';

interface ProductCardProps {
  product: Product | ProductWithBooth;
  /** On a booth page: the booth's name, for the WhatsApp message. In search results: absent. */
  boothName?: string;
}

function hasBooth(p: Product | ProductWithBooth): p is ProductWithBooth {
  return 'boothName' in p;
}

/** A product with its price, terms and badges; on a booth page with a WhatsApp button, in search results with its booth. */
export function ProductCard({ product, boothName }: ProductCardProps) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { lang, pick } = useLanguage();
  const name = pick(product.name);
  const unit = product.unit;
  const inResults = hasBooth(product);
  const facts: [string, string][] = [
    [t('product.minOrder'), `${formatCount(product.minOrder, lang)} ${unit}`],
    ...(product.monthlyCapacity === null
      ? []
      : [
          [
            t('product.capacity'),
            t('product.perMonth', { amount: formatCount(product.monthlyCapacity, lang), unit }),
          ] as [string, string],
        ]),
    ...[
      [t('product.halalNumber'), product.halalNumber],
      [t('product.pirtNumber'), product.pirtNumber],
      [t('product.bpomNumber'), product.bpomNumber],
    ].filter((f): f is [string, string] => f[1] !== null),
  ];

  return (
    <article
      className="product"
      id={`product-${product.id}`}
      data-testid={inResults ? 'product-result' : 'product-card'}
    >
      <img
        className="product__image"
        src={product.imageUrl}
        alt={name}
        width={320}
        height={240}
        loading="lazy"
        decoding="async"
      />
      <div className="product__body">
        <h3 className="product__name">{name}</h3>
        <p className="product__price">
          {formatRupiah(product.priceRupiah)} <span className="muted">/ {unit}</span>
        </p>
        <ProductBadges product={product} />
        {inResults ? (
          <Link
            className="product__booth"
            to={at(`/booths/${product.boothId}#product-${product.id}`)}
            data-testid="result-booth-link"
          >
            {product.boothName} · {regionLabel(product.region)}
          </Link>
        ) : (
          <>
            <p className="product__description">{pick(product.description)}</p>
            <dl className="facts">
              {facts.map(([label, value]) => (
                <div key={label} className="facts__row">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <WhatsappButton
              request={{ productId: product.id }}
              fallback={() =>
                whatsappLink(
                  product.whatsappNumber,
                  t('whatsapp.aboutProduct', { booth: boothName ?? '', product: name }),
                )
              }
              testId="whatsapp-product"
              wide
            />
            <ShortlistButton productId={product.id} />
          </>
        )}
      </div>
    </article>
  );
}
