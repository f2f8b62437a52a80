import {
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineTheme,
} from '@mantine/core';
import { darken, readable } from './contrast';

// An indigo leaning to violet: calm and trustworthy for money matters, yet not the default blue.
const brand: MantineColorsTuple = [
  '#f0f1fe',
  '#e3e4fd',
  '#c8cafb',
  '#abaef5',
  '#9194ee',
  '#7779e4',
  '#5b5bd6',
  '#4d4cc2',
  '#4240a8',
  '#2b2a72',
];

const fontFamily =
  'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md', withBorder: true } },
    TextInput: { defaultProps: { radius: 'md' } },
    Select: { defaultProps: { radius: 'md' } },
    Menu: { defaultProps: { radius: 'md', shadow: 'md' } },
    // A table wider than the screen scrolls; the keyboard must reach it too.
    TableScrollContainer: { defaultProps: { tabIndex: 0 } },
    // A spinner with a name must have a role that takes one: it says "loading" politely.
    Loader: { defaultProps: { role: 'status' } },
  },
});

/** WCAG AA for normal text, with a margin for tinted backgrounds and anti-aliasing. */
const AA = 4.6;

/**
 * Colour variables every component reads (text, filled, outline, light variants), set so text
 * on them reaches 4.5:1: Mantine's defaults put white on shade 6 (green 2.4:1, red 3.5:1) and
 * shade 9 on shade 1 for light badges and alerts (yellow 2.4:1, green 3.9:1).
 */
function readableColorVariables(colors: MantineTheme['colors']): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const fromSix = shades.slice(6);
    const filled = readable(fromSix, '#ffffff', AA);
    const filledIndex = shades.indexOf(filled);
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] =
      filledIndex >= 0 && filledIndex < 9
        ? (shades[filledIndex + 1] ?? filled)
        : darken(filled, 0.1);
    variables[`--mantine-color-${name}-text`] = readable(fromSix, '#f8f9fa', AA);
    variables[`--mantine-color-${name}-outline`] = readable(fromSix, '#ffffff', AA);
    variables[`--mantine-color-${name}-light-color`] = readable(
      shades.slice(7),
      shades[1] ?? '#ffffff',
      AA,
    );
  }
  return variables;
}

/**
 * Mantine's dimmed grey (#868e96) reads at 3.3:1 on white, below the 4.5:1 WCAG AA asks of
 * text: secondary text uses a darker grey (6.1:1 on white, 5.8:1 on the page background).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    ...readableColorVariables(resolved.colors),
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6c737a',
    // Links also sit on tinted alerts (blue-1: 4.2:1 with shade 6, 5.0:1 with shade 7).
    '--mantine-color-anchor': 'var(--mantine-color-brand-7)',
  },
  dark: {},
});
