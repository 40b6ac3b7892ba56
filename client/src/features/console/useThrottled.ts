import { useEffect, useState } from 'react';

/** `value`, but changing at most once per `ms` (the last change is applied when the window ends). */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const [since, setSince] = useState(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, since + ms - Date.now());
    const timer = setTimeout(() => {
      setShown(value);
      setSince(Date.now());
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, since, ms]);
  return shown;
}
