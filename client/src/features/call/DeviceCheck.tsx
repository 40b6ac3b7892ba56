import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MicLevel } from './MicLevel';
import { storeChoices, storedChoices, useDevicePreview, type DeviceChoices } from './useDevicePreview';

interface DeviceCheckProps {
  joinLabel: string;
  busy?: boolean;
  /** Why joining is not possible yet (e.g. "opens at 10:15 WIB"); disables the button. */
  blocked?: string;
  error?: ReactNode;
  onJoin(choices: DeviceChoices): void;
}

/** Before joining: see yourself, hear your microphone move, pick devices, choose to start muted or camera off. */
export function DeviceCheck({ joinLabel, busy = false, blocked, error, onJoin }: DeviceCheckProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<DeviceChoices>(storedChoices);
  const preview = useDevicePreview(choices);
  const video = useRef<HTMLVideoElement>(null);
  const hasVideo = Boolean(preview.stream?.getVideoTracks().length);

  useEffect(() => {
    if (video.current) video.current.srcObject = hasVideo ? preview.stream : null;
  }, [preview.stream, hasVideo]);

  const update = (patch: Partial<DeviceChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const join = () => {
    storeChoices(choices);
    // Devices the browser could not open are left off, so the call does not fail on them again.
    const usable = preview.problem ? { ...choices, cameraOn: false, micOn: false } : choices;
    onJoin(usable);
  };

  return (
    <section className="device-check card" data-testid="device-check" aria-labelledby="device-check-title">
      <h2 id="device-check-title">{t('video.check.title')}</h2>
      <div className="device-check__preview">
        <video ref={video} className="device-check__video" autoPlay muted playsInline hidden={!hasVideo} />
        {!hasVideo && <p className="device-check__off">{t('video.check.cameraOff')}</p>}
      </div>
      {preview.problem && (
        <p className="notice notice--error" role="alert" data-testid="device-problem">
          {t(`video.check.problem.${preview.problem}`)}
        </p>
      )}
      <div className="device-check__controls">
        <label className="device-check__toggle">
          <input
            type="checkbox"
            checked={choices.cameraOn}
            onChange={(e) => update({ cameraOn: e.target.checked })}
          />
          {t('video.check.camera')}
        </label>
        {preview.cameras.length > 0 && (
          <select
            aria-label={t('video.check.chooseCamera')}
            value={choices.cameraId ?? preview.cameras[0].deviceId}
            onChange={(e) => update({ cameraId: e.target.value })}
            disabled={!choices.cameraOn}
          >
            {preview.cameras.map((d, i) => (
              <option key={d.deviceId} value={d.deviceId}>
                {d.label || t('video.check.cameraN', { n: i + 1 })}
              </option>
            ))}
          </select>
        )}
        <label className="device-check__toggle">
          <input
            type="checkbox"
            checked={choices.micOn}
            onChange={(e) => update({ micOn: e.target.checked })}
          />
          {t('video.check.mic')}
        </label>
        {preview.mics.length > 0 && (
          <select
            aria-label={t('video.check.chooseMic')}
            value={choices.micId ?? preview.mics[0].deviceId}
            onChange={(e) => update({ micId: e.target.value })}
            disabled={!choices.micOn}
          >
            {preview.mics.map((d, i) => (
              <option key={d.deviceId} value={d.deviceId}>
                {d.label || t('video.check.micN', { n: i + 1 })}
              </option>
            ))}
          </select>
        )}
        {choices.micOn && <MicLevel stream={preview.stream} />}
      </div>
      {blocked && (
        <p className="muted" data-testid="join-blocked">
          {blocked}
        </p>
      )}
      {error}
      <button
        type="button"
        className="button button--primary button--wide"
        disabled={busy || Boolean(blocked)}
        onClick={join}
        data-testid="join-call"
      >
        {busy ? t('video.check.joining') : joinLabel}
      </button>
    </section>
  );
}
