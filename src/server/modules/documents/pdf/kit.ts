/**
 * The PDF kit other modules draw their own documents with (a reminder letter): the canvas, the
 * house's formats, labels and theme, the letterhead, page decoration, payment block and QR code,
 * so they print like quotes and invoices without reaching into this folder's files.
 */
export { Canvas } from './canvas.js';
export { formatDate, formatMoney, formatPercent } from './format.js';
export { PDF_LABELS } from './labels.js';
export { printableLogo } from './logo.js';
export { defaultBankAccount } from './parties.js';
export { qrModules } from './qr.js';
export { drawHeading, drawLetterhead, drawTextBlock } from './render-header.js';
export { decoratePage, drawFooter, runningHeader } from './render-page.js';
export { drawPayment } from './render-totals.js';
export { INK, RULE, THEMES, inkOf, textOn } from './theme.js';
