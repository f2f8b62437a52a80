import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { journalRoutes, type Journal, type JournalInput } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

export function journalsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['journals', organizationId],
    queryFn: () => call(journalRoutes.list),
  });
}

/** Saving one journal may take the default away from another: the whole list is refetched. */
export function useSaveJournal(journalId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: JournalInput): Promise<Journal> =>
      journalId
        ? call(journalRoutes.update, { params: { id: journalId }, body })
        : call(journalRoutes.create, { body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: journalsQueryOptions(organization.id).queryKey }),
  });
}
