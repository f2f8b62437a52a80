import { z } from 'zod';

/** `?customerId=` starts a new document for that customer (links from the customer page). */
const newDocumentSearchSchema = z.object({
  customerId: z.uuid().optional().catch(undefined),
});
export type NewDocumentSearch = z.infer<typeof newDocumentSearchSchema>;

export function validateNewDocumentSearch(search: Record<string, unknown>): NewDocumentSearch {
  return newDocumentSearchSchema.parse(search);
}
