/**
 * The PDF prints numbers, money, percentages and dates exactly as the tags of e-mails and
 * document texts write them: one set of Belgian formatting rules, in core.
 */
export {
  formatAmount as formatMoney,
  formatDate,
  formatNumber,
  formatPercent,
} from '../../../../core/tags/format.js';
