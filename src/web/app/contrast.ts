/** WCAG 2 contrast arithmetic for `#rrggbb` colours, to pick readable shades at theme level. */

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` mixed with black by `amount` (0–1). */
export function darken(hex: string, amount: number): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The first of `candidates` that reaches `ratio` against `background`; else the last one
 * darkened step by step until it does.
 */
export function readable(candidates: readonly string[], background: string, ratio: number): string {
  const found = candidates.find((color) => contrastRatio(color, background) >= ratio);
  if (found) return found;
  let color = candidates[candidates.length - 1] ?? '#000000';
  for (let step = 0; step < 20 && contrastRatio(color, background) < ratio; step += 1)
    color = darken(color, 0.08);
  return color;
}
