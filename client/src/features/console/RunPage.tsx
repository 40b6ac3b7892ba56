import type { Announcement } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { OrganiserSchedulePage } from '../schedule/OrganiserSchedulePage';
import { consoleApi } from './consoleApi';
import { useFairSlug } from '../fair/useFairSlug';

const AUDIENCES: Announcement['audience'][] = ['everyone', 'exhibitors', 'buyers'];

/** `/organiser/run`: broadcast announcements and run the schedule (the schedule feature's controls). */
export function RunPage() {
  return (
    <div className="console-run" data-testid="console-run">
      <AnnounceForm />
      <OrganiserSchedulePage />
    </div>
  );
}

function AnnounceForm() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<Announcement['audience']>('everyone');
  const [minutes, setMinutes] = useState(60);
  const [status, setStatus] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    try {
      await consoleApi.announce(slug, { text: text.trim(), audience, minutes });
      setText('');
      setStatus(t('console.announce.sent'));
    } catch (err) {
      setStatus(errorMessage(err, t));
    }
  };
  return (
    <form className="card console-announce" onSubmit={(e) => void submit(e)} data-testid="announce-form">
      <h2>{t('console.announce.title')}</h2>
      <textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={500}
        rows={3}
        required
        minLength={3}
        aria-label={t('console.announce.text')}
        placeholder={t('console.announce.placeholder')}
      />
      <div className="console-announce__row">
        <label>
          {t('console.announce.audience')}
          <select value={audience} onChange={(e) => setAudience(e.target.value as Announcement['audience'])}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`console.announce.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('console.announce.minutes')}
          <input
            type="number"
            min={1}
            max={1440}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={text.trim().length < 3}>
          {t('console.announce.send')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
