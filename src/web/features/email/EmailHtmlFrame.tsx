import { Box } from '@mantine/core';

interface EmailHtmlFrameProps {
  html: string;
  title: string;
  height?: number;
  testId?: string;
}

/**
 * An e-mail's HTML part as a recipient sees it, in a sandboxed frame: no scripts, no forms, no
 * navigation, whatever the HTML holds. Images are inline (data: URLs).
 */
export function EmailHtmlFrame({ html, title, height = 520, testId }: EmailHtmlFrameProps) {
  return (
    <Box
      component="iframe"
      title={title}
      sandbox=""
      srcDoc={html}
      data-testid={testId}
      style={{
        width: '100%',
        height,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: '#f4f5f7',
      }}
    />
  );
}
