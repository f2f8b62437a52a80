import { z } from 'zod';

/**
 * The parts of Recommand's JSON responses (API v1, `actionSuccess` bodies: `{ success: true,
 * …fields }`) that the adapter reads. Objects are loose: Recommand adds fields over time and a
 * new field must never break sending. Field names are those of recommand/recommand-peppol
 * (`api/**`), which the public OpenAPI reference is generated from.
 */

const success = z.literal(true);

/** `actionFailure(...)`: `{ success: false, errors: { root: ["…"], field: ["…"] } }`. */
export const recommandFailureSchema = z.looseObject({
  success: z.literal(false).optional(),
  errors: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
  message: z.string().optional(),
});

/** POST /api/v1/verify (operationId verifyRecipient). */
export const verifyRecipientResponseSchema = z.looseObject({
  success,
  isValid: z.boolean(),
  supportedDocuments: z
    .array(z.looseObject({ docTypeId: z.string(), name: z.string().optional() }))
    .optional(),
  companyName: z.string().nullish(),
});

/** POST /api/v1/{companyId}/send (operationId sendDocument). */
export const sendDocumentResponseSchema = z.looseObject({
  success,
  id: z.string().min(1),
  sentOverPeppol: z.boolean(),
  sentOverEmail: z.boolean().optional(),
  peppolMessageId: z.string().nullish(),
  envelopeId: z.string().nullish(),
});

export const deliveryStatusSchema = z.enum(['pending', 'delivered', 'failed']);

/**
 * Per-channel deliveries. Present in Recommand's source (`data/deliveries/model.ts`,
 * `attachDeliveries`) but not yet in the published document schema, hence optional.
 */
const deliverySchema = z.looseObject({
  channel: z.string(),
  status: deliveryStatusSchema,
  statusChangedAt: z.string().optional(),
  failure: z
    .looseObject({
      category: z.string().optional(),
      message: z.string().nullish(),
      providerCode: z.string().nullish(),
    })
    .nullish(),
});

/** The document fields shared by list, inbox and single-document responses. */
const documentFields = {
  id: z.string().min(1),
  companyId: z.string().optional(),
  direction: z.enum(['incoming', 'outgoing']),
  senderId: z.string(),
  receiverId: z.string().nullable(),
  type: z.string(),
  readAt: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  sentOverPeppol: z.boolean().optional(),
  receivedPeppolSignalMessage: z.string().nullish(),
  deliveryStatus: deliveryStatusSchema.nullish(),
  deliveries: z.array(deliverySchema).optional(),
};

const parsedNumbersSchema = z
  .looseObject({
    invoiceNumber: z.string().nullish(),
    creditNoteNumber: z.string().nullish(),
  })
  .nullish()
  // `parsed` is a large union upstream; only the numbers matter here, anything else is ignored.
  .catch(null);

/** What a document's transmission state is read from (any of the three shapes has it). */
export const documentStateSchema = z.looseObject(documentFields);
export type RecommandDocumentState = z.infer<typeof documentStateSchema>;

export const documentSummarySchema = z.looseObject({
  ...documentFields,
  parsed: parsedNumbersSchema,
});
export type RecommandDocumentSummary = z.infer<typeof documentSummarySchema>;

/** GET /api/v1/documents (operationId getDocuments). */
export const listDocumentsResponseSchema = z.looseObject({
  success,
  documents: z.array(documentSummarySchema),
  pagination: z.looseObject({
    total: z.number(),
    page: z.number(),
    limit: z.number(),
    totalPages: z.number(),
  }),
});

/** GET /api/v1/documents/{documentId} (operationId getDocument). */
export const getDocumentResponseSchema = z.looseObject({
  success,
  document: z.looseObject({ ...documentFields, xml: z.string().nullable() }),
});
export type RecommandDocument = z.infer<typeof getDocumentResponseSchema>['document'];

/** GET /api/v1/inbox (operationId getInbox): every unread incoming document, no body. */
export const inboxResponseSchema = z.looseObject({
  success,
  documents: z.array(documentStateSchema),
});

/** POST /api/v1/documents/{documentId}/mark-as-read (operationId markAsRead). */
export const okResponseSchema = z.looseObject({ success });

export const companySchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  enterpriseNumberScheme: z.string().nullish(),
  enterpriseNumber: z.string().nullish(),
  vatNumber: z.string().nullish(),
  isSmpRecipient: z.boolean(),
  isVerified: z.boolean(),
});
export type RecommandCompany = z.infer<typeof companySchema>;

/** GET /api/v1/companies (operationId getCompanies). */
export const listCompaniesResponseSchema = z.looseObject({
  success,
  companies: z.array(companySchema),
});

/** POST /api/v1/companies (operationId createCompany). */
export const createCompanyResponseSchema = z.looseObject({
  success,
  company: companySchema,
  verificationUrl: z.string().optional(),
});

/** GET /api/v1/playgrounds/current (operationId getPlayground); 404 for a production team. */
export const playgroundResponseSchema = z.looseObject({
  success,
  playground: z.looseObject({
    isPlayground: z.boolean(),
    useTestNetwork: z.boolean().optional(),
  }),
});

/** POST /api/v1/companies/{companyId}/verify (operationId verifyCompany). */
export const verifyCompanyResponseSchema = z.looseObject({
  success,
  verificationUrl: z.string(),
});

/**
 * Webhook bodies (recommand-peppol `lib/event-types.ts`, `webhook.project`): document events
 * carry `eventType`, `documentId`, `teamId` and `companyId`; the delivery event adds the channel
 * and the new status; `company.verification` carries `companyId`, `status` (verified, rejected,
 * error) and `errorMessage`. `status` is read per event type, so it is a plain string here.
 */
export const webhookBodySchema = z.looseObject({
  eventType: z.string().min(1),
  documentId: z.string().min(1).optional(),
  companyId: z.string().min(1).optional(),
  channel: z.string().optional(),
  status: z.string().optional(),
  deliveryStatus: deliveryStatusSchema.nullish().catch(undefined),
  errorMessage: z.string().nullish(),
  failure: z
    .looseObject({ category: z.string().optional(), message: z.string().nullish() })
    .nullish(),
});
