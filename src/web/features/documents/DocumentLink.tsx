import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../contract/index.js';
import { DOCUMENT_ROUTES } from './document-types';

interface DocumentLinkProps extends AnchorProps {
  type: DocumentType;
  id: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** A real link to a document's page, so it opens in a new tab and works with the keyboard. */
export function DocumentLink({ type, id, children, ...props }: DocumentLinkProps) {
  return (
    <Anchor
      {...props}
      renderRoot={(rootProps) => (
        <Link to={DOCUMENT_ROUTES[type].view} params={{ documentId: id }} {...rootProps} />
      )}
    >
      {children}
    </Anchor>
  );
}

interface DocumentNumberLinkProps {
  type: DocumentType;
  id: string;
  /** The formatted number; a draft has none yet and says so. */
  number: string | null;
  testId?: string;
}

/** A document's number as a link, as lists show it: monospace, or "no number" for a draft. */
export function DocumentNumberLink({ type, id, number, testId }: DocumentNumberLinkProps) {
  const { t } = useTranslation();
  return (
    <DocumentLink
      type={type}
      id={id}
      size="sm"
      fw={600}
      ff={number ? 'monospace' : undefined}
      fs={number ? undefined : 'italic'}
      c={number ? undefined : 'dimmed'}
      data-testid={testId}
    >
      {number ?? t('documents.noNumber')}
    </DocumentLink>
  );
}
