import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCheck,
  IconChevronDown,
  IconCopy,
  IconFileInvoice,
  IconReceipt2,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useConvertQuote, useDocumentAction } from '../api';
import { useOpenDocument } from '../use-open-document';
import { DepositModal } from './DepositModal';

const ICON = { size: 18, stroke: 1.6 } as const;

/** Accept, refuse, and turn the quote into an invoice, a deposit invoice or a new quote. */
export function QuoteActions({ quote, canConvert }: { quote: Document; canConvert: boolean }) {
  const { t } = useTranslation();
  const action = useDocumentAction('quote', quote.id);
  const convert = useConvertQuote(quote.id);
  const open = useOpenDocument();
  const [depositOpened, depositModal] = useDisclosure(false);
  const answered = quote.status === 'accepted' || quote.status === 'refused';
  // `lockedAt`: signed online by the customer, whose answer stands (no accept or refuse).

  const answer = (to: 'accept' | 'refuse') =>
    action.mutate(to, {
      onSuccess: () =>
        notifySuccess(
          to === 'accept' ? t('documents.quote.accepted') : t('documents.quote.refused'),
        ),
      onError: notifyError,
    });

  const convertTo = (to: 'invoice' | 'quote') =>
    convert.mutate(
      { to },
      {
        onSuccess: (created) => {
          notifySuccess(
            to === 'invoice'
              ? t('documents.convert.invoiceCreated')
              : t('documents.convert.quoteCreated'),
          );
          void open(created);
        },
        onError: notifyError,
      },
    );

  return (
    <>
      {quote.status !== 'accepted' && !quote.lockedAt && (
        <Button
          variant={answered ? 'default' : 'filled'}
          color="teal"
          leftSection={<IconCheck {...ICON} />}
          onClick={() => answer('accept')}
          loading={action.isPending && action.variables === 'accept'}
          data-testid="quote-accept"
        >
          {t('documents.quote.accept')}
        </Button>
      )}
      {quote.status !== 'refused' && !quote.lockedAt && (
        <Button
          variant="default"
          leftSection={<IconX {...ICON} />}
          onClick={() => answer('refuse')}
          loading={action.isPending && action.variables === 'refuse'}
          data-testid="quote-refuse"
        >
          {t('documents.quote.refuse')}
        </Button>
      )}
      {canConvert && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant={quote.status === 'accepted' ? 'filled' : 'light'}
              rightSection={<IconChevronDown size={16} />}
              loading={convert.isPending}
              data-testid="quote-convert"
            >
              {t('documents.convert.button')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconFileInvoice {...ICON} />}
              onClick={() => convertTo('invoice')}
              data-testid="convert-to-invoice"
            >
              {t('documents.convert.toInvoice')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconReceipt2 {...ICON} />}
              onClick={depositModal.open}
              data-testid="convert-to-deposit"
            >
              {t('documents.convert.toDeposit')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconCopy {...ICON} />}
              onClick={() => convertTo('quote')}
              data-testid="convert-to-quote"
            >
              {t('documents.convert.toQuote')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <DepositModal
        quote={quote}
        opened={depositOpened}
        onClose={depositModal.close}
        onCreated={(invoice) => {
          depositModal.close();
          notifySuccess(t('documents.convert.depositCreated'));
          void open(invoice);
        }}
      />
    </>
  );
}
