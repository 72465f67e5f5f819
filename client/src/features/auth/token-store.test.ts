import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenStore, SESSION_STORAGE_KEY } from './token-store';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const session = (token: string, expiresAt = '2026-11-22T22:00:00Z') => ({ token, expiresAt });

describe('createTokenStore', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts empty, keeps a session, and reads it back after a reload', () => {
    const store = createTokenStore(window.localStorage, () => NOW);
    expect(store.token()).toBeNull();

    store.set(session('abc'));
    expect(store.token()).toBe('abc');

    const reloaded = createTokenStore(window.localStorage, () => NOW);
    expect(reloaded.token()).toBe('abc');
  });

  it('notifies subscribers on change only, and stops after unsubscribing', () => {
    const store = createTokenStore(window.localStorage, () => NOW);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.set(session('abc'));
    store.set(session('abc'));
    expect(listener).toHaveBeenCalledTimes(1);

    store.clear('signed-out');
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    store.set(session('def'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('records why a session ended, and forgets it at the next sign-in', () => {
    const store = createTokenStore(window.localStorage, () => NOW);
    store.clear('expired');
    expect(store.lastEnd()).toBeNull(); // nothing was signed in, nothing ended

    store.set(session('abc'));
    store.clear('expired');
    expect(store.lastEnd()).toBe('expired');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    store.set(session('def'));
    expect(store.lastEnd()).toBeNull();
  });

  it('drops an expired token when it is read', async () => {
    let now = NOW;
    const store = createTokenStore(window.localStorage, () => now);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(session('abc', '2026-11-22T10:30:00Z'));
    listener.mockClear();

    now = Date.parse('2026-11-22T10:31:00Z');
    expect(store.token()).toBeNull();
    expect(store.lastEnd()).toBe('expired');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores a corrupt stored value', () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(createTokenStore(window.localStorage, () => NOW).token()).toBeNull();
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 42 }));
    expect(createTokenStore(window.localStorage, () => NOW).token()).toBeNull();
  });

  it('keeps the session in memory when storage refuses to write', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = createTokenStore(refusing, () => NOW);
    store.set(session('abc'));
    expect(store.token()).toBe('abc');
  });

  it('follows another tab signing out', () => {
    const store = createTokenStore(window.localStorage, () => NOW);
    store.set(session('abc'));
    window.localStorage.removeItem(SESSION_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_STORAGE_KEY, newValue: null }));
    expect(store.token()).toBeNull();
    expect(store.lastEnd()).toBe('signed-out');
  });
});
