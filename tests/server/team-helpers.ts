import type { FastifyInstance } from 'fastify';
import type {
  Account,
  CreateTeamUserRequest,
  CreateTeamUserResponse,
  Me,
} from '../../src/contract/index.js';
import { Client, uniqueEmail } from './test-app.js';

export const STRONG_PASSWORD = 'correct horse battery staple';

/** The token at the end of an invitation link. */
export function tokenOf(url: string): string {
  const token = url.split('/invite/')[1];
  if (!token) throw new Error(`not an invitation link: ${url}`);
  return token;
}

/** The owner creates a user; throws unless the API says 201. */
export async function createUser(
  owner: Client,
  overrides: Partial<CreateTeamUserRequest> = {},
): Promise<CreateTeamUserResponse> {
  const response = await owner.post('/api/v1/team/users', {
    email: uniqueEmail('member'),
    firstName: 'Luc',
    lastName: 'Peeters',
    role: 'employee',
    modules: [],
    ...overrides,
  });
  if (response.statusCode !== 201)
    throw new Error(`create user failed: ${response.statusCode} ${response.body}`);
  return response.json<CreateTeamUserResponse>();
}

/** Follows an invitation link as the invited person would: name, password, logged in. */
export async function acceptInvitation(app: FastifyInstance, url: string) {
  const client = new Client(app);
  const response = await client.post(`/api/v1/invitations/${tokenOf(url)}/accept`, {
    firstName: 'Luc',
    lastName: 'Peeters',
    password: STRONG_PASSWORD,
  });
  if (response.statusCode !== 200)
    throw new Error(`accept failed: ${response.statusCode} ${response.body}`);
  return { client, me: response.json<Me>() };
}

/** An employee of the owner's organization with these modules, logged in. */
export async function employeeClient(
  app: FastifyInstance,
  owner: Client,
  modules: CreateTeamUserRequest['modules'] = [],
) {
  const created = await createUser(owner, { modules });
  if (!created.invitation) throw new Error('expected an invitation');
  const { client, me } = await acceptInvitation(app, created.invitation.url);
  return { client, me, userId: created.member.userId, email: created.member.email };
}

/** A free accountant account (no company), logged in. */
export async function accountantClient(app: FastifyInstance, email = uniqueEmail('accountant')) {
  const client = new Client(app);
  const response = await client.post('/api/v1/auth/signup-accountant', {
    firstName: 'Anne',
    lastName: 'Claes',
    email,
    password: STRONG_PASSWORD,
    language: 'nl',
  });
  if (response.statusCode !== 201)
    throw new Error(`accountant sign-up failed: ${response.statusCode} ${response.body}`);
  return { client, email, account: response.json<Account>() };
}

/** A customer of the client's current organization; returns its id. */
export async function createCustomer(client: Client, name: string): Promise<string> {
  const response = await client.post('/api/v1/customers', {
    kind: 'company',
    name,
    language: 'fr',
    address: {
      street: 'Rue Haute',
      number: '1',
      box: null,
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`customer failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}
