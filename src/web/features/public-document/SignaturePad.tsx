import { Box, Button, Group, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The drawing's own resolution, whatever the screen: the PNG stays small and predictable. */
const WIDTH = 900;
const HEIGHT = 300;

interface SignaturePadProps {
  /** The drawing as a PNG data URL after each stroke, or null once cleared. */
  onChange: (dataUrl: string | null) => void;
  error?: string | null;
}

/**
 * A box to sign in with a mouse, a pen or a finger (pointer events; the page does not scroll
 * while drawing). Nothing but a canvas: no dependency.
 */
export function SignaturePad({ onChange, error }: SignaturePadProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * WIDTH,
      y: ((event.clientY - rect.top) / rect.height) * HEIGHT,
    };
  };

  const context = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return null;
    ctx.lineWidth = 4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1a1b1e';
    ctx.fillStyle = '#1a1b1e';
    return ctx;
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = point(event);
    last.current = at;
    const ctx = context();
    // A dot for a tap without movement.
    ctx?.beginPath();
    ctx?.arc(at.x, at.y, 2, 0, Math.PI * 2);
    ctx?.fill();
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const from = last.current;
    if (!from) return;
    event.preventDefault();
    const to = point(event);
    const ctx = context();
    if (!ctx) return;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
    last.current = to;
  };

  const end = () => {
    if (!last.current) return;
    last.current = null;
    onChange(canvas.current?.toDataURL('image/png') ?? null);
  };

  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    last.current = null;
    onChange(null);
  };

  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {t('publicDocument.sign.pad')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconEraser size={16} />}
          onClick={clear}
          data-testid="signature-clear"
        >
          {t('publicDocument.sign.clear')}
        </Button>
      </Group>
      <Box
        style={{
          border: `1px ${error ? 'solid var(--mantine-color-red-6)' : 'dashed var(--mantine-color-gray-5)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          background: 'var(--mantine-color-white)',
        }}
      >
        <canvas
          ref={canvas}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={t('publicDocument.sign.padLabel')}
          data-testid="signature-pad"
          style={{
            display: 'block',
            width: '100%',
            aspectRatio: `${WIDTH} / ${HEIGHT}`,
            touchAction: 'none',
            cursor: 'crosshair',
          }}
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
          onPointerLeave={end}
        />
      </Box>
      {error && (
        <Text size="xs" c="red.7" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
