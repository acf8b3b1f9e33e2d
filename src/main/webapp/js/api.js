// The one way the pages talk to the JSON API: same-origin cookies, CSRF header, problem+json errors.

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';

/** An API answer that was not 2xx; `problem` is the application/problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.status = status;
    this.problem = { status, errors: [], ...problem };
  }
}

/** Builds `?a=1&b=2` from an object, leaving out empty values; arrays repeat the name. */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') search.append(name, String(v));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls /api + path and answers the parsed JSON (null for 204). Throws ApiError for non-2xx;
 * on 401 sends the person to sign in and comes back here afterwards. The body is sent as JSON,
 * or as it is (a file, pasted text) when its contentType is given.
 */
export async function api(path, { method = 'GET', body, query, contentType, headers: extra = {} } = {}) {
  // X-Requested-With on every call tells the server this is a page script, not a person's browser
  // asking for Basic credentials.
  const headers = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  Object.assign(headers, extra);
  let response;
  try {
    response = await fetch(`/api${path}${queryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || contentType ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: 'The tracker could not be reached. Check your connection and try again.' });
  }
  if (response.status === 401) {
    const next = location.pathname + location.search;
    location.assign(`/signin?next=${encodeURIComponent(next)}`);
    throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again to continue.' });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = { title: 'Unexpected answer', detail: text.slice(0, 200) };
    }
  }
  if (!response.ok) throw new ApiError(response.status, data ?? { title: response.statusText });
  return data;
}

export const get = (path, query) => api(path, { query });
export const post = (path, body) => api(path, { method: 'POST', body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = (path) => api(path, { method: 'DELETE' });

/** POSTs a file (or text) as it is, named in X-File-Name when a name is given. */
export const upload = (path, body, contentType, fileName) => api(path, {
  method: 'POST',
  body,
  contentType,
  headers: fileName ? { 'X-File-Name': encodeURIComponent(fileName) } : {},
});

let mePromise;
/** The signed-in account, fetched once per page. */
export const me = () => (mePromise ??= get('/me'));
