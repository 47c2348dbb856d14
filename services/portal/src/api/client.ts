import type { Problem, Session } from './types';

/** An HTTP failure, carrying the server's problem details (or a synthesised one). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** JSON, or FormData sent as multipart/form-data (the browser sets the boundary). */
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Send the access token and refresh it once on a 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  /** Longer than the client's default for slow work (e.g. an Excel import). */
  timeoutMs?: number;
}

/** A file fetched with the bearer token (a plain link cannot send it). */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition (RFC 6266 / 5987 filename*), else null. */
  fileName: string | null;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called with every new session (login, refresh): the current user may have changed. */
  onSession?: (session: Session) => void;
  /** Called when the session cannot be renewed (refresh refused): the user must log in again. */
  onSessionEnded?: () => void;
  /** Serialises refreshes across browser tabs (a refresh token is spent on use). */
  lock?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  timeoutMs?: number;
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  del<T = void>(path: string): Promise<T>;
  /** POST multipart/form-data. */
  upload<T>(path: string, form: FormData, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  download(
    path: string,
    query?: Record<string, QueryValue>,
    options?: Pick<RequestOptions, 'timeoutMs'>,
  ): Promise<DownloadedFile>;
  /**
   * fetch() with the session: sends `request` with the access token, renews it once on a 401 and
   * sends it again. The typed client (typed-client.ts) goes through it.
   */
  fetch(request: Request): Promise<Response>;
  login(username: string, password: string): Promise<Session>;
  /** Renews the access token from the HttpOnly refresh cookie; null when there is no valid session. */
  refresh(): Promise<Session | null>;
  logout(): Promise<void>;
  hasAccessToken(): boolean;
  /** The in-memory access token (for the live WebSocket, which cannot send headers); null when none. */
  accessToken(): string | null;
}

/** Web Locks when the browser has them (secure contexts), else no cross-tab lock. */
export function browserLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, run) as Promise<T>) : run();
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The file name of a Content-Disposition header; `filename*` (UTF-8, RFC 5987) wins over `filename`. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || null;
}

function syntheticProblem(status: number, code: string, detail: string): Problem {
  return { type: 'about:blank', title: code, status, detail, code };
}

/** The ApiError of a failed answer: its problem details, or a synthesised one. */
export async function toApiError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return new ApiError(res.status, {
        type: body.type ?? 'about:blank',
        title: body.title ?? res.statusText,
        status: body.status ?? res.status,
        detail: body.detail ?? '',
        code: body.code ?? `HTTP_${res.status}`,
        ...body,
      } as Problem);
    } catch {
      // fall through to the synthetic problem
    }
  }
  return new ApiError(res.status, syntheticProblem(res.status, `HTTP_${res.status}`, res.statusText));
}

/**
 * The portal's one HTTP client. The access token lives only in memory; the refresh token is the
 * HttpOnly `crm_refresh` cookie (same origin), so a reload renews the session with POST /auth/refresh.
 * A 401 triggers one refresh (shared by concurrent callers) and one retry.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const lock = options.lock ?? (<T>(_name: string, run: () => Promise<T>) => run());
  const timeoutMs = options.timeoutMs ?? 30_000;
  let accessToken: string | null = null;
  let refreshing: Promise<Session | null> | null = null;

  /** One fetch with a timeout; a network failure or a timeout as an ApiError with status 0. */
  async function fetchWithin(
    input: RequestInfo | URL,
    init: RequestInit,
    opts: Pick<RequestOptions, 'signal' | 'timeoutMs'>,
  ) {
    const signals = [AbortSignal.timeout(opts.timeoutMs ?? timeoutMs), ...(opts.signal ? [opts.signal] : [])];
    try {
      return await doFetch(input, {
        ...init,
        credentials: 'same-origin',
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
      });
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ApiError(
        0,
        syntheticProblem(0, timedOut ? 'TIMEOUT' : 'NETWORK', error instanceof Error ? error.message : ''),
      );
    }
  }

  function send(method: string, path: string, opts: RequestOptions, token: string | null) {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const form = typeof FormData !== 'undefined' && opts.body instanceof FormData;
    if (opts.body !== undefined && !form) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return fetchWithin(
      `${baseUrl}${path}${buildQuery(opts.query)}`,
      {
        method,
        headers,
        body:
          opts.body === undefined ? undefined : form ? (opts.body as FormData) : JSON.stringify(opts.body),
      },
      opts,
    );
  }

  /** A Request as it is (the typed client built it), with the token; a copy each time, for a retry. */
  function sendRequest(request: Request, token: string | null) {
    const headers = new Headers(request.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json');
    if (token) headers.set('authorization', `Bearer ${token}`);
    else headers.delete('authorization');
    return fetchWithin(new Request(request.clone(), { headers }), {}, { signal: request.signal });
  }

  async function parse<T>(res: Response): Promise<T> {
    if (!res.ok) throw await toApiError(res);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  function adopt(session: Session): Session {
    accessToken = session.accessToken;
    options.onSession?.(session);
    return session;
  }

  function refresh(): Promise<Session | null> {
    refreshing ??= lock('crm-session-refresh', async () => {
      const res = await send('POST', '/auth/refresh', { body: {} }, null);
      if (res.status === 401 || res.status === 400 || res.status === 403) {
        accessToken = null;
        return null;
      }
      return adopt(await parse<Session>(res));
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** Sends with the access token; on a 401, renews it once and sends again. */
  async function authorized(attempt: (token: string | null) => Promise<Response>, auth: boolean) {
    const used = auth ? accessToken : null;
    const res = await attempt(used);
    if (res.status !== 401 || !auth) return res;
    // Another caller may have renewed the token meanwhile; else renew it once.
    const renewed = accessToken && accessToken !== used ? accessToken : (await refresh())?.accessToken;
    if (!renewed) {
      options.onSessionEnded?.();
      return res;
    }
    // With a fresh token a second 401 is this request's own answer (e.g. a wrong current password).
    return attempt(renewed);
  }

  function exchange(method: string, path: string, opts: RequestOptions): Promise<Response> {
    return authorized((token) => send(method, path, opts, token), opts.auth ?? true);
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    return parse<T>(await exchange(method, path, opts));
  }

  return {
    request,
    get: (path, query) => request('GET', path, { query }),
    post: (path, body) => request('POST', path, { body: body ?? {} }),
    patch: (path, body) => request('PATCH', path, { body }),
    del: (path) => request('DELETE', path),
    upload: (path, form, opts) => request('POST', path, { ...opts, body: form }),
    async download(path, query, opts) {
      const res = await exchange('GET', path, { ...opts, query });
      if (!res.ok) throw await toApiError(res);
      return {
        blob: await res.blob(),
        fileName: fileNameFromDisposition(res.headers.get('content-disposition')),
      };
    },
    fetch: (request) => authorized((token) => sendRequest(request, token), true),
    async login(username, password) {
      const res = await send('POST', '/auth/login', { body: { username, password } }, null);
      return adopt(await parse<Session>(res));
    },
    refresh,
    async logout() {
      try {
        if (accessToken) await request('POST', '/auth/logout', { body: {} });
      } catch {
        // the session ends on this side whatever the server says
      } finally {
        accessToken = null;
      }
    },
    hasAccessToken: () => accessToken !== null,
    accessToken: () => accessToken,
  };
}
