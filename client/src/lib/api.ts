import { AuthResponse, ErrorBody, type RefreshRequest } from '@pameran/contracts';
import type { z } from 'zod';

/** Where an error came from: the server said no, the network failed, or the answer broke the contract. */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

/** Every failed call becomes one of these, carrying the server's error body (and its per-field errors). */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly code?: string;
  readonly fields: { path: string; message: string }[];

  constructor(
    body: ErrorBody,
    readonly kind: ApiErrorKind = 'http',
  ) {
    super(body.message || body.error);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.code = body.code;
    this.fields = body.fields ?? [];
  }

  static network(cause: unknown): ApiError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new ApiError({ statusCode: 0, error: 'Network Error', message }, 'network');
  }

  /** Per-field messages keyed by path ("email", "buyerProfile.country"), first message wins. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.path] ??= f.message;
    return out;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the client reads and keeps tokens; the session store provides the real one. */
export interface TokenStore {
  get(): Tokens | null;
  save(auth: AuthResponse): void;
  /** The refresh token was refused: the session is over. */
  clear(): void;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  tokens?: TokenStore;
  /** Sent as Accept-Language, so server-made texts (WhatsApp messages) match the UI. */
  language?: () => string;
}

const noTokens: TokenStore = { get: () => null, save: () => {}, clear: () => {} };

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function errorFrom(res: Response): Promise<ApiError> {
  const json: unknown = await res.json().catch(() => null);
  const parsed = ErrorBody.safeParse(json);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({ statusCode: res.status, error: res.statusText || 'Error', message: res.statusText });
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '/api';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let tokens = options.tokens ?? noTokens;
  let refreshing: Promise<boolean> | null = null;

  async function fetchOnce(method: string, path: string, opts: RequestOptions, token?: string) {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    const lang = options.language?.();
    if (lang) headers['Accept-Language'] = lang;
    try {
      return await doFetch(`${baseUrl}${path}${queryString(opts.query)}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      throw ApiError.network(e);
    }
  }

  async function exchangeRefreshToken(): Promise<boolean> {
    const current = tokens.get();
    if (!current) return false;
    const body: RefreshRequest = { refreshToken: current.refreshToken };
    let res: Response;
    try {
      res = await fetchOnce('POST', '/auth/refresh', { body });
    } catch {
      return false; // offline: keep the tokens, a later call may refresh
    }
    if (!res.ok) {
      if (res.status === 400 || res.status === 401) tokens.clear();
      return false;
    }
    const parsed = AuthResponse.safeParse(await res.json().catch(() => null));
    if (!parsed.success) return false;
    tokens.save(parsed.data);
    return true;
  }

  /**
   * Get a fresh access token after `staleToken` was refused. One refresh at a time, in this tab
   * and (with Web Locks) across tabs: the server rotates refresh tokens and treats a replay as theft.
   */
  function refreshAfter(staleToken: string | undefined): Promise<boolean> {
    const changed = () => {
      const now = tokens.get()?.accessToken;
      return now !== undefined && now !== staleToken;
    };
    if (changed()) return Promise.resolve(true);
    refreshing ??= (async () => {
      const locks = globalThis.navigator?.locks;
      const run = async () => (changed() ? true : exchangeRefreshToken());
      return locks ? locks.request('pameran.refresh', run) : run();
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** Send a request with the bearer token; on 401 refresh once and retry once. */
  async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const used = tokens.get()?.accessToken;
    const res = await fetchOnce(method, path, opts, used);
    if (res.status !== 401 || !used) return res;
    if (!(await refreshAfter(used))) return res;
    return fetchOnce(method, path, opts, tokens.get()?.accessToken);
  }

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    opts?: RequestOptions,
  ): Promise<z.output<S>> {
    const res = await send(method, path, opts);
    if (!res.ok) throw await errorFrom(res);
    const json: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const message = `${method} ${path}: response does not match the contract: ${parsed.error.message}`;
      console.error(message);
      throw new ApiError({ statusCode: res.status, error: 'Invalid Response', message }, 'invalid-response');
    }
    return parsed.data;
  }

  /** A request whose answer has no body (204) or is not read. */
  async function command(method: string, path: string, opts?: RequestOptions): Promise<void> {
    const res = await send(method, path, opts);
    if (!res.ok) throw await errorFrom(res);
  }

  return {
    get: <S extends z.ZodType>(path: string, schema: S, opts?: RequestOptions) =>
      request('GET', path, schema, opts),
    post: <S extends z.ZodType>(path: string, schema: S, body?: unknown, opts?: RequestOptions) =>
      request('POST', path, schema, { ...opts, body }),
    patch: <S extends z.ZodType>(path: string, schema: S, body?: unknown, opts?: RequestOptions) =>
      request('PATCH', path, schema, { ...opts, body }),
    put: <S extends z.ZodType>(path: string, schema: S, body?: unknown, opts?: RequestOptions) =>
      request('PUT', path, schema, { ...opts, body }),
    delete: <S extends z.ZodType>(path: string, schema: S, opts?: RequestOptions) =>
      request('DELETE', path, schema, opts),
    command,
    /** The raw response of an authenticated GET (downloads); throws ApiError when not ok. */
    async download(path: string, opts?: RequestOptions): Promise<Blob> {
      const res = await send('GET', path, opts);
      if (!res.ok) throw await errorFrom(res);
      return res.blob();
    },
    /** Refresh the access token now (e.g. the socket was refused); false when the session is over. */
    refresh: () => refreshAfter(tokens.get()?.accessToken),
    setTokenStore(store: TokenStore) {
      tokens = store;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client; the session store plugs its tokens in. */
export const api = createApiClient({
  language: () => globalThis.document?.documentElement.lang || 'id',
});
