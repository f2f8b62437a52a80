import { z } from 'zod';
import { emailSchema, moduleSchema, passwordSchema, roleSchema } from './auth.js';
import { languageSchema, pageSchema, text, uuidSchema } from './common.js';
import { membershipSummarySchema, userSchema } from './me.js';

/** Roles an owner gives an internal user; accountants are added as external users. */
export const TEAM_ROLES = ['owner', 'employee'] as const;
export const teamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof teamRoleSchema>;

export const MEMBER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const teamMemberSchema = z
  .object({
    userId: uuidSchema,
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: roleSchema,
    /** Modules an employee may use; owners and accountants have every module. */
    modules: z.array(moduleSchema),
    status: z.enum(MEMBER_STATUSES),
    /** An accountant's account let in from outside ("Accountants and support users"). */
    external: z.boolean(),
    /** The caller's own entry: read-only here, changed through personal settings. */
    self: z.boolean(),
    lastLoginAt: z.string().nullable(),
    /** When the current invitation link stops working (invited users only). */
    invitationExpiresAt: z.string().nullable(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamMemberListSchema = z.array(teamMemberSchema).meta({ id: 'TeamMemberList' });

const nameField = text(100).min(1, { message: 'validation.required' });

export const createTeamUserRequestSchema = z
  .strictObject({
    email: emailSchema,
    firstName: nameField,
    lastName: nameField,
    role: teamRoleSchema,
    modules: z.array(moduleSchema).max(50).default([]),
  })
  .meta({ id: 'CreateTeamUserRequest' });
export type CreateTeamUserRequest = z.input<typeof createTeamUserRequestSchema>;

export const invitationLinkSchema = z
  .object({
    /** The link itself: shown once (only its hash is stored), to copy when no email goes out. */
    url: z.string(),
    expiresAt: z.string(),
    /** Whether Facto sent the link by email as well. */
    emailed: z.boolean(),
  })
  .meta({ id: 'InvitationLink' });
export type InvitationLink = z.infer<typeof invitationLinkSchema>;

export const createTeamUserResponseSchema = z
  .object({
    member: teamMemberSchema,
    /** Null when the email already had a Facto account: it was added directly. */
    invitation: invitationLinkSchema.nullable(),
  })
  .meta({ id: 'CreateTeamUserResponse' });
export type CreateTeamUserResponse = z.infer<typeof createTeamUserResponseSchema>;

export const updateTeamUserRequestSchema = z
  .strictObject({
    role: teamRoleSchema.optional(),
    modules: z.array(moduleSchema).max(50).optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateTeamUserRequest' });
export type UpdateTeamUserRequest = z.input<typeof updateTeamUserRequestSchema>;

export const addAccountantRequestSchema = z
  .strictObject({ email: emailSchema })
  .meta({ id: 'AddAccountantRequest' });
export type AddAccountantRequest = z.input<typeof addAccountantRequestSchema>;

/** What the invitation page shows before the invited person chooses a password. */
export const invitationInfoSchema = z
  .object({
    organizationName: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    /** The person already chose a password (through another invitation): they just log in. */
    accountExists: z.boolean(),
  })
  .meta({ id: 'InvitationInfo' });
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const acceptInvitationRequestSchema = z
  .strictObject({
    firstName: nameField,
    lastName: nameField,
    password: passwordSchema,
    language: languageSchema.optional(),
  })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequestSchema>;

/** A free accountant account: a person, no company of their own. */
export const signupAccountantRequestSchema = z
  .strictObject({
    firstName: nameField,
    lastName: nameField,
    email: emailSchema,
    password: passwordSchema,
    language: languageSchema,
  })
  .meta({ id: 'SignupAccountantRequest' });
export type SignupAccountantRequest = z.input<typeof signupAccountantRequestSchema>;

/**
 * The signed-in account, with or without a current organization (an accountant without clients,
 * support staff between support sessions): the accountant's home and the support console.
 */
export const accountResponseSchema = z
  .object({
    user: userSchema,
    isAccountant: z.boolean(),
    isSupport: z.boolean(),
    currentOrganizationId: uuidSchema.nullable(),
    organizations: z.array(membershipSummarySchema),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountResponseSchema>;

// --- GDPR ---

export const gdprSettingsSchema = z
  .strictObject({ supportAccess: z.boolean() })
  .meta({ id: 'GdprSettings' });
export type GdprSettings = z.infer<typeof gdprSettingsSchema>;

export const dataAccessUserSchema = z
  .object({
    userId: uuidSchema,
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: roleSchema,
    external: z.boolean(),
    status: z.enum(MEMBER_STATUSES),
    lastLoginAt: z.string().nullable(),
    /** Password strength as Facto rated it (0–4), null when unknown. */
    passwordScore: z.number().int().min(0).max(4).nullable(),
    /** Null when this installation cannot tell. */
    twoFactorEnabled: z.boolean().nullable(),
  })
  .meta({ id: 'DataAccessUser' });
export type DataAccessUser = z.infer<typeof dataAccessUserSchema>;

export const supportSessionSchema = z
  .object({
    at: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'SupportSession' });
export type SupportSession = z.infer<typeof supportSessionSchema>;

export const gdprOverviewSchema = z
  .object({
    supportAccess: z.boolean(),
    users: z.array(dataAccessUserSchema),
    supportSessions: z.array(supportSessionSchema),
  })
  .meta({ id: 'GdprOverview' });
export type GdprOverview = z.infer<typeof gdprOverviewSchema>;

// --- Support staff ---

export const supportOrganizationSchema = z
  .object({ id: uuidSchema, name: z.string(), enterpriseNumber: z.string().nullable() })
  .meta({ id: 'SupportOrganization' });
export type SupportOrganization = z.infer<typeof supportOrganizationSchema>;

export const supportOrganizationQuerySchema = z.strictObject({
  q: text(200).optional(),
});

/** `/team/users/:userId`. */
export const teamUserParamsSchema = z.strictObject({ userId: uuidSchema });

/** Invitation tokens are 43 URL-safe characters; anything else is refused before any lookup. */
export const invitationTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[\w-]{20,100}$/),
});

export const startSupportSessionRequestSchema = z
  .strictObject({ organizationId: uuidSchema })
  .meta({ id: 'StartSupportSessionRequest' });

// --- Audit log ---

/**
 * Groups of the audit-log filter, each a list of action-name prefixes. Actions are named
 * `<area>.<event>`; a new action lands in a group by its prefix.
 */
export const AUDIT_GROUPS = {
  logins: ['auth.login', 'auth.logout', 'auth.password', 'auth.session', 'user.password'],
  twoFactor: ['auth.twoFactor', 'auth.2fa', 'twoFactor.', 'user.twoFactor'],
  team: ['team.user', 'team.invitation', 'team.role', 'team.modules', 'user.'],
  access: ['team.accountant', 'support.'],
  links: ['link.', 'links.'],
  documents: ['document.', 'quote.', 'invoice.', 'creditNote.', 'email.'],
  settings: [
    'organization.',
    'settings.',
    'gdpr.',
    'layout.',
    'journal.',
    'peppol.',
    'payment_account.',
  ],
} as const satisfies Record<string, readonly string[]>;
export type AuditGroup = keyof typeof AUDIT_GROUPS;
export const AUDIT_GROUP_NAMES = Object.keys(AUDIT_GROUPS) as [AuditGroup, ...AuditGroup[]];
export const auditGroupSchema = z.enum(AUDIT_GROUP_NAMES);

/** The group an action belongs to (the longest matching prefix), or null. */
export function auditGroupOf(action: string): AuditGroup | null {
  let best: { group: AuditGroup; length: number } | null = null;
  for (const group of AUDIT_GROUP_NAMES) {
    for (const prefix of AUDIT_GROUPS[group]) {
      if (action.startsWith(prefix) && (!best || prefix.length > best.length))
        best = { group, length: prefix.length };
    }
  }
  return best?.group ?? null;
}

const isoDate = z.iso.date({ message: 'validation.date' });

export const auditLogQuerySchema = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
    group: auditGroupSchema.optional(),
    userId: uuidSchema.optional(),
    /** Inclusive calendar dates (Europe/Brussels). */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ['to'],
    message: 'validation.dateOrder',
  });
export type AuditLogQuery = z.input<typeof auditLogQuerySchema>;

export const auditEntrySchema = z
  .object({
    id: uuidSchema,
    at: z.string(),
    action: z.string(),
    group: auditGroupSchema.nullable(),
    user: z.object({ id: uuidSchema, email: z.string(), name: z.string() }).nullable(),
    ip: z.string().nullable(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    /**
     * The record as people name it, to write "… finalised invoice 2026/0042": `kind` is the
     * document type for documents (else the entity type), `name` its number or name (null for
     * a draft, or a record since deleted).
     */
    subject: z.object({ kind: z.string(), name: z.string().nullable() }).nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditLogPageSchema = pageSchema(auditEntrySchema).meta({ id: 'AuditLogPage' });
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;
