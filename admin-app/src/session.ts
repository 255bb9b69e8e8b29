// The signed-in user as every page sees it.
import type { User } from '@sipas/api/types';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface SessionValue {
  user: User;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export const canManage = (user: User) => user.role === 'province_admin';
