import type { UseFormReturnType } from '@mantine/form';
import type { ProductFormValues } from './product-form-values';

/** The product form, shared by its sections. */
export type ProductForm = UseFormReturnType<ProductFormValues>;
