import type { LayoutTemplate } from '../../../../contract/index.js';

/** A template's measurements and decorations, in PDF points (1/72 inch). */
export interface Theme {
  margin: number;
  top: number;
  /** Space kept free at the foot of every page for the company line and the page number. */
  footer: number;
  size: { body: number; small: number; table: number; title: number; seller: number };
  /** Vertical padding of a table row. */
  rowPadding: number;
  logo: { width: number; height: number };
  /** modern: a band of the brand colour across the top of each page. */
  band: boolean;
  /** modern: header cells filled with the brand colour; classic/compact: coloured rule under them. */
  filledHeader: boolean;
  zebra: boolean;
}

export const THEMES: Record<LayoutTemplate, Theme> = {
  classic: {
    margin: 48,
    top: 44,
    footer: 40,
    size: { body: 9, small: 7.5, table: 8.5, title: 22, seller: 12 },
    rowPadding: 4,
    logo: { width: 150, height: 60 },
    band: false,
    filledHeader: false,
    zebra: false,
  },
  modern: {
    margin: 44,
    top: 50,
    footer: 40,
    size: { body: 9, small: 7.5, table: 8.5, title: 26, seller: 13 },
    rowPadding: 5,
    logo: { width: 140, height: 56 },
    band: true,
    filledHeader: true,
    zebra: true,
  },
  compact: {
    margin: 36,
    top: 32,
    footer: 32,
    size: { body: 8, small: 6.5, table: 7.5, title: 16, seller: 10 },
    rowPadding: 2.5,
    logo: { width: 110, height: 40 },
    band: false,
    filledHeader: false,
    zebra: false,
  },
};

/** The brand colour mixed with white: tints for zebra rows and panels. */
export function tint(hex: string, whiteShare: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value + (255 - value) * whiteShare)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** White text on dark brand colours, near-black on light ones (WCAG relative luminance). */
export function textOn(hex: string): string {
  const linear = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(0) + 0.7152 * linear(1) + 0.0722 * linear(2);
  return luminance > 0.4 ? '#1a1a1a' : '#ffffff';
}

/** A brand colour too pale to read as text on white is darkened for titles and rules. */
export function inkOf(hex: string): string {
  return textOn(hex) === '#1a1a1a' ? '#333333' : hex;
}

export const INK = '#1a1a1a';
export const MUTED = '#5c5c5c';
export const RULE = '#c8c8c8';
