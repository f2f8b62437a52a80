import type { UseFormReturnType } from '@mantine/form';
import type { CompanyFormValues } from './company-form-values';

/** The company settings form, shared by its sections. */
export type CompanyForm = UseFormReturnType<CompanyFormValues>;
