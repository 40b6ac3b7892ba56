import { useCallback, useEffect, useRef, useState } from 'react';
import { qrDetector } from './qrDetector';

export type CameraState = 'off' | 'starting' | 'scanning' | 'unavailable';

/** How often a frame is looked at: enough to feel instant, light enough for a cheap phone. */
const FRAME_MS = 250;

/**
 * The phone's back camera into `videoRef`, read for QR codes a few times a second until one is found
 * (`onCode`), then stopped. No camera, a refused permission or a decoder that will not load all end in
 * 'unavailable', where the page offers typing the code.
 */
export function useQrCamera(onCode: (code: string) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('off');
  const stopRef = useRef<() => void>(() => undefined);

  const stop = useCallback(() => {
    stopRef.current();
    stopRef.current = () => undefined;
    setState((s) => (s === 'unavailable' ? s : 'off'));
  }, []);

  const start = useCallback(async () => {
    stopRef.current();
    setState('starting');
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    stopRef.current = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
      const [detector, media] = await Promise.all([
        qrDetector(),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
      ]);
      stream = media;
      const video = videoRef.current;
      if (stopped || !video) return stopRef.current();
      video.srcObject = stream;
      await video.play();
      setState('scanning');
      const look = async () => {
        if (stopped) return;
        const found = video.readyState >= 2 ? await detector.detect(video).catch(() => []) : [];
        if (stopped) return;
        if (found[0]?.rawValue) {
          stopRef.current();
          setState('off');
          onCode(found[0].rawValue);
        } else timer = setTimeout(() => void look(), FRAME_MS);
      };
      void look();
    } catch {
      stopRef.current();
      if (!stopped || !stream) setState('unavailable');
    }
  }, [onCode]);

  useEffect(() => () => stopRef.current(), []);
  return { videoRef, state, start, stop };
}
