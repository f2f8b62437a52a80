import type { Deps } from '../../deps.js';
import type { PlatformMailer } from '../../platform/mailer/index.js';
import { passwordResetMail } from './password-reset-mail.js';
import { findMailRecipient } from './password-reset.repository.js';

export const PASSWORD_RESET_MAIL_JOB = 'auth.passwordResetMail';

export interface PasswordResetMailJob {
  userId: string;
  /** The link, sealed with the instance key: pg-boss's tables never hold a usable token. */
  sealedUrl: string;
}

/** Sends the reset link after the request's commit, with retries when the mail server is down. */
export function definePasswordResetJobs(
  { db, jobs, secrets }: Pick<Deps, 'db' | 'jobs' | 'secrets'>,
  mailer: PlatformMailer,
): void {
  jobs.define<PasswordResetMailJob>(
    PASSWORD_RESET_MAIL_JOB,
    { retryLimit: 4, retryDelay: 30 },
    async ({ data }) => {
      const user = await findMailRecipient(db, data.userId);
      if (!user) return;
      const mail = passwordResetMail(user.language, user.first_name, secrets.open(data.sealedUrl));
      await mailer.send({ to: user.email, ...mail });
    },
  );
}
