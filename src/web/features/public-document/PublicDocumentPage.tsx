import { Container, Group, SegmentedControl, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../contract/index.js';
import { Brand } from '../../components/ui/Brand';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { MAIN_CONTENT_ID } from '../../components/ui/SkipLink';
import { currentLanguage, i18n } from '../../i18n';
import { isLanguage } from '../../i18n/language';
import { ApiError } from '../../lib/api-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useLanguageOptions } from '../me/use-language-options';
import { publicDocumentQueryOptions } from './api';
import { EmailGate } from './EmailGate';
import { PublicDocumentView } from './PublicDocumentView';
import { usePublicLabels } from './use-public-labels';

/**
 * `/d/<secret>`: the page a customer opens from an e-mail, without an account. It asks for the
 * address the document was sent to when the link needs it (the API answers 404 until then), then
 * shows the document in its own language, which the reader may switch.
 */
export function PublicDocumentPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const labels = usePublicLabels();
  const query = useQuery(publicDocumentQueryOptions(token));
  const options = useLanguageOptions();
  const chosen = useRef(false);
  const document = query.data;
  usePageTitle(
    document
      ? `${labels.title(document.type)} ${document.number ?? ''} · ${document.company.name}`
      : t('publicDocument.gate.title'),
  );

  // The document's language first, unless the reader picked another one here.
  useEffect(() => {
    if (document && !chosen.current && isLanguage(document.language))
      void i18n.changeLanguage(document.language);
  }, [document]);

  const locked = query.error instanceof ApiError && query.error.status === 404;

  return (
    <div style={{ minHeight: '100dvh', background: 'var(--mantine-color-gray-0)' }}>
      <Group
        justify="space-between"
        px={{ base: 'md', sm: 'xl' }}
        py="sm"
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Text fw={700} truncate maw="60%" data-testid="public-company">
          {document?.company.name ?? <Brand size={24} />}
        </Text>
        <SegmentedControl<Language>
          size="xs"
          radius="xl"
          aria-label={t('language.label')}
          value={currentLanguage()}
          onChange={(language) => {
            chosen.current = true;
            void i18n.changeLanguage(language);
          }}
          data={LANGUAGES.map((value) => ({
            value,
            label: (
              <span
                data-testid={`public-lang-${value}`}
                lang={value}
                title={options.find((option) => option.value === value)?.label}
              >
                {value.toUpperCase()}
              </span>
            ),
          }))}
        />
      </Group>
      <Container
        size="md"
        py={{ base: 'md', sm: 'xl' }}
        px={{ base: 'xs', sm: 'md' }}
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
      >
        {query.isPending ? (
          <CenteredLoader />
        ) : locked ? (
          <EmailGate token={token} />
        ) : query.isError ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <PublicDocumentView token={token} document={query.data} />
        )}
      </Container>
    </div>
  );
}
