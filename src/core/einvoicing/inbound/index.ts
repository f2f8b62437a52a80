export { documentKey } from './document-key.js';
export { INBOUND_ERROR_CODES, InboundError, type InboundErrorCode } from './errors.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ELEMENTS,
  parseReceivedDocument,
  type ParseReceivedOptions,
} from './parse.js';
export { structuredCommunicationOf } from './payment.js';
export { isAddressedTo, type RecipientIdentity } from './recipient.js';
export * from './types.js';
