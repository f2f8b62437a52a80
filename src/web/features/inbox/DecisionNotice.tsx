import { Alert, Anchor, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';

/** What was decided about a received document: the purchase it became, or why it was refused. */
export function DecisionNotice({ document }: { document: InboxDocument }) {
  const { t } = useTranslation();
  const purchaseId = document.purchaseInvoiceId;
  if (document.status === 'accepted') {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck />} data-testid="inbox-accepted">
        <Text size="sm">
          {t('inbox.detail.accepted')}{' '}
          {purchaseId && (
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link to="/purchases/$purchaseId" params={{ purchaseId }} {...props} />
              )}
              data-testid="inbox-purchase-link"
            >
              {t('inbox.detail.openPurchase')}
            </Anchor>
          )}
        </Text>
      </Alert>
    );
  }
  if (document.status === 'rejected') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconCircleX />}
        title={t('inbox.detail.rejected')}
        data-testid="inbox-rejected"
      >
        {document.rejectReason && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {document.rejectReason}
          </Text>
        )}
      </Alert>
    );
  }
  return null;
}
