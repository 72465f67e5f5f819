import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionEnd, TokenStore } from './token-store';

export type Auth = {
  /** The current bearer token; null when signed out. */
  token: string | null;
  /** Why the previous session ended, for the sign-in page to explain. */
  lastEnd: SessionEnd | null;
  startSession: (session: Session) => void;
  signOut: () => void;
};

const AuthContext = createContext<Auth | null>(null);

/** Exposes the token store to React; the store stays the one source of truth for the links too. */
export function AuthProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const token = useSyncExternalStore(tokens.subscribe, tokens.token, () => null);
  const startSession = useCallback((session: Session) => tokens.set(session), [tokens]);
  const signOut = useCallback(() => tokens.clear('signed-out'), [tokens]);
  // lastEnd changes exactly when the token does, so the token is the memo's key.
  const value = useMemo<Auth>(
    () => ({ token, lastEnd: tokens.lastEnd(), startSession, signOut }),
    [token, tokens, startSession, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthProvider> above it.');
  return auth;
}
