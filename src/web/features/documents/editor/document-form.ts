import type { UseFormReturnType } from '@mantine/form';
import type { DocumentFormValues } from './document-form-values';

/** The document editor's form, shared by its sections. */
export type DocumentForm = UseFormReturnType<DocumentFormValues>;
