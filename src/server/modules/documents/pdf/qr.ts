import { createRequire } from 'node:module';
import type * as QRCodeModule from 'qrcode';

/** qrcode is read by the first payment QR code, not at start-up (the kit is imported early). */
let qrcode: typeof QRCodeModule | undefined;
const QRCode = () => (qrcode ??= createRequire(import.meta.url)('qrcode') as typeof QRCodeModule);

/** The QR symbol's modules (true = dark), error correction M as EPC069-12 requires. */
export function qrModules(payload: string): boolean[][] {
  const { modules } = QRCode().create(payload, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
  );
}
