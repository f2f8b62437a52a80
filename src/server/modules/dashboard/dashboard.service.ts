import type { DashboardSummary, Module } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import type { MemberAuthContext } from '../../platform/auth/sessions.js';
import { canAccess } from '../../platform/auth/permissions.js';
import { todayInBelgium } from '../../platform/dates.js';
import * as repository from './dashboard.repository.js';

export function createDashboardService({ db, clock }: Pick<Deps, 'db' | 'clock'>) {
  return {
    /** The reader's figures: each section only if the reader may use its module. */
    summary: (auth: MemberAuthContext): Promise<DashboardSummary> =>
      withTenant(db, auth.organizationId, async (trx) => {
        const may = (module: Module) => canAccess(module, auth.role, auth.modules);
        const today = todayInBelgium(clock.now());
        const summary: DashboardSummary = { today };
        const drafts = await repository.draftCounts(trx, auth.organizationId);
        if (may('invoices')) {
          summary.receivables = await repository.receivables(trx, auth.organizationId, today);
          const month = monthOf(today);
          const year = Number(today.slice(0, 4));
          summary.turnover = {
            month: await repository.turnover(trx, auth.organizationId, month.from, month.until),
            year: await repository.turnover(
              trx,
              auth.organizationId,
              `${year}-01-01`,
              `${year + 1}-01-01`,
            ),
          };
        }
        const visibleDrafts: NonNullable<DashboardSummary['drafts']> = {};
        if (may('quotes')) visibleDrafts.quotes = drafts.quotes;
        if (may('invoices')) visibleDrafts.invoices = drafts.invoices;
        if (may('creditNotes')) visibleDrafts.creditNotes = drafts.creditNotes;
        if (Object.keys(visibleDrafts).length > 0) summary.drafts = visibleDrafts;
        if (may('quotes'))
          summary.quotesWaiting = await repository.quotesWaiting(trx, auth.organizationId, today);
        return summary;
      }),
  };
}

/** The first day of the month of `date` and the first day of the next one (`YYYY-MM-DD`). */
function monthOf(date: string): { from: string; until: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return { from: `${date.slice(0, 7)}-01`, until: `${next}-01` };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
