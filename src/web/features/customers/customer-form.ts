import type { UseFormReturnType } from '@mantine/form';
import type { CustomerFormValues } from './customer-form-values';

/** The customer form, shared by its sections. */
export type CustomerForm = UseFormReturnType<CustomerFormValues>;
