import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../contract/index.js';
import { switchLanguage } from '../../i18n';
import { notifyError } from '../../lib/notify';
import { meQueryOptions, useUpdateMe } from './api';

/**
 * Applies a language at once; when someone is logged in it is also saved on their account,
 * so it follows them to other devices.
 */
export function useChangeLanguage(): (language: Language) => void {
  const { data: me } = useQuery(meQueryOptions);
  const updateMe = useUpdateMe();
  return (language) => {
    void switchLanguage(language);
    if (me && me.user.language !== language) {
      updateMe.mutate({ language }, { onError: notifyError });
    }
  };
}
