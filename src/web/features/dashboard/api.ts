import { queryOptions } from '@tanstack/react-query';
import { dashboardRoutes } from '../../../contract/index.js';
import { call } from '../../lib/client';

/** The reader's money figures (only those of their modules). */
export function dashboardSummaryQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['dashboardSummary', organizationId],
    queryFn: () => call(dashboardRoutes.summary),
  });
}
