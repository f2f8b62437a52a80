import type {
  Customer,
  Document,
  DocumentDeliveryAddressInput,
} from '../../../../contract/index.js';

/** An address as the editor holds it: every field a string, exactly as typed. */
export interface DeliveryAddressValues {
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  country: string;
}

/** `none`, `typed`, or the id of one of the customer's delivery addresses. */
export type DeliveryChoice = string;

export interface DeliveryValues {
  deliveryChoice: DeliveryChoice;
  /** The typed address; a loaded document's snapshot too, so nothing is lost when it is shown. */
  deliveryTyped: DeliveryAddressValues;
}

const EMPTY_ADDRESS: DeliveryAddressValues = {
  street: '',
  number: '',
  box: '',
  postalCode: '',
  city: '',
  country: '',
};

export function emptyDelivery(): DeliveryValues {
  return { deliveryChoice: 'none', deliveryTyped: { ...EMPTY_ADDRESS } };
}

/** A new document delivers to the customer's default (first) delivery address, when there is one. */
export function deliveryDefaults(customer: Partial<Pick<Customer, 'deliveryAddresses'>>): {
  deliveryChoice: DeliveryChoice;
} {
  return { deliveryChoice: customer.deliveryAddresses?.[0]?.id ?? 'none' };
}

export function deliveryFormValues(address: Document['deliveryAddress']): DeliveryValues {
  if (!address) return emptyDelivery();
  return {
    deliveryChoice: address.contactAddressId ?? 'typed',
    deliveryTyped: {
      street: address.street ?? '',
      number: address.number ?? '',
      box: address.box ?? '',
      postalCode: address.postalCode ?? '',
      city: address.city ?? '',
      country: address.country,
    },
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function deliveryInput(values: DeliveryValues): DocumentDeliveryAddressInput | null {
  const { deliveryChoice: choice, deliveryTyped: typed } = values;
  if (choice === 'none') return null;
  if (choice !== 'typed') return { source: 'customer', contactAddressId: choice };
  return {
    source: 'typed',
    street: orNull(typed.street),
    number: orNull(typed.number),
    box: orNull(typed.box),
    postalCode: orNull(typed.postalCode),
    city: orNull(typed.city),
    country: typed.country,
  };
}

/** The customer's main address, to start typing from. */
export function typedFromCustomer(customer: Pick<Customer, 'address'>): DeliveryAddressValues {
  const { address } = customer;
  return {
    street: address.street ?? '',
    number: address.number ?? '',
    box: address.box ?? '',
    postalCode: address.postalCode ?? '',
    city: address.city ?? '',
    country: address.country,
  };
}

/** `Kerkstraat 5, 9000 Gent, NL`: an address on one line, for the picker. */
export function addressSummary(
  address: Pick<Customer['address'], 'street' | 'number' | 'postalCode' | 'city' | 'country'> & {
    label?: string | null;
  },
): string {
  const street = [address.street, address.number].filter(Boolean).join(' ');
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  const where = [street, city, address.country].filter(Boolean).join(', ');
  return address.label ? `${address.label} — ${where}` : where;
}
