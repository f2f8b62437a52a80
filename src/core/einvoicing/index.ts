export { partyEndpoint, parsePeppolId, type Endpoint } from './endpoints.js';
export { effectiveBuyerReference, generateUbl } from './generate-ubl.js';
export { PEPPOL_ISSUE_CODES, type PeppolIssue, type PeppolIssueCode } from './peppol-issues.js';
export { structuredPaymentId } from './payment-id.js';
export * from './ubl-types.js';
export { validateForPeppol } from './validate-peppol.js';
