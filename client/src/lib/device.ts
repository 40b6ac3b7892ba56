const DEVICE_KEY = 'pameran.device';

/**
 * This browser's signed device id from the server's guest entry. Kept apart from the session: signing
 * out or entering as another guest keeps it, so an organiser's ban holds the device, not only the account.
 */
export function deviceToken(): string | undefined {
  try {
    return localStorage.getItem(DEVICE_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked
  }
}

export function keepDeviceToken(token: string | undefined): void {
  if (!token) return;
  try {
    localStorage.setItem(DEVICE_KEY, token);
  } catch {
    // storage blocked: the server issues a new id on the next guest entry
  }
}
