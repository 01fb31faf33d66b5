// Calls to the network's API through the gateway: JSON in and out, the signed-in user's token
// when there is one, and a failure as one readable sentence from the problem detail (RFC 9457),
// never the raw JSON.
import { acceptLanguage } from './i18n.js';
import { accessToken } from './session.js';

/**
 * @returns {Promise<{ok: boolean, status: number, body: any, etag: string|null,
 *   message: string|null, errors: Array<{field: string, message: string}>}>}
 */
export async function api(path, { method = 'GET', body, text, contentType, headers = {} } = {}) {
  const request = {
    method,
    headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage(), ...headers },
  };
  const token = await accessToken();
  if (token) {
    request.headers.Authorization = 'Bearer ' + token;
  }
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  } else if (text !== undefined) {
    request.headers['Content-Type'] = contentType; // e.g. a CSV file as it is
    request.body = text;
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (e) {
    return failure(0, e.message);
  }
  const type = response.headers.get('Content-Type') || '';
  let content = null;
  if (type.includes('json')) {
    try {
      content = await response.json();
    } catch (e) {
      content = null;
    }
  }
  if (response.ok) {
    return {
      ok: true,
      status: response.status,
      body: content,
      etag: response.headers.get('ETag'),
      message: null,
      errors: [],
    };
  }
  const problem = content || {};
  const result = failure(
    response.status,
    problem.detail || problem.title || response.statusText || String(response.status)
  );
  result.body = content;
  result.errors = Array.isArray(problem.errors) ? problem.errors : [];
  return result;
}

function failure(status, message) {
  return { ok: false, status, body: null, etag: null, message, errors: [] };
}

/** An idempotency key for a write the visitor may retry (a double click reserves once). */
export function idempotencyKey() {
  return crypto.randomUUID();
}
