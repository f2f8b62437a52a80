import { z } from 'zod';

/** Recommand's hosted API; playground (test) teams use the same host with their own keys. */
export const RECOMMAND_DEFAULT_BASE_URL = 'https://app.recommand.eu';
export const RECOMMAND_DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One organization's Recommand settings. `environment: 'test'` means the key belongs to a
 * playground team (simulated or Peppol test network); the adapter checks the team matches
 * before the first send, so test keys never deliver real invoices and vice versa.
 */
export const recommandConfigSchema = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/ })
    // The credentials travel in every request: plain HTTP only to this machine (local server).
    .refine((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
    }, 'must use https')
    .default(RECOMMAND_DEFAULT_BASE_URL)
    .transform((url) => url.replace(/\/+$/, '')),
  apiKey: z.string().min(1),
  apiSecret: z.string().min(1),
  /** Our company at Recommand; when absent it is looked up from the sender's identifier. */
  companyId: z.string().min(1).optional(),
  environment: z.enum(['production', 'test']),
  /** The signing secret of our Recommand webhook; without it every webhook is refused. */
  webhookSecret: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().default(RECOMMAND_DEFAULT_TIMEOUT_MS),
});

export type RecommandConfigInput = z.input<typeof recommandConfigSchema>;
export type RecommandConfig = z.output<typeof recommandConfigSchema>;
