import type { TagLanguage } from './format.js';

/** Every tag Facto fills in (DOMAIN §12), by group, as the settings page lists them. */
export const TAG_GROUPS = {
  company: ['company_name', 'iban', 'bic'],
  customer: ['customer_name', 'contact_name', 'customer_number'],
  document: [
    'document_number',
    'number',
    'document_date',
    'expiration_date',
    'term',
    'total_amount_excl',
    'total_amount_incl',
    'total_amount_to_be_paid',
    'structured_message',
  ],
  settlement: [
    'financial_discount',
    'financial_discount_date',
    'total_amount_incl_with_financial_discount',
  ],
  links: ['link', 'payment_button', 'sign_button'],
  subscription: ['start', 'end'],
} as const;

export type TagName = (typeof TAG_GROUPS)[keyof typeof TAG_GROUPS][number];
export const TAG_NAMES: readonly TagName[] = Object.values(TAG_GROUPS).flat();

/** The tags whose value is a URL: written as links and buttons in the HTML part. */
const LINK_TAGS = new Set<string>(TAG_GROUPS.links);

/** Values as plain text (link tags: an absolute http(s) URL); absent values print as nothing. */
export type TagValues = Partial<Record<TagName, string>>;

/** `%name%`: a letter or underscore, then letters, digits, underscores. `10 % off 20 %` is no tag. */
const TAG_PATTERN = /%([A-Za-z_][A-Za-z0-9_]*)%/g;

export function isTagName(name: string): name is TagName {
  return (TAG_NAMES as readonly string[]).includes(name);
}

/** The tags a text uses that Facto does not know (each once, in order of appearance). */
export function unknownTags(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(TAG_PATTERN)) {
    const name = match[1] ?? '';
    if (!isTagName(name)) unknown.add(`%${name}%`);
  }
  return [...unknown];
}

const BUTTON_LABELS: Record<'payment_button' | 'sign_button', Record<TagLanguage, string>> = {
  payment_button: {
    fr: 'Payer en ligne',
    nl: 'Online betalen',
    en: 'Pay online',
    de: 'Online bezahlen',
  },
  sign_button: {
    fr: 'Consulter et signer',
    nl: 'Bekijken en ondertekenen',
    en: 'View and sign',
    de: 'Ansehen und unterschreiben',
  },
};

function safeUrl(value: string | undefined): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : '';
  } catch {
    return '';
  }
}

/** A bracketed aside on one line, with the space before it: `(BIC %bic%)`. */
const GROUP_PATTERN = / ?\(([^()\n]*)\)/g;

/**
 * Drops every bracketed aside whose tags all have no value, so that a company without a BIC
 * reads `Account: BE… ` and not `Account: BE… (BIC )`. Asides without tags are left alone.
 */
export function dropEmptyGroups(template: string, values: TagValues): string {
  return template.replace(GROUP_PATTERN, (whole, inside: string) => {
    const names = [...inside.matchAll(TAG_PATTERN)].map((match) => match[1] ?? '');
    if (names.length === 0 || !names.every(isTagName)) return whole;
    return names.every((name) => !values[name as TagName]?.trim()) ? '' : whole;
  });
}

/**
 * Fills the tags of a text (a subject, a plain-text body, a document's text above the lines) in
 * one pass: values are never read again as templates. Buttons become `label: URL`. Unknown tags
 * stay as written (saving a template refuses them, see `unknownTags`).
 */
export function resolveTags(template: string, values: TagValues, language: TagLanguage): string {
  return dropEmptyGroups(template, values).replace(TAG_PATTERN, (whole, name: string) => {
    if (!isTagName(name)) return whole;
    if (name === 'payment_button' || name === 'sign_button') {
      const url = safeUrl(values[name]);
      return url ? `${BUTTON_LABELS[name][language]}: ${url}` : '';
    }
    if (LINK_TAGS.has(name)) return safeUrl(values[name]);
    return values[name] ?? '';
  });
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface HtmlTagOptions {
  language: TagLanguage;
  /** Background of the buttons, `#RRGGBB`. */
  color?: string;
}

/**
 * The HTML part of a plain-text body: every character of the template and of every value is
 * escaped (markup typed in a template shows as text, it never becomes markup), blank lines make
 * paragraphs, single line breaks `<br>`, and the link tags become a link or a button.
 */
export function resolveTagsHtml(
  template: string,
  values: TagValues,
  options: HtmlTagOptions,
): string {
  const color = /^#[0-9a-fA-F]{6}$/.test(options.color ?? '') ? options.color : '#1f4e79';
  const fill = (text: string) => {
    let html = '';
    let last = 0;
    for (const match of text.matchAll(TAG_PATTERN)) {
      const index = match.index;
      html += escapeHtml(text.slice(last, index));
      last = index + match[0].length;
      const name = match[1] ?? '';
      if (!isTagName(name)) {
        html += escapeHtml(match[0]);
      } else if (name === 'payment_button' || name === 'sign_button') {
        const url = safeUrl(values[name]);
        if (url)
          html += `<a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 20px;background:${color};color:#ffffff;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(BUTTON_LABELS[name][options.language])}</a>`;
      } else if (LINK_TAGS.has(name)) {
        const url = safeUrl(values[name]);
        if (url)
          html += `<a href="${escapeHtml(url)}" style="color:${color}">${escapeHtml(url)}</a>`;
      } else {
        html += escapeHtml(values[name] ?? '');
      }
    }
    return html + escapeHtml(text.slice(last));
  };
  return dropEmptyGroups(template, values)
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map(
      (paragraph) =>
        `<p style="margin:0 0 14px 0">${paragraph.split('\n').map(fill).join('<br>')}</p>`,
    )
    .join('\n');
}
