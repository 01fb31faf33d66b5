// Signing in with the realm's public client (gazetteer-web): the authorization code flow with
// PKCE (S256), state and nonce checked, the code exchanged once. Tokens live in this page's memory
// only; a reload signs in again silently (prompt=none) through the realm's own session when this
// tab was signed in. sessionStorage holds only that flag and, for the length of one redirect, the
// flow's verifier, state and nonce — never a token.
import { acceptLanguage } from './i18n.js';

const FLOW_KEY = 'gazetteer.signIn';
const SIGNED_IN_KEY = 'gazetteer.signedIn';
const EARLY_SECONDS = 30; // refresh this long before the access token expires

let config = null;
let tokens = null; // { access, refresh, id, expiresAt }
let refreshing = null;

async function settings() {
  if (config === null) {
    const response = await fetch('/web/config.json', { headers: { Accept: 'application/json' } });
    config = await response.json();
  }
  return config;
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function claimsOf(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function redirectUri() {
  return window.location.origin + window.location.pathname;
}

/** Goes to the realm's login page (or, silently, asks it whether this browser is signed in). */
export async function signIn({ silent = false } = {}) {
  const realm = await settings();
  const verifier = random();
  const challenge = base64url(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  );
  const flow = {
    verifier,
    state: random(),
    nonce: random(),
    returnTo: window.location.pathname + window.location.search + window.location.hash,
  };
  sessionStorage.setItem(FLOW_KEY, JSON.stringify(flow));
  const query = new URLSearchParams({
    client_id: realm.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ui_locales: acceptLanguage(), // the login page in the page's language
  });
  if (silent) {
    query.set('prompt', 'none');
  }
  window.location.assign(realm.authorizationUrl + '?' + query);
  return new Promise(() => {}); // the page is leaving
}

async function tokenRequest(form) {
  const realm = await settings();
  const response = await fetch(realm.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: realm.clientId, ...form }),
  });
  if (!response.ok) {
    throw new Error('token request answered ' + response.status);
  }
  const body = await response.json();
  return {
    access: body.access_token,
    refresh: body.refresh_token || null,
    id: body.id_token || (tokens && tokens.id) || null,
    expiresAt: Date.now() + (body.expires_in - EARLY_SECONDS) * 1000,
  };
}

async function finish(params) {
  const flow = JSON.parse(sessionStorage.getItem(FLOW_KEY) || 'null');
  sessionStorage.removeItem(FLOW_KEY);
  const back = flow ? flow.returnTo : window.location.pathname;
  window.history.replaceState(null, '', back); // the code leaves the address bar either way
  if (!flow || params.get('state') !== flow.state) {
    return null; // not the flow this tab started: ignore it
  }
  if (params.has('error')) {
    sessionStorage.removeItem(SIGNED_IN_KEY); // e.g. login_required after a silent attempt
    return null;
  }
  const received = await tokenRequest({
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: redirectUri(),
    code_verifier: flow.verifier,
  });
  if (!received.id || claimsOf(received.id).nonce !== flow.nonce) {
    return null; // an ID token not made for this sign-in
  }
  tokens = received;
  sessionStorage.setItem(SIGNED_IN_KEY, 'true');
  return user();
}

/**
 * At page load: completes a sign-in that returns to this page, or signs in silently when the tab
 * was signed in before the reload. Resolves to the user, or null when nobody is signed in.
 */
export async function restore() {
  const params = new URLSearchParams(window.location.search);
  if (params.has('state') && (params.has('code') || params.has('error'))) {
    try {
      return await finish(params);
    } catch (e) {
      sessionStorage.removeItem(SIGNED_IN_KEY);
      return null;
    }
  }
  if (sessionStorage.getItem(SIGNED_IN_KEY)) {
    return signIn({ silent: true });
  }
  return null;
}

/** The signed-in user as the access token names them: for showing what their roles allow. */
export function user() {
  if (!tokens) {
    return null;
  }
  const claims = claimsOf(tokens.access);
  const roles = (claims.realm_access && claims.realm_access.roles) || [];
  return {
    username: claims.preferred_username,
    institution: claims.institution || null,
    roles,
    has: (role) => roles.includes(role),
  };
}

/** A valid access token for the API, refreshed when it is about to expire; null when signed out. */
export async function accessToken() {
  if (!tokens) {
    return null;
  }
  if (Date.now() < tokens.expiresAt) {
    return tokens.access;
  }
  if (!tokens.refresh) {
    return null;
  }
  refreshing =
    refreshing ||
    tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh })
      .then((received) => {
        tokens = received;
      })
      .catch(() => {
        tokens = null;
        sessionStorage.removeItem(SIGNED_IN_KEY);
      })
      .finally(() => {
        refreshing = null;
      });
  await refreshing;
  return tokens ? tokens.access : null;
}

/** Ends the realm's session too, then comes back to the portal. */
export async function signOut() {
  const realm = await settings();
  const hint = tokens && tokens.id;
  tokens = null;
  sessionStorage.removeItem(SIGNED_IN_KEY);
  const query = new URLSearchParams({
    client_id: realm.clientId,
    post_logout_redirect_uri: window.location.origin + '/',
  });
  if (hint) {
    query.set('id_token_hint', hint);
  }
  window.location.assign(realm.logoutUrl + '?' + query);
}

/** The map's tile server, from the same settings. */
export async function tiles() {
  return (await settings()).tiles;
}
