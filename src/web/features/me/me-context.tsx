import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '../../../contract/index.js';

const MeContext = createContext<Me | null>(null);

/** Provided by the logged-in layout, so pages inside it never deal with "no user". */
export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext value={me}>{children}</MeContext>;
}

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() is only available inside the logged-in layout');
  return me;
}

/** Company settings are for owners and for employees granted the settings module. */
export function canManageSettings(me: Me): boolean {
  return me.role === 'owner' || me.permissions.includes('settings');
}
