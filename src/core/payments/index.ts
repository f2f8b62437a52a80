export * from './epc-qr.js';
