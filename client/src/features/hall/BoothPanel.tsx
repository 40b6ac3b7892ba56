import { regionLabel, type BoothDetail } from '@pameran/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import type { HallSocket } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { useReturnFocus } from '../../lib/useReturnFocus';
import { whatsappLink } from '../../lib/whatsapp';
import { zoneStyle } from '../../lib/zone';
import { useHallBooths } from '../../stores/hall/booths';
import { ProductCard } from '../catalogue/ProductCard';
import { WhatsappButton } from '../catalogue/WhatsappButton';
import { BoothMeetingJoin } from '../matching/BoothMeetingJoin';
import { BoothChat } from './BoothChat';
import { LiveCount } from './LiveCount';
import { TalkNow } from './TalkNow';
import { useBoothVisit } from './useBoothVisit';
import { useFairPath } from '../fair/useFairSlug';

interface BoothPanelProps {
  boothId: string;
  socket: HallSocket | null;
  onClose(): void;
}

/** A booth entered from the hall or the list: who they are, what they sell, its chat, and ways to reach them. */
export function BoothPanel({ boothId, socket, onClose }: BoothPanelProps) {
  const { t } = useTranslation();
  const booth = useAsync(`hall-booth:${boothId}`, (signal) => fairApi.booth(boothId, signal));
  const visit = useBoothVisit(boothId, socket);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useReturnFocus(panel, `[data-booth-id="${boothId}"], [data-testid=hall3d]`);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    if (booth.data) heading.current?.focus({ preventScroll: true });
  }, [booth.data]);

  return (
    <aside ref={panel} className="booth-panel" aria-labelledby="booth-panel-title" data-testid="booth-panel">
      <button type="button" className="booth-panel__close" onClick={onClose} data-testid="panel-close">
        <span aria-hidden="true">×</span>
        <span className="hall-sr-only">{t('hallview.panel.close')}</span>
      </button>
      <AsyncContent result={booth}>
        {(data) => (
          <BoothPanelBody booth={data} headingRef={heading}>
            {visit.entered && <TalkNow boothId={boothId} socket={socket} />}
            <BoothChat boothId={boothId} socket={socket} visit={visit} />
          </BoothPanelBody>
        )}
      </AsyncContent>
    </aside>
  );
}

interface BodyProps {
  booth: BoothDetail;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  children: React.ReactNode;
}

function BoothPanelBody({ booth, headingRef, children }: BodyProps) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { pick } = useLanguage();
  return (
    <article className="booth-panel__body" style={zoneStyle(booth.colour)}>
      <header className="booth-panel__header">
        <img className="booth-panel__logo" src={booth.logoUrl} alt="" width={72} height={72} />
        <div>
          <h2 id="booth-panel-title" ref={headingRef} tabIndex={-1} data-testid="panel-title">
            {booth.name}
          </h2>
          <p className="muted">
            {regionLabel(booth.region)} · {t(`categories.${booth.category}`)}
          </p>
          <HereNow boothId={booth.id} />
        </div>
      </header>
      <p className="booth-panel__description">{pick(booth.description)}</p>
      <div className="booth-panel__actions">
        <WhatsappButton
          request={{ boothId: booth.id }}
          fallback={() => whatsappLink(booth.whatsappNumber, t('whatsapp.aboutBooth', { booth: booth.name }))}
          label={t('whatsapp.booth')}
          testId="whatsapp-booth"
        />
        <Link
          className="button button--secondary"
          to={at(`/meetings/new?exhibitor=${encodeURIComponent(booth.exhibitorId)}`)}
          data-testid="request-meeting"
        >
          {t('hallview.panel.meeting')}
        </Link>
        <BoothMeetingJoin boothId={booth.id} />
        <Link className="button button--ghost" to={at(`/booths/${booth.id}`)}>
          {t('hallview.panel.page')}
        </Link>
      </div>
      <p className="muted booth-panel__contact">{t('booth.contact', { name: booth.contactName })}</p>
      {children}
      <h3>{t('booth.productsTitle', { count: booth.products.length })}</h3>
      {booth.products.length === 0 ? (
        <p className="notice notice--empty">{t('booth.noProducts')}</p>
      ) : (
        <div className="booth-panel__products">
          {booth.products.map((product) => (
            <ProductCard key={product.id} product={product} boothName={booth.name} />
          ))}
        </div>
      )}
    </article>
  );
}

/** How many people stand here now; booth staff also see who (visitors who agreed to be shown). */
function HereNow({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const visitors = useHallBooths((s) => s.visitors[boothId]);
  return (
    <div className="booth-panel__here" data-testid="here-now">
      <LiveCount boothId={boothId} />
      {visitors && visitors.length > 0 && (
        <ul className="booth-panel__visitors" aria-label={t('hallview.panel.visitors')}>
          {visitors.map((v) => (
            <li key={v.id}>
              {v.name}
              {v.company ? ` · ${v.company}` : ''} <span className="muted">({t(`role.${v.role}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
