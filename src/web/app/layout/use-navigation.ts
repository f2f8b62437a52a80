import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/me/me-context';
import { navigationGroups, PHONE_PRIORITY, visibleGroups, type NavItem } from './navigation';

/** The reader's menu: the groups they may open, and the four entries of the phone's bottom bar. */
export function useNavigation() {
  const { t } = useTranslation();
  const me = useMe();
  return useMemo(() => {
    const all = navigationGroups(t);
    const groups = visibleGroups(me, all);
    const items = groups.flatMap((group) => group.items);
    const primary = PHONE_PRIORITY.map((to) => items.find((item) => item.to === to))
      .filter((item): item is NavItem => item !== undefined)
      .slice(0, 4);
    return { all, groups, primary };
  }, [t, me]);
}
