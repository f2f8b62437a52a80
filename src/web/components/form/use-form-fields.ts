import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The names under a catalogue section: `Under<'customers.fields'>` is `'email' | 'phone' | …`. */
type Under<Section extends string> = ParseKeys extends infer Key
  ? Key extends `${Section}.${infer Name}`
    ? Name
    : never
  : never;

/** The hint stands under the input, above the error, so a message never hides it. */
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

interface FieldOptions<Name extends string, Names extends string> {
  /** The translation `<section>.<name>Hint` under the input. */
  hint?: `${Name}Hint` extends Names ? boolean : never;
  /** A checkbox or switch: its value is `checked`. */
  checkbox?: boolean;
  /** The test id's last part when it is not the field's name; `null` for none. */
  testId?: string | null;
}

export interface FieldProps extends GetInputPropsReturnType {
  label: string;
  description?: string;
  inputWrapperOrder?: typeof HINT_BELOW;
  'data-testid'?: string;
}

/**
 * The props every form field repeats — label, hint, test id and the form's value and error —
 * named once: the field `email` of `useFormFields(form, 'customers.fields', 'customer')` is
 * labelled `customers.fields.email`, tested as `customer-email` and bound to `email` (under
 * `path`, for a list item). Spread them first; what is special to the field follows.
 */
export function useFormFields<Values, Section extends string>(
  form: UseFormReturnType<Values>,
  section: Section,
  testIdPrefix: string,
  path?: string,
) {
  const { t } = useTranslation();
  const text = (key: string) => t(key as ParseKeys);
  return <Name extends Under<Section>>(
    name: Name,
    { hint, checkbox = false, testId = name }: FieldOptions<Name, Under<Section>> = {},
  ): FieldProps => ({
    label: text(`${section}.${name}`),
    ...(hint === true && {
      description: text(`${section}.${name}Hint`),
      inputWrapperOrder: HINT_BELOW,
    }),
    ...(testId !== null && { 'data-testid': `${testIdPrefix}-${testId}` }),
    ...form.getInputProps(
      path ? `${path}.${name}` : name,
      checkbox ? { type: 'checkbox' } : undefined,
    ),
  });
}
