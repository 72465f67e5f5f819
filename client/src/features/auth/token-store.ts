/** What `signIn` returns that the client keeps between page loads. */
export type Session = { token: string; expiresAt: string };

/** Why the last session ended: the sign-in page explains an expiry, not a sign-out. */
export type SessionEnd = 'signed-out' | 'expired';

export type TokenStore = {
  /** The stored token, or null when there is none or it has expired. Stable between changes. */
  token: () => string | null;
  set: (session: Session) => void;
  clear: (reason: SessionEnd) => void;
  /** The reason the last session ended in this page's lifetime; null after a new sign-in. */
  lastEnd: () => SessionEnd | null;
  subscribe: (listener: () => void) => () => void;
};

export const SESSION_STORAGE_KEY = 'concord.session';

/**
 * Keeps the bearer token in `storage` (localStorage in the app) so a reload stays signed in.
 * The Apollo links read it per request, and React reads it through `useSyncExternalStore`,
 * so `token()` returns the same string until the session changes. Another tab signing in
 * or out is picked up through the `storage` event.
 */
export function createTokenStore(storage: Storage, now: () => number = Date.now): TokenStore {
  const listeners = new Set<() => void>();
  let current = read();
  let ended: SessionEnd | null = null;

  function read(): Session | null {
    const raw = safely(() => storage.getItem(SESSION_STORAGE_KEY));
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<Session>;
      if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string') return null;
      return { token: parsed.token, expiresAt: parsed.expiresAt };
    } catch {
      return null;
    }
  }

  function isLive(session: Session | null): session is Session {
    if (!session) return false;
    const expiry = Date.parse(session.expiresAt);
    return Number.isNaN(expiry) || expiry > now();
  }

  function update(next: Session | null) {
    if (next?.token === current?.token) return;
    current = next;
    for (const listener of [...listeners]) listener();
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
      const next = read();
      if (!next && current) ended = 'signed-out';
      update(next);
    });
  }

  return {
    token: () => {
      if (current && !isLive(current)) {
        // Dropped here rather than on a timer: the next read after expiry signs out.
        safely(() => storage.removeItem(SESSION_STORAGE_KEY));
        ended = 'expired';
        current = null;
        queueMicrotask(() => listeners.forEach((listener) => listener()));
      }
      return current?.token ?? null;
    },
    set: (session) => {
      safely(() => storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session)));
      ended = null;
      update(session);
    },
    clear: (reason) => {
      safely(() => storage.removeItem(SESSION_STORAGE_KEY));
      if (current) ended = reason;
      update(null);
    },
    lastEnd: () => ended,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Storage throws in some private modes and when full; the app still works for this page. */
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
