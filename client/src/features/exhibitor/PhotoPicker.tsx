import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

interface PhotoPickerProps {
  label: string;
  /** What is shown now (the stored picture or the drawn one); null when there is none yet. */
  imageUrl: string | null;
  /** Upload (or keep) the chosen file; a rejection is shown under the picker. */
  onFile(file: File): Promise<void>;
  testId: string;
  square?: boolean;
}

/** A picture with a "choose photo" button that opens the camera or gallery on a phone. */
export function PhotoPicker({ label, imageUrl, onFile, testId, square }: PhotoPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [local, setLocal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => () => void (local && URL.revokeObjectURL(local)), [local]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      await onFile(file);
      setLocal(URL.createObjectURL(file));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={square ? 'photo-picker photo-picker--square' : 'photo-picker'}>
      {local || imageUrl ? (
        <img
          className="photo-picker__image"
          src={local ?? imageUrl ?? ''}
          alt=""
          data-testid={`${testId}-preview`}
        />
      ) : (
        <div className="photo-picker__image photo-picker__empty">{t('backoffice.photo.none')}</div>
      )}
      <div>
        <label className="button button--secondary button--small photo-picker__button" htmlFor={id}>
          {busy ? t('backoffice.photo.uploading') : label}
        </label>
        <input
          id={id}
          className="photo-picker__input"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          data-testid={testId}
          disabled={busy}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="field__hint">{t('backoffice.photo.hint')}</p>
        {error !== null && (
          <p className="field__error" role="alert" data-testid={`${testId}-error`}>
            {errorMessage(error, t)}
          </p>
        )}
      </div>
    </div>
  );
}
