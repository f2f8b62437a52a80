import { queryOptions } from '@tanstack/react-query';
import { dashboardSummarySchema } from '../../../contract/index.js';
import { api } from '../../lib/api-client';

/** The reader's money figures (only those of their modules). */
export function dashboardSummaryQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['dashboardSummary', organizationId],
    queryFn: () => api('/dashboard/summary', { schema: dashboardSummarySchema }),
  });
}
