import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_SCORE } from '../../../core/passwords/index.js';
import type { StrengthState } from './use-password-strength';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** Five-step bar with the verdict and zxcvbn's advice, shown under a new-password input. */
export function PasswordStrengthMeter({ state }: { state: StrengthState }) {
  const { t } = useTranslation();
  const { strength, loading } = state;
  const labels = [
    t('security.strength.veryWeak'),
    t('security.strength.weak'),
    t('security.strength.fair'),
    t('security.strength.strong'),
    t('security.strength.veryStrong'),
  ];
  if (!strength) {
    return loading ? (
      <Text size="xs" c="dimmed" data-testid="password-strength-loading">
        {t('security.strength.loading')}
      </Text>
    ) : null;
  }
  const score = strength.score;
  const advice = [strength.warning, ...strength.suggestions].filter(Boolean).join(' ');
  return (
    <Stack gap={4} data-testid="password-strength" data-score={score} aria-live="polite">
      <Group gap={4} grow>
        {[0, 1, 2, 3].map((step) => (
          <Progress
            key={step}
            size="sm"
            value={score > step ? 100 : 0}
            color={COLORS[score]}
            aria-hidden
          />
        ))}
      </Group>
      <Text size="xs" fw={600} c={COLORS[score]}>
        {score < MIN_PASSWORD_SCORE
          ? `${labels[score]} · ${t('security.strength.tooWeak')}`
          : labels[score]}
      </Text>
      {advice && (
        <Text size="xs" c="dimmed">
          {advice}
        </Text>
      )}
    </Stack>
  );
}
