import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, type LinkProps } from '@tanstack/react-router';

interface NewButtonProps {
  /** The page that creates one. */
  to: LinkProps['to'];
  search?: LinkProps['search'];
  label: string;
  testId?: string;
}

/** "+ New customer": a link styled as the page's main button. */
export function NewButton({ to, search, label, testId }: NewButtonProps) {
  return (
    <Button
      leftSection={<IconPlus size={18} />}
      renderRoot={(props) => <Link to={to} search={search} {...props} />}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
