import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
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
