import type { Document, Organization } from '../../../../contract/index.js';
import type { PdfLabels } from './labels.js';

/**
 * The legal notices a document needs (DOMAIN §4.2, Royal Decree no. 1 art. 5): the ground for
 * charging no VAT, and the 6 % renovation statement that replaced the customer's attestation.
 */
export function legalMentions(
  document: Pick<Document, 'type' | 'vatRegime' | 'vatExemptionReason' | 'vatBreakdown'>,
  organization: Pick<Organization, 'vatRegime'>,
  labels: PdfLabels,
): string[] {
  const { mentions } = labels;
  const result: string[] = [];
  if (organization.vatRegime === 'franchise') result.push(mentions.franchise);
  else if (organization.vatRegime === 'exempt') result.push(mentions.organizationExempt);
  else {
    switch (document.vatRegime) {
      case 'reverseCharge':
        result.push(mentions.reverseCharge);
        break;
      case 'intraEuGoods':
        result.push(mentions.intraEuGoods);
        break;
      case 'intraEuServices':
        result.push(mentions.intraEuServices);
        break;
      case 'export':
        result.push(mentions.export);
        break;
      case 'exempt':
        result.push(mentions.exempt(document.vatExemptionReason));
        break;
      case 'normal':
        break;
    }
  }
  const renovation = document.vatBreakdown.some(
    (group) => group.vatCategory === 'S' && Number(group.vatRate) === 6,
  );
  if (renovation && document.type !== 'quote') result.push(mentions.renovation);
  return result;
}
