import type { Icon } from '@tabler/icons-react';

export interface ModuleItem {
  key: string;
  label: string;
  description: string;
  icon: Icon;
}

/** Modules announced in the navigation and on the dashboard until they are built. */
export function useUpcomingModules(): ModuleItem[] {
  return [];
}
