import {
  escapeHtml,
  resolveTags,
  resolveTagsHtml,
  type TagLanguage,
  type TagValues,
} from '../../../core/tags/index.js';

/** The content id of the logo: the HTML shows `cid:` + this, the mail carries it inline. */
export const LOGO_CID = 'logo@facto';

export interface Branding {
  companyName: string;
  /** Lines of the footer: address, VAT number, e-mail, phone. */
  footer: string[];
  /** `#RRGGBB` of the document layout. */
  color: string;
  hasLogo: boolean;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A subject and a plain-text body with tags, turned into what leaves: the subject and text with
 * the tags filled, and an HTML page in a simple branded frame (logo or name on top, the company
 * details below). Everything typed and every value is escaped in the HTML.
 */
export function renderEmail(
  template: { subject: string; body: string },
  values: TagValues,
  language: TagLanguage,
  branding: Branding,
): RenderedEmail {
  const subject = resolveTags(template.subject, values, language);
  const text = resolveTags(template.body, values, language).trim();
  const footerText = branding.footer.filter(Boolean).join('\n');
  const body = resolveTagsHtml(template.body, values, { language, color: branding.color });
  const color = /^#[0-9a-fA-F]{6}$/.test(branding.color) ? branding.color : '#1f4e79';
  const header = branding.hasLogo
    ? `<img src="cid:${LOGO_CID}" alt="${escapeHtml(branding.companyName)}" style="max-height:64px;max-width:240px;border:0;display:block">`
    : `<div style="font-size:20px;font-weight:bold;color:${color}">${escapeHtml(branding.companyName)}</div>`;
  const footer = branding.footer
    .filter(Boolean)
    .map((line) => escapeHtml(line))
    .join('<br>');
  const html = `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 8px">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:6px;border-top:4px solid ${color}">
<tr><td style="padding:24px 32px 8px 32px">${header}</td></tr>
<tr><td style="padding:16px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
${body}
</td></tr>
<tr><td style="padding:16px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#6b7785;border-top:1px solid #e4e7eb">
<strong>${escapeHtml(branding.companyName)}</strong>${footer ? `<br>${footer}` : ''}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
  return {
    subject,
    text: footerText ? `${text}\n\n-- \n${branding.companyName}\n${footerText}\n` : `${text}\n`,
    html,
  };
}
