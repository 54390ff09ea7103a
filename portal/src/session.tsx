/**
 * Who is signed in. The session itself is the HttpOnly cookie the server sets on signUp/logIn; the
 * portal never sees the token. `viewer` answering 401 UNAUTHENTICATED simply means "logged out".
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { execute } from './api/client';
import { isUnauthenticated } from './api/errors';
import { graphql } from './gql';

export const SessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      user {
        id
        email
        name
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-in'; user: SessionUser };

interface SessionContextValue {
  state: SessionState;
  signedIn(user: SessionUser): void;
  logOut(): Promise<void>;
  refresh(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(() => {
    execute(SessionViewerQuery).then(
      ({ viewer }) => setState(viewer.user ? { status: 'signed-in', user: viewer.user } : { status: 'anonymous' }),
      (error: unknown) => setState(isUnauthenticated(error) ? { status: 'anonymous' } : { status: 'failed', error }),
    );
  }, []);

  useEffect(() => refresh(), [refresh]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      refresh,
      signedIn: (user) => setState({ status: 'signed-in', user }),
      async logOut() {
        try {
          await execute(LogOutMutation);
        } catch (error) {
          // An already-ended session is logged out anyway.
          if (!isUnauthenticated(error)) throw error;
        }
        setState({ status: 'anonymous' });
      },
    }),
    [state, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
