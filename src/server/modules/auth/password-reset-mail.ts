import { escapeHtml } from '../../../core/tags/index.js';

type Language = 'fr' | 'nl' | 'en';

const TEXTS: Record<
  Language,
  { subject: string; hello: string; intro: string; button: string; outro: string }
> = {
  fr: {
    subject: 'Réinitialisez votre mot de passe Facto',
    hello: 'Bonjour {name},',
    intro:
      'Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Facto. Ce lien est valable une heure et ne sert qu’une fois :',
    button: 'Choisir un nouveau mot de passe',
    outro:
      'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.',
  },
  nl: {
    subject: 'Stel uw Facto-wachtwoord opnieuw in',
    hello: 'Hallo {name},',
    intro:
      'Iemand (hopelijk u) vroeg om het wachtwoord van uw Facto-account opnieuw in te stellen. Deze link is een uur geldig en werkt maar één keer:',
    button: 'Een nieuw wachtwoord kiezen',
    outro: 'Hebt u dit niet gevraagd? Negeer dan deze e-mail: uw wachtwoord blijft ongewijzigd.',
  },
  en: {
    subject: 'Reset your Facto password',
    hello: 'Hello {name},',
    intro:
      'Someone (hopefully you) asked to reset the password of your Facto account. This link is valid for one hour and works once:',
    button: 'Choose a new password',
    outro: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
  },
};

/** The password-reset e-mail in the user's language: plain text and a plain HTML page. */
export function passwordResetMail(
  language: string,
  firstName: string,
  url: string,
): { subject: string; text: string; html: string } {
  const t = TEXTS[(['fr', 'nl', 'en'].includes(language) ? language : 'en') as Language];
  const hello = t.hello.replace('{name}', firstName);
  const text = `${hello}\n\n${t.intro}\n\n${url}\n\n${t.outro}\n\nFacto\n`;
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(t.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px;padding:24px 32px">
<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(t.intro)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 20px;background:#1f4e79;color:#ffffff;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(t.button)}</a></p>
<p style="font-size:13px;color:#6b7785;word-break:break-all">${escapeHtml(url)}</p>
<p>${escapeHtml(t.outro)}</p>
<p>Facto</p>
</div>
</body></html>`;
  return { subject: t.subject, text, html };
}
