export * from './bic.js';
export * from './enterprise-number.js';
export * from './iban.js';
export * from './structured-communication.js';
export * from './vat-number.js';
