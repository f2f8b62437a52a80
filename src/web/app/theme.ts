import { createTheme, type MantineColorsTuple } from '@mantine/core';

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
  },
});
