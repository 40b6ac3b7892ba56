import { useEffect, useState } from 'react';

/** What the person chose before joining; the call starts with these devices. */
export interface DeviceChoices {
  cameraOn: boolean;
  micOn: boolean;
  cameraId?: string;
  micId?: string;
}

export type PreviewProblem = 'denied' | 'missing' | 'busy' | 'unsupported';

export interface DevicePreview {
  stream: MediaStream | null;
  cameras: MediaDeviceInfo[];
  mics: MediaDeviceInfo[];
  problem: PreviewProblem | null;
}

const STORAGE_KEY = 'pameran.devices';

export function storedChoices(): DeviceChoices {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<DeviceChoices>;
    return {
      cameraOn: raw.cameraOn !== false,
      micOn: raw.micOn !== false,
      cameraId: typeof raw.cameraId === 'string' ? raw.cameraId : undefined,
      micId: typeof raw.micId === 'string' ? raw.micId : undefined,
    };
  } catch {
    return { cameraOn: true, micOn: true };
  }
}

export function storeChoices(choices: DeviceChoices): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    // not remembered on this device; the choice still holds for this call
  }
}

function problemOf(error: unknown): PreviewProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'unsupported';
}

const exact = (id: string | undefined) => (id ? { deviceId: { exact: id } } : {});

/**
 * A local preview of the chosen camera and microphone (plain getUserMedia, so the device check does not
 * wait for the LiveKit chunk), with the lists of devices once permission is given. Tracks stop on change
 * and on unmount, so the camera light goes off when the call takes over.
 */
export function useDevicePreview(choices: DeviceChoices): DevicePreview {
  const { cameraOn, micOn, cameraId, micId } = choices;
  const [preview, setPreview] = useState<DevicePreview>({
    stream: null,
    cameras: [],
    mics: [],
    problem: null,
  });

  useEffect(() => {
    const media = globalThis.navigator?.mediaDevices;
    let cancelled = false;
    let stream: MediaStream | null = null;
    /** Refresh the device lists; `problem` undefined keeps the last one (a device was plugged in). */
    const listDevices = async (problem?: PreviewProblem | null) => {
      const all = media ? await media.enumerateDevices().catch(() => []) : [];
      if (cancelled) return;
      setPreview((p) => ({
        stream,
        cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
        mics: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
        problem: problem === undefined ? p.problem : problem,
      }));
    };
    if (!media?.getUserMedia) {
      queueMicrotask(() => !cancelled && setPreview((p) => ({ ...p, stream: null, problem: 'unsupported' })));
      return () => {
        cancelled = true;
      };
    }
    if (!cameraOn && !micOn) {
      void listDevices(null);
    } else {
      media
        .getUserMedia({
          video: cameraOn ? { ...exact(cameraId), width: { ideal: 640 }, height: { ideal: 360 } } : false,
          audio: micOn ? { ...exact(micId) } : false,
        })
        .then(
          (s) => {
            if (cancelled) return s.getTracks().forEach((t) => t.stop());
            stream = s;
            void listDevices(null);
          },
          (error: unknown) => void listDevices(problemOf(error)),
        );
    }
    const onChange = () => void listDevices();
    media.addEventListener?.('devicechange', onChange);
    return () => {
      cancelled = true;
      media.removeEventListener?.('devicechange', onChange);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [cameraOn, micOn, cameraId, micId]);

  return preview;
}
