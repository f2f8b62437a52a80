import type { Role, TeamMember } from '../../../contract/index.js';
import type { Actor } from '../../deps.js';
import { Forbidden } from '../../platform/errors.js';
import type { MemberRow } from './team.repository.js';

/** Who manages the team: the acting user with their role in the current organization. */
export interface Caller extends Actor {
  role: Role;
}

/**
 * Owners only. The routes declare it too (`ownerOnly`); the services check again, since the
 * role may have changed since the request was authorised.
 */
export function requireOwner(caller: Caller): void {
  if (caller.role !== 'owner') throw Forbidden('error.ownerOnly');
}

export const memberStatus = (row: Pick<MemberRow, 'deactivatedAt' | 'passwordSet'>) =>
  row.deactivatedAt ? 'deactivated' : row.passwordSet ? 'active' : 'invited';

export function toMember(row: MemberRow, callerId: string): TeamMember {
  return {
    userId: row.userId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    modules: row.role === 'employee' ? row.modules : [],
    status: memberStatus(row),
    external: row.role === 'accountant',
    self: row.userId === callerId,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    invitationExpiresAt:
      !row.passwordSet && row.invitationExpiresAt ? row.invitationExpiresAt.toISOString() : null,
  };
}

/** Internal users by name, then external users (accountants) at the bottom of the list. */
export function sortMembers<
  T extends { role: Role; lastName: string; firstName: string; email: string },
>(rows: T[]): T[] {
  const key = (row: T) =>
    `${row.role === 'accountant' ? 1 : 0}|${row.lastName.toLowerCase()}|${row.firstName.toLowerCase()}|${row.email}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}
