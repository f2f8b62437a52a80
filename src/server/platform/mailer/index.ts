export {
  cleanDisplayName,
  cleanHeaderText,
  domainOf,
  isSafeAddress,
  parseMailbox,
} from './addresses.js';
export {
  MailDeliveryError,
  type DeliveryResult,
  type MailAttachment,
  type OutgoingMail,
} from './message.js';
export { createPlatformMailer, type PlatformMail, type PlatformMailer } from './platform-mail.js';
export {
  createSmtpPools,
  deliveryError,
  sendSmtp,
  type SmtpPools,
  smtpServerFromUrl,
  type SmtpSecurity,
  type SmtpServer,
} from './smtp.js';
