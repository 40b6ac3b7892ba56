import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A bar that moves with the microphone's loudness, so people see the right microphone is picked up. */
export function MicLevel({ stream }: { stream: MediaStream | null }) {
  const { t } = useTranslation();
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const track = stream?.getAudioTracks()[0];
    const Ctx = globalThis.AudioContext;
    if (!track || !Ctx) return;
    const ctx = new Ctx();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    ctx.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const v of samples) peak = Math.max(peak, Math.abs(v - 128));
      // Written to the DOM directly: a state update per animation frame would re-render the page.
      if (bar.current) bar.current.style.transform = `scaleX(${Math.min(1, (peak / 128) * 2.5)})`;
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      void ctx.close();
    };
  }, [stream]);

  return (
    <span className="mic-level" role="img" aria-label={t('video.check.micLevel')}>
      <span ref={bar} className="mic-level__bar" />
    </span>
  );
}
