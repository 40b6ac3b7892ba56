import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmProps {
  question: string;
  yes: string;
  busy: boolean;
  testId: string;
  onYes(): void;
  onNo(): void;
}

/** An inline "are you sure?" for an action that cannot be taken back. */
export function Confirm({ question, yes, busy, testId, onYes, onNo }: ConfirmProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid={testId}
          disabled={busy}
          onClick={onYes}
        >
          {busy ? t('common.wait') : yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
