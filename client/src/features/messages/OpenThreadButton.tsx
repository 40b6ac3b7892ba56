import type { ThreadSubjectKind } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { messagesApi } from '../../lib/messagesApi';
import { ActionError, useAction } from '../matching/useAction';
import { useFairPath } from '../fair/useFairSlug';

/** Opens (or starts) the conversation of a request, meeting or deal between its parties. */
export function OpenThreadButton({ kind, id }: { kind: ThreadSubjectKind; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const at = useFairPath();
  const { busy, error, run } = useAction((threadId: string) => void navigate(at(`/messages/${threadId}`)));
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={busy}
        onClick={() => void run(async () => (await messagesApi.open(kind, id)).id)}
        data-testid="open-thread"
      >
        {t('messages.open')}
      </button>
      <ActionError error={error} />
    </>
  );
}
