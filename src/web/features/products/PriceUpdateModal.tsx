import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  priceUpdateRequestSchema,
  type PriceUpdateRequest,
  type PriceUpdateResult,
} from '../../../contract/index.js';
import { DecimalInput } from '../../components/ui/DecimalInput';
import { ApiError } from '../../lib/api-error';
import { notifyError, notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { usePriceUpdate } from './api';
import { PriceUpdatePreview } from './PriceUpdatePreview';
import { targetRequest, type PriceUpdateTarget } from './price-update-target';

interface PriceUpdateModalProps {
  target: PriceUpdateTarget;
  onClose: () => void;
  onApplied: () => void;
}

/**
 * Percentage → Preview (old → new prices, nothing saved) → Apply. Changing the percentage
 * discards the preview, so what is applied is always what was shown. Mounted only while open.
 */
export function PriceUpdateModal({ target, onClose, onApplied }: PriceUpdateModalProps) {
  const { t } = useTranslation();
  const update = usePriceUpdate();
  const [percent, setPercent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PriceUpdateResult | null>(null);

  const send = (request: PriceUpdateRequest, onDone: (result: PriceUpdateResult) => void) => {
    const problems = schemaErrors(priceUpdateRequestSchema, request);
    if (problems.percent) {
      setError(problems.percent);
      return;
    }
    update.mutate(request, {
      onSuccess: onDone,
      onError: (failure) => {
        const field = failure instanceof ApiError ? failure.fields.percent : undefined;
        if (field) setError(field);
        else notifyError(failure);
      },
    });
  };

  const request = (preview: boolean): PriceUpdateRequest => ({
    ...targetRequest(target),
    percent,
    preview,
  });

  const onPreview = () => send(request(true), setPreview);
  const onApply = () =>
    send(request(false), (result) => {
      notifySuccess(t('products.priceUpdate.applied', { count: result.items.length }));
      onApplied();
    });

  return (
    <Modal opened onClose={onClose} title={t('products.priceUpdate.title')} size="lg" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {target.kind === 'selection'
            ? t('products.priceUpdate.forSelection', { count: target.productIds.length })
            : t('products.priceUpdate.forGroup', { group: target.groupName })}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onPreview();
          }}
          noValidate
        >
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <DecimalInput
              label={t('products.priceUpdate.percent')}
              description={t('products.priceUpdate.percentHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder="5"
              rightSection="%"
              value={percent}
              onChange={(value) => {
                setPercent(value);
                setError(null);
                setPreview(null);
              }}
              error={error}
              style={{ flex: 1 }}
              data-autofocus
              data-testid="price-update-percent"
            />
            <Button
              type="submit"
              variant="light"
              mt={25}
              loading={update.isPending && !preview}
              data-testid="price-update-preview"
            >
              {t('products.priceUpdate.preview')}
            </Button>
          </Group>
        </form>
        {preview && <PriceUpdatePreview items={preview.items} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={onApply}
            disabled={!preview || preview.items.length === 0}
            loading={update.isPending && preview !== null}
            data-testid="price-update-apply"
          >
            {t('products.priceUpdate.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
