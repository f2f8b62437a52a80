import { z } from 'zod';

/** `/reset-password?token=…`: the token of the e-mailed link. */
const resetSearchSchema = z.object({
  token: z.string().max(200).optional().catch(undefined),
});
export type ResetSearch = z.infer<typeof resetSearchSchema>;

export function validateResetSearch(search: Record<string, unknown>): ResetSearch {
  return resetSearchSchema.parse(search);
}
