import { useForm, type FormErrors, type FormValidateInput } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { showServerErrors } from '../../lib/form-errors';

interface FormPageOptions<Values extends object, Input, Saved> {
  initialValues: Values;
  validate: FormValidateInput<Values>;
  /** The form's values from what the server saved (the server may normalise them). */
  toValues: (saved: Saved) => Values;
  toInput: (values: Values) => Input;
  save: UseMutationResult<Saved, Error, Input>;
  onSaved: (saved: Saved) => void;
}

/**
 * A long form on a page of its own (customer, product, company): validated on blur, the first
 * problem focused (the client's or the server's), the form reset to what was saved.
 */
export function useFormPage<Values extends object, Input, Saved>({
  initialValues,
  validate,
  toValues,
  toInput,
  save,
  onSaved,
}: FormPageOptions<Values, Input, Saved>) {
  const form = useForm<Values>({ initialValues, validate, validateInputOnBlur: true });

  // Long form: bring the first problem into view instead of leaving the user searching.
  const focusFirstError = (errors: FormErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const submit = form.onSubmit((values) => {
    save.mutate(toInput(values), {
      onSuccess: (saved) => {
        const next = toValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        onSaved(saved);
      },
      onError: (error) => focusFirstError(showServerErrors(form, error)),
    });
  }, focusFirstError);

  return { form, submit, dirty: form.isDirty(), saving: save.isPending };
}
