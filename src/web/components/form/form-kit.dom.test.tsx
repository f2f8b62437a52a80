// @vitest-environment happy-dom
import '../../test/dom-setup';
import { MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { theme } from '../../app/theme';
import { i18n } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { randomUuid } from '../../lib/random-id';
import { AuthForm } from './AuthForm';
import { ConfirmActionButton } from './ConfirmActionButton';
import { FormModal } from './FormModal';
import { RemoveRowButton, RepeatableFields } from './RepeatableFields';
import { useFormPage } from './use-form-page';

function renderInApp(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
  return userEvent.setup({ delay: null });
}

function input(testId: string): HTMLInputElement {
  const element = screen.getByTestId(testId);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${testId} is not an input`);
  return element;
}

interface Values {
  name: string;
  city: string;
}

/** A page form whose server refuses the city, as the contract's 400 does, or saves it upper-cased. */
function CityForm({ refuse, onSaved }: { refuse: boolean; onSaved: (saved: Values) => void }) {
  const save = useMutation({
    mutationFn: async (body: Values): Promise<Values> => {
      if (refuse)
        throw new ApiError(400, 'validation', 'Check the form.', { city: 'Unknown city' });
      return { ...body, city: body.city.toUpperCase() };
    },
  });
  const { form, submit, dirty, saving } = useFormPage({
    initialValues: { name: 'Atelier', city: '' },
    validate: { name: (value) => (value ? null : 'Required') },
    toValues: (saved: Values) => saved,
    toInput: (values) => values,
    save,
    onSaved,
  });
  return (
    <form onSubmit={submit} noValidate>
      <TextInput label="Name" data-testid="name" {...form.getInputProps('name')} />
      <TextInput label="City" data-testid="city" {...form.getInputProps('city')} />
      <span data-testid="state">{dirty ? 'dirty' : 'clean'}</span>
      <button type="submit" disabled={saving}>
        Save
      </button>
    </form>
  );
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('useFormPage', () => {
  it('puts the server field errors on their fields and focuses the first', async () => {
    const saved: Values[] = [];
    const user = renderInApp(<CityForm refuse onSaved={(value) => saved.push(value)} />);
    await user.type(input('city'), 'Nowhere');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input('city').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Unknown city')).toBeTruthy();
    expect(document.activeElement).toBe(input('city'));
    expect(input('name').hasAttribute('aria-invalid')).toBe(false);
    expect(saved).toEqual([]);
  });

  it('stops on the client errors without asking the server', async () => {
    const saved: Values[] = [];
    const user = renderInApp(<CityForm refuse={false} onSaved={(value) => saved.push(value)} />);
    await user.clear(input('name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Required')).toBeTruthy());
    expect(document.activeElement).toBe(input('name'));
    expect(saved).toEqual([]);
  });

  it('takes what the server saved as the new clean state', async () => {
    const saved: Values[] = [];
    const user = renderInApp(<CityForm refuse={false} onSaved={(value) => saved.push(value)} />);
    await user.type(input('city'), 'Namur');
    expect(screen.getByTestId('state').textContent).toBe('dirty');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toEqual([{ name: 'Atelier', city: 'NAMUR' }]));
    expect(input('city').value).toBe('NAMUR');
    expect(screen.getByTestId('state').textContent).toBe('clean');
  });
});

function DeleteThing({ calls, done }: { calls: string[]; done: string[] }) {
  const remove = useMutation({
    mutationFn: async () => {
      calls.push('delete');
      return 'gone';
    },
  });
  return (
    <ConfirmActionButton
      label="Delete"
      icon={null}
      testId="thing-delete"
      title="Delete this thing?"
      text="It cannot be undone."
      confirmLabel="Delete for good"
      action={remove}
      onDone={(result) => done.push(result)}
      danger
    />
  );
}

describe('ConfirmActionButton', () => {
  it('asks first, and acts only once confirmed', async () => {
    const calls: string[] = [];
    const done: string[] = [];
    const user = renderInApp(<DeleteThing calls={calls} done={done} />);
    await user.click(screen.getByTestId('thing-delete'));
    expect(await screen.findByRole('dialog', { name: 'Delete this thing?' })).toBeTruthy();
    expect(screen.getByText('It cannot be undone.')).toBeTruthy();
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);

    await user.click(screen.getByTestId('thing-delete'));
    await user.click(await screen.findByTestId('confirm-action'));
    await waitFor(() => expect(done).toEqual(['gone']));
    expect(calls).toEqual(['delete']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

function Contacts() {
  const form = useForm({ initialValues: { rows: [{ key: 'a', name: 'Anne' }] } });
  return (
    <RepeatableFields
      items={form.values.rows}
      empty="No contact yet."
      max={2}
      addLabel="Add a contact"
      addTestId="add"
      onAdd={() => form.insertListItem('rows', { key: randomUuid(), name: '' })}
    >
      {(_, index) => (
        <>
          <TextInput
            label={`Name ${index + 1}`}
            data-testid={`row-${index}`}
            {...form.getInputProps(`rows.${index}.name`)}
          />
          <RemoveRowButton
            onClick={() => form.removeListItem('rows', index)}
            label={`Remove contact ${index + 1}`}
            testId={`remove-${index}`}
          />
        </>
      )}
    </RepeatableFields>
  );
}

describe('RepeatableFields', () => {
  it('adds rows up to the cap and removes the one asked', async () => {
    const user = renderInApp(<Contacts />);
    expect(input('row-0').value).toBe('Anne');
    await user.click(screen.getByTestId('add'));
    await user.type(input('row-1'), 'Bart');
    expect(screen.getByTestId('add').hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Remove contact 1' }));
    expect(input('row-0').value).toBe('Bart');
    expect(screen.queryByTestId('row-1')).toBeNull();
    expect(screen.getByTestId('add').hasAttribute('disabled')).toBe(false);

    await user.click(screen.getByTestId('remove-0'));
    expect(screen.getByText('No contact yet.')).toBeTruthy();
  });
});

function Login({ failure }: { failure: string | null }) {
  const [sent, setSent] = useState(0);
  return (
    <AuthForm
      onSubmit={(event) => {
        event.preventDefault();
        setSent((count) => count + 1);
      }}
      failure={failure}
      failureTestId="failure"
      submitLabel="Log in"
      submitTestId="submit"
      loading={false}
    >
      <span data-testid="sent">{sent}</span>
    </AuthForm>
  );
}

describe('AuthForm', () => {
  it('shows the failure as an alert above the fields, and submits', async () => {
    const user = renderInApp(<Login failure="Wrong password." />);
    expect(screen.getByRole('alert').textContent).toBe('Wrong password.');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByTestId('sent').textContent).toBe('1');
  });

  it('shows no alert without a failure', () => {
    renderInApp(<Login failure={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('FormModal', () => {
  it('submits its form, and Cancel closes it without submitting', async () => {
    const events: string[] = [];
    const user = renderInApp(
      <FormModal
        opened
        onClose={() => events.push('close')}
        title="New group"
        onSubmit={(event) => {
          event.preventDefault();
          events.push('submit');
        }}
        submitLabel="Create"
        saving={false}
      >
        <TextInput label="Group name" />
      </FormModal>,
    );
    expect(await screen.findByRole('dialog', { name: 'New group' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(events).toEqual(['close', 'submit']);
  });
});
