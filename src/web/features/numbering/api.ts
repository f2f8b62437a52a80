import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { journalSchema, type Journal, type JournalInput } from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { useMe } from '../me/me-context';

const journalsSchema = z.array(journalSchema);

export function journalsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['journals', organizationId],
    queryFn: () => api('/journals', { schema: journalsSchema }),
  });
}

/** Saving one journal may take the default away from another: the whole list is refetched. */
export function useSaveJournal(journalId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: JournalInput): Promise<Journal> =>
      journalId
        ? api(`/journals/${journalId}`, { method: 'PUT', body, schema: journalSchema })
        : api('/journals', { method: 'POST', body, schema: journalSchema }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: journalsQueryOptions(organization.id).queryKey }),
  });
}
