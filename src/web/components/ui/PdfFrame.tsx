import { Button, Center, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconExternalLink, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

type FrameState = 'loading' | 'shown' | 'unavailable';

interface PdfFrameProps {
  /** Same-origin URL of the PDF. */
  src: string;
  title: string;
  testId: string;
}

/**
 * A PDF shown in the page. When the browser may not frame it (a `frame-ancestors` policy) or the
 * server answers with an error instead of a PDF, the frame gives way to a link that opens the
 * PDF in a tab of its own. A new `src` is a new frame, so its state starts afresh.
 */
export function PdfFrame({ src, title, testId }: PdfFrameProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FrameState>('loading');

  const onLoad = (event: SyntheticEvent<HTMLIFrameElement>) => {
    // A refused frame shows the browser's own error page, which belongs to no origin of ours.
    const framed = event.currentTarget.contentDocument;
    setState(!framed || framed.contentType === 'application/json' ? 'unavailable' : 'shown');
  };

  return (
    <Paper withBorder p={0} style={{ overflow: 'hidden' }} bg="gray.1">
      {state === 'unavailable' && (
        <Center p="xl" mih={220}>
          <Stack align="center" gap="sm" maw={360} ta="center">
            <ThemeIcon size={48} radius="xl" variant="light" color="gray">
              <IconFileTypePdf size={26} stroke={1.5} />
            </ThemeIcon>
            <Text size="sm" c="dimmed">
              {t('pdfFrame.unavailable')}
            </Text>
            <Button
              variant="default"
              component="a"
              href={src}
              target="_blank"
              rel="noopener"
              leftSection={<IconExternalLink size={16} stroke={1.6} />}
              data-testid={`${testId}-open`}
            >
              {t('pdfFrame.open')}
            </Button>
          </Stack>
        </Center>
      )}
      <iframe
        // Chromium's viewer: no thumbnail pane, pages as wide as the frame.
        src={`${src}#navpanes=0&view=FitH`}
        onLoad={onLoad}
        title={title}
        style={{
          display: state === 'unavailable' ? 'none' : 'block',
          width: '100%',
          height: 'min(1100px, 85vh)',
          border: 0,
        }}
        data-testid={testId}
      />
    </Paper>
  );
}
