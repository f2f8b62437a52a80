import { escapeHtml } from '../../../core/tags/index.js';
import type { Language } from '../../../contract/index.js';
import type { InvitationMailer } from './invitation-links.js';

const TEXTS: Record<
  Language,
  { subject: string; hello: string; intro: string; button: string; outro: string }
> = {
  fr: {
    subject: '{inviter} vous invite sur Facto ({company})',
    hello: 'Bonjour {name},',
    intro:
      '{inviter} vous a donné accès à {company} sur Facto. Choisissez votre mot de passe avec ce lien, valable 7 jours et une seule fois :',
    button: 'Choisir mon mot de passe',
    outro: 'Si vous ne vous attendiez pas à cette invitation, ignorez cet e-mail.',
  },
  nl: {
    subject: '{inviter} nodigt u uit op Facto ({company})',
    hello: 'Hallo {name},',
    intro:
      '{inviter} gaf u toegang tot {company} op Facto. Kies uw wachtwoord met deze link, 7 dagen geldig en één keer bruikbaar:',
    button: 'Mijn wachtwoord kiezen',
    outro: 'Verwachtte u deze uitnodiging niet? Negeer dan deze e-mail.',
  },
  en: {
    subject: '{inviter} invites you to Facto ({company})',
    hello: 'Hello {name},',
    intro:
      '{inviter} gave you access to {company} on Facto. Choose your password with this link, valid for 7 days and once:',
    button: 'Choose my password',
    outro: 'If you did not expect this invitation, ignore this e-mail.',
  },
};

/** The invitation e-mail in the invited person's language: plain text and a plain HTML page. */
export function invitationMail(input: {
  language: Language;
  firstName: string;
  inviterName: string;
  organizationName: string;
  url: string;
}): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const fill = (value: string) =>
    value
      .replace('{name}', input.firstName)
      .replace('{inviter}', input.inviterName)
      .replace('{company}', input.organizationName);
  const subject = fill(t.subject);
  const hello = fill(t.hello);
  const intro = fill(t.intro);
  const text = `${hello}\n\n${intro}\n\n${input.url}\n\n${t.outro}\n\nFacto\n`;
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px;padding:24px 32px">
<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(input.url)}" style="display:inline-block;padding:10px 20px;background:#1f4e79;color:#ffffff;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(t.button)}</a></p>
<p style="font-size:13px;color:#6b7785;word-break:break-all">${escapeHtml(input.url)}</p>
<p>${escapeHtml(t.outro)}</p>
<p>Facto</p>
</div>
</body></html>`;
  return { subject, text, html };
}

/** The e-mail module's way in: queues the message; true when it leaves for the person's inbox. */
export type SendInvitationEmail = (message: {
  organizationId: string;
  to: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  userId: string;
}) => Promise<boolean>;

/**
 * Invitations travel the company's mail path like every other e-mail: its SMTP server, Facto's
 * general sender, or, without either, the built-in mailbox (the owner also copies the link from
 * the Users page then).
 */
export function invitationMailer(send: SendInvitationEmail): InvitationMailer {
  return async (invitation) =>
    send({
      organizationId: invitation.organizationId,
      to: invitation.email,
      language: invitation.language,
      userId: invitation.invitedBy,
      ...invitationMail({
        language: invitation.language,
        firstName: invitation.firstName,
        inviterName: invitation.inviterName,
        organizationName: invitation.organizationName,
        url: invitation.url,
      }),
    });
}
