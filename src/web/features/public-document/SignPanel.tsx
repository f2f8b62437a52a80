import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicDocument } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/notify';
import { formatMoney } from '../../lib/format';
import { useSign } from './api';
import { SignaturePad } from './SignaturePad';

/** Agree to a quote: a drawn signature and a typed name, confirmed once more. */
export function SignPanel({ token, document }: { token: string; document: PublicDocument }) {
  const { t, i18n } = useTranslation();
  const sign = useSign(token);
  const [name, setName] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ name?: string; signature?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const fields = sign.error instanceof ApiError ? sign.error.fields : {};

  const review = () => {
    const found = {
      ...(name.trim().length < 2 && { name: t('publicDocument.sign.nameRequired') }),
      ...(!signature && { signature: t('publicDocument.sign.empty') }),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };

  const confirm = () => {
    if (!signature) return;
    sign.mutate({ name: name.trim(), signature }, { onSettled: () => setConfirming(false) });
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid="sign-panel">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {t('publicDocument.sign.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publicDocument.sign.intro')}
          </Text>
        </Stack>
        <TextInput
          label={t('publicDocument.sign.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.name ?? fields.name}
          autoComplete="name"
          maxLength={100}
          data-testid="sign-name"
        />
        <SignaturePad
          onChange={(value) => {
            setSignature(value);
            if (value) setProblems((current) => ({ ...current, signature: undefined }));
          }}
          error={problems.signature ?? fields.signature ?? null}
        />
        {sign.isError && !fields.name && !fields.signature && (
          <Alert color="red" variant="light" data-testid="sign-error">
            {errorMessage(sign.error)}
          </Alert>
        )}
        <div>
          <Button
            size="md"
            leftSection={<IconSignature size={20} />}
            onClick={review}
            data-testid="sign-submit"
          >
            {t('publicDocument.sign.submit')}
          </Button>
        </div>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('publicDocument.sign.confirmTitle')}
        confirmLabel={t('publicDocument.sign.confirm')}
        onConfirm={confirm}
        loading={sign.isPending}
      >
        <Text size="sm">
          {t('publicDocument.sign.confirmText', {
            number: document.number ?? '',
            amount: formatMoney(document.totals.totalIncl, document.currency, i18n.language),
            company: document.company.name,
          })}
        </Text>
      </ConfirmModal>
    </Paper>
  );
}
