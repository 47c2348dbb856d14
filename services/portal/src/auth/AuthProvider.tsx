import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi, onSession, onSessionEnded } from '../api';
import type { ApiError } from '../api/client';
import type { Me } from '../api/types';
import { hasPermission } from './permissions';

export type AuthStatus = 'restoring' | 'anonymous' | 'authenticated';
export type EndReason = 'expired' | 'loggedOut' | null;

interface AuthValue {
  status: AuthStatus;
  me: Me | null;
  /** Why the last session ended, shown once on the login page. */
  endReason: EndReason;
  /** A failure while restoring the session (network), not a missing session. */
  restoreError: ApiError | null;
  can(permission: string): boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reloadMe(): Promise<Me>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<AuthStatus>('restoring');
  const [endReason, setEndReason] = useState<EndReason>(null);
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);

  useEffect(() => {
    const offSession = onSession((session) => {
      // Identity always answers a session with its user; without one there is nobody to show.
      if (!session.user) return;
      setMe(session.user);
      setStatus('authenticated');
    });
    const offEnded = onSessionEnded(() => {
      setMe(null);
      setStatus('anonymous');
      setEndReason('expired');
      queryClient.clear();
    });
    // A reload keeps the user logged in: the HttpOnly refresh cookie renews the in-memory token.
    authApi
      .refresh()
      .then((session) => {
        if (!session) setStatus('anonymous');
      })
      .catch((error: ApiError) => {
        setRestoreError(error);
        setStatus('anonymous');
      });
    return () => {
      offSession();
      offEnded();
    };
  }, [queryClient]);

  const login = useCallback(async (username: string, password: string) => {
    await authApi.login(username, password);
    setEndReason(null);
    setRestoreError(null);
  }, []);

  const logout = useCallback(async () => {
    await authApi.logout();
    setMe(null);
    setStatus('anonymous');
    setEndReason('loggedOut');
    queryClient.clear();
  }, [queryClient]);

  const reloadMe = useCallback(async () => {
    const fresh = await authApi.me();
    setMe(fresh);
    return fresh;
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      status,
      me,
      endReason,
      restoreError,
      can: (permission) => hasPermission(me?.permissions, permission),
      login,
      logout,
      reloadMe,
    }),
    [status, me, endReason, restoreError, login, logout, reloadMe],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** For pages inside the authenticated layout, where `me` is always set. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
