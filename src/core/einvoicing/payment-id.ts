import { isValidStructuredCommunication } from '../identifiers/structured-communication.js';

/**
 * The remittance information (BT-83) of a Belgian structured communication: its 12 digits,
 * which is what banks and Belgian receivers match on (`+++123/4567/89002+++` → `123456789002`).
 * Null when the text is not a valid structured communication.
 */
export function structuredPaymentId(communication: string | null | undefined): string | null {
  if (!communication || !isValidStructuredCommunication(communication)) return null;
  return communication.replace(/\D/g, '');
}
