import {
  User,
  type AuthResponse,
  type RegisterRequest,
  type UpdateMeRequest,
  type UpgradeRequest,
} from '@pameran/contracts';
import { z } from 'zod';
import { create } from 'zustand';
import { currentLanguage, followAccountLanguage } from '../i18n';
import { api, type Tokens } from '../lib/api';
import { deviceToken, keepDeviceToken } from '../lib/device';
import { authApi, meApi } from '../lib/endpoints';
import { browserTimeZone } from '../lib/format';

const STORAGE_KEY = 'pameran.session';

const Persisted = z.object({ user: User, accessToken: z.string(), refreshToken: z.string() });
type Persisted = z.infer<typeof Persisted>;

interface SessionState {
  user: User | null;
  accessToken: string | null;
  refreshToken: string | null;
  actions: {
    enterAsGuest(displayName: string): Promise<User>;
    login(email: string, password: string): Promise<User>;
    register(body: RegisterRequest): Promise<User>;
    upgrade(body: UpgradeRequest): Promise<User>;
    /** Fresh access token now; false when the session has ended. */
    refresh(): Promise<boolean>;
    reloadUser(): Promise<User>;
    updateMe(patch: UpdateMeRequest): Promise<User>;
    /** Delete the account and everything held about it, then forget the session. */
    deleteAccount(): Promise<void>;
    logout(): Promise<void>;
    /** End every session of this account, on every device, then forget this one. */
    signOutEverywhere(): Promise<void>;
  };
}

const signedOut = { user: null, accessToken: null, refreshToken: null };

function readStorage(): Persisted | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = Persisted.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeStorage(data: Persisted | null): void {
  try {
    if (data) localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the session lives for this tab only
  }
}

/** Who is using the app, with their tokens; persisted on this device and shared by its tabs. */
export const useSession = create<SessionState>()((set, get) => {
  const start = (auth: AuthResponse): User => {
    keepDeviceToken(auth.device);
    followAccountLanguage(auth.user.locale);
    set({ user: auth.user, accessToken: auth.accessToken, refreshToken: auth.refreshToken });
    return auth.user;
  };
  const setUser = (user: User): User => {
    set({ user });
    return user;
  };
  const defaults = () => ({ locale: currentLanguage(), timeZone: browserTimeZone() });

  return {
    ...signedOut,
    ...readStorage(),
    actions: {
      enterAsGuest: async (displayName) =>
        start(await authApi.guest({ displayName, locale: currentLanguage(), device: deviceToken() })),
      login: async (email, password) => start(await authApi.login({ email, password })),
      register: async (body) => start(await authApi.register({ ...defaults(), ...body })),
      upgrade: async (body) => start(await authApi.upgrade({ ...defaults(), ...body })),
      refresh: () => api.refresh(),
      reloadUser: async () => {
        const user = setUser(await meApi.get());
        followAccountLanguage(user.locale);
        return user;
      },
      updateMe: async (patch) => setUser(await meApi.update(patch)),
      deleteAccount: async () => {
        await meApi.delete();
        set(signedOut);
      },
      logout: async () => {
        const { refreshToken } = get();
        set(signedOut);
        if (refreshToken) await authApi.logout(refreshToken).catch(() => undefined);
      },
      signOutEverywhere: async () => {
        await authApi.signOutEverywhere();
        set(signedOut);
      },
    },
  };
});

// A session kept from before the account's language was followed: follow it now (once; then it is stored).
const kept = useSession.getState().user;
if (kept) followAccountLanguage(kept.locale);

useSession.subscribe((s) => {
  writeStorage(
    s.user && s.accessToken && s.refreshToken
      ? { user: s.user, accessToken: s.accessToken, refreshToken: s.refreshToken }
      : null,
  );
});

// Another tab signed in, refreshed or signed out: follow it.
globalThis.addEventListener?.('storage', (e) => {
  if (e.key !== STORAGE_KEY && e.key !== null) return;
  useSession.setState({ ...signedOut, ...readStorage() });
});

/** Tokens for the API client: storage is the truth shared across tabs, memory when storage is blocked. */
function currentTokens(): Tokens | null {
  const stored = readStorage();
  if (stored) return stored;
  const { accessToken, refreshToken } = useSession.getState();
  return accessToken && refreshToken ? { accessToken, refreshToken } : null;
}

api.setTokenStore({
  get: currentTokens,
  save: (auth) =>
    useSession.setState({ user: auth.user, accessToken: auth.accessToken, refreshToken: auth.refreshToken }),
  clear: () => useSession.setState(signedOut),
});

export const useSessionActions = () => useSession((s) => s.actions);
export const useUser = () => useSession((s) => s.user);
/** The zone to show times in: the account's choice, else the browser's. */
export const useViewerZone = () => useSession((s) => s.user?.timeZone) ?? browserTimeZone();
export const getAccessToken = () => currentTokens()?.accessToken ?? null;
