/** A REST answer as the tests read it: the body parsed as JSON when there is one. */
export interface ApiAnswer {
  status: number;
  /** The content-type header ('' without one). */
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export interface ApiInit {
  /** Defaults to POST when there is a body, GET otherwise. */
  method?: string;
  /** Sent as JSON unless it is a string already. */
  body?: unknown;
  /** Bearer token ('' or none: no authorization header, unless `headers` has one). */
  token?: string;
  /** Sent last: an `authorization` here wins over `token`. */
  headers?: Record<string, string>;
}

/** Calls `url` with a JSON body and the bearer token given. */
export async function callApi(url: string, init: ApiInit = {}): Promise<ApiAnswer> {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
    headers: res.headers,
  };
}
