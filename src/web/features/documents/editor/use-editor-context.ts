import { useQuery } from '@tanstack/react-query';
import type { Customer, Organization } from '../../../../contract/index.js';
import { customerQueryOptions } from '../../customers/api';
import { useMe } from '../../me/me-context';
import { organizationQueryOptions } from '../../organization/api';
import type { DocumentFormValues, VatRegime } from './document-form-values';
import type { OrganizationVatRegime } from '../../../../core/documents/index.js';

export interface EditorContext {
  organization: Organization | undefined;
  customer: Customer | undefined;
  organizationRegime: OrganizationVatRegime;
  /** The regime the lines are taxed under: the document's, else the customer's. */
  regime: VatRegime;
  /** The language lines are written in: the document's, the customer's, else the company's. */
  language: NonNullable<DocumentFormValues['language']>;
}

/** What the editor needs besides its own values: the company and the chosen customer. */
export function useEditorContext(values: DocumentFormValues): EditorContext {
  const me = useMe();
  const organization = useQuery(organizationQueryOptions(me.organization.id)).data;
  const customer = useQuery({
    ...customerQueryOptions(me.organization.id, values.customerId ?? ''),
    enabled: values.customerId !== null,
  }).data;
  return {
    organization,
    customer,
    organizationRegime: organization?.vatRegime ?? 'liable',
    regime: values.vatRegime ?? customer?.vatRegime ?? 'normal',
    language: values.language ?? customer?.language ?? organization?.defaultLanguage ?? 'fr',
  };
}
