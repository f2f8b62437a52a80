import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOGO_MAX_BYTES,
  type Organization,
  type UpdateOrganizationRequest,
} from '../../../contract/index.js';
import {
  multipartFile,
  signedUpClient,
  TINY_PNG,
  useTestApp,
  type Client,
} from '../../../../tests/server/test-app.js';

const t = useTestApp();

function companyInput(
  overrides: Partial<UpdateOrganizationRequest> = {},
): UpdateOrganizationRequest {
  return {
    legalName: 'Électricité Dupont',
    legalForm: 'srl',
    enterpriseNumber: '0566.988.259',
    vatNumber: 'BE 0566.988.259',
    vatRegime: 'liable',
    address: {
      street: 'Rue de la Loi',
      number: '16',
      box: null,
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    },
    phone: '+32 2 123 45 67',
    email: 'Info@Dupont.be',
    website: 'https://dupont.be',
    registerCourt: 'Bruxelles',
    defaultLanguage: 'fr',
    currency: 'EUR',
    bankAccounts: [
      { iban: 'BE68 5390 0754 7034', bic: 'gkcc bebb', label: 'Main', isDefault: false },
      { iban: 'BE71096123456769', bic: null, label: 'Savings', isDefault: false },
    ],
    ...overrides,
  };
}

async function getOrganization(client: Client): Promise<Organization> {
  return (await client.get('/api/v1/organization')).json<Organization>();
}

function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(t.filesDir);
  return out;
}

describe('company information', () => {
  it('saves every field, normalizes identifiers and keeps one default bank account', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.put('/api/v1/organization', companyInput());
    expect(response.statusCode).toBe(200);
    const saved = await getOrganization(client);
    expect(saved).toMatchObject({
      legalName: 'Électricité Dupont',
      legalForm: 'srl',
      enterpriseNumber: '0566988259',
      vatNumber: 'BE0566988259',
      email: 'info@dupont.be',
      address: {
        street: 'Rue de la Loi',
        number: '16',
        box: null,
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      },
      registerCourt: 'Bruxelles',
    });
    expect(saved.bankAccounts.map((a) => [a.iban, a.bic, a.isDefault])).toEqual([
      ['BE68539007547034', 'GKCCBEBB', true],
      ['BE71096123456769', null, false],
    ]);

    // Saving again with ids keeps the accounts' identity; the default can move.
    const [first, second] = saved.bankAccounts;
    const again = await client.put(
      '/api/v1/organization',
      companyInput({
        bankAccounts: [
          {
            id: first?.id,
            iban: first?.iban ?? '',
            bic: first?.bic,
            label: 'Main',
            isDefault: false,
          },
          {
            id: second?.id,
            iban: second?.iban ?? '',
            bic: null,
            label: 'Savings',
            isDefault: true,
          },
        ],
      }),
    );
    expect(again.json<Organization>().bankAccounts.map((a) => [a.id, a.isDefault])).toEqual([
      [first?.id, false],
      [second?.id, true],
    ]);
  });

  it('refuses a bad IBAN, BIC, enterprise number or a second default, and stores nothing', async () => {
    const { client } = await signedUpClient(t.app);
    const before = await getOrganization(client);
    const response = await client.put(
      '/api/v1/organization',
      companyInput({
        enterpriseNumber: '0566.988.258',
        bankAccounts: [
          { iban: 'BE68 5390 0754 7035', bic: 'GKCCBEB', label: null, isDefault: true },
          { iban: 'BE71096123456769', bic: null, label: null, isDefault: true },
        ],
      }),
      { 'accept-language': 'fr' },
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as Record<string, string>;
    expect(fields['enterpriseNumber']).toContain("numéro d'entreprise");
    expect(fields['bankAccounts.0.iban']).toContain('IBAN');
    expect(fields['bankAccounts.0.bic']).toContain('BIC');
    expect(await getOrganization(client)).toEqual(before);

    const twoDefaults = await client.put(
      '/api/v1/organization',
      companyInput({
        bankAccounts: [
          { iban: 'BE68539007547034', bic: null, label: null, isDefault: true },
          { iban: 'BE71096123456769', bic: null, label: null, isDefault: true },
        ],
      }),
    );
    expect(twoDefaults.json().error.fields).toHaveProperty('bankAccounts');
    expect(await getOrganization(client)).toEqual(before);
  });

  it('requires a VAT number for a VAT-liable company and accepts the franchise regime without one', async () => {
    const { client } = await signedUpClient(t.app);
    const liable = await client.put('/api/v1/organization', companyInput({ vatNumber: null }));
    expect(liable.json().error.fields).toHaveProperty('vatNumber');
    const franchise = await client.put(
      '/api/v1/organization',
      companyInput({ vatNumber: null, vatRegime: 'franchise' }),
    );
    expect(franchise.statusCode).toBe(200);
    expect(franchise.json<Organization>().vatRegime).toBe('franchise');
  });

  it('keeps a default VAT rate for new document lines: 21 % at first, changed only when sent', async () => {
    const { client } = await signedUpClient(t.app);
    expect((await getOrganization(client)).defaultVatRate).toBe('21');
    const six = await client.put('/api/v1/organization', companyInput({ defaultVatRate: '6' }));
    expect(six.statusCode).toBe(200);
    expect(six.json<Organization>().defaultVatRate).toBe('6');
    // A client that does not know the setting leaves it alone.
    await client.put('/api/v1/organization', companyInput());
    expect((await getOrganization(client)).defaultVatRate).toBe('6');
    const wrong = await client.put(
      '/api/v1/organization',
      companyInput({ defaultVatRate: '7' as never }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['defaultVatRate']);
  });

  it('stores text with SQL metacharacters verbatim and refuses control characters and overlong text', async () => {
    const { client } = await signedUpClient(t.app);
    const name = `O'Brien "Plomberie"; DROP TABLE organizations; --`;
    expect(
      (await client.put('/api/v1/organization', companyInput({ legalName: name }))).statusCode,
    ).toBe(200);
    expect((await getOrganization(client)).legalName).toBe(name);

    const long = await client.put(
      '/api/v1/organization',
      companyInput({ legalName: 'x'.repeat(10_000) }),
    );
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.legalName).toMatch(/200/);
    const control = await client.put(
      '/api/v1/organization',
      companyInput({ legalName: 'Bad\u0000Name' }),
    );
    expect(control.statusCode).toBe(400);
    expect((await getOrganization(client)).legalName).toBe(name);
  });

  it('writes an audit row with the changed fields', async () => {
    const { client, me } = await signedUpClient(t.app);
    await client.put('/api/v1/organization', companyInput({ phone: '+32 9 000 00 00' }));
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'data', 'user_id'])
      .where('organization_id', '=', me.organization.id)
      .where('action', '=', 'organization.updated')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.user_id).toBe(me.user.id);
    expect((rows[0]?.data as { fields: string[] }).fields).toContain('phone');
  });
});

describe('logo', () => {
  it('uploads a PNG, serves it back, and replaces it (old file removed)', async () => {
    const { client } = await signedUpClient(t.app);
    const upload = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      ...multipartFile('file', 'logo.png', 'image/png', TINY_PNG),
    });
    expect(upload.statusCode).toBe(200);
    const { logoUrl } = upload.json<Organization>();
    expect(logoUrl).toMatch(/^\/api\/v1\/organization\/logo\?v=/);
    const image = await client.get(logoUrl ?? '');
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(TINY_PNG)).toBe(true);

    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#0a7"/></svg>',
    );
    const filesBefore = storedFiles();
    const replaced = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      ...multipartFile('file', 'logo.svg', 'image/svg+xml', svg),
    });
    expect(replaced.statusCode).toBe(200);
    const served = await client.get(replaced.json<Organization>().logoUrl ?? '');
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    const filesAfter = storedFiles();
    expect(filesAfter.length).toBe(filesBefore.length);
    expect(filesAfter.some((f) => f.endsWith('.svg'))).toBe(true);

    const removed = await client.delete('/api/v1/organization/logo');
    expect(removed.json<Organization>().logoUrl).toBeNull();
    expect((await client.get('/api/v1/organization/logo')).statusCode).toBe(404);
  });

  it('refuses an oversized logo with a field error and stores nothing', async () => {
    const { client } = await signedUpClient(t.app);
    const filesBefore = storedFiles();
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(LOGO_MAX_BYTES)]);
    const body = multipartFile('file', 'big.png', 'image/png', big);
    const response = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      payload: body.payload,
      headers: { ...body.headers, 'accept-language': 'nl' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ file: 'Het logo is groter dan 1 MB.' });
    expect((await getOrganization(client)).logoUrl).toBeNull();
    expect(storedFiles()).toEqual(filesBefore);
  });

  it('refuses files that are not images, whatever they claim, and SVGs with scripts', async () => {
    const { client } = await signedUpClient(t.app);
    const text = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      ...multipartFile('file', 'logo.png', 'image/png', Buffer.from('hello')),
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields).toHaveProperty('file');
    const script = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const unsafe = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      ...multipartFile('file', 'x.svg', 'image/svg+xml', script),
    });
    expect(unsafe.statusCode).toBe(400);
    const handler = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
    );
    expect(
      (
        await client.request({
          method: 'PUT',
          url: '/api/v1/organization/logo',
          ...multipartFile('file', 'x.svg', 'image/svg+xml', handler),
        })
      ).statusCode,
    ).toBe(400);
    expect((await getOrganization(client)).logoUrl).toBeNull();
  });

  it('refuses an upload without a file', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.put('/api/v1/organization/logo', { file: 'nope' });
    expect(response.statusCode).toBe(415);
  });
});

describe('access', () => {
  it('lets an employee without the settings module read but not change company information', async () => {
    const owner = await signedUpClient(t.app);
    const employee = await signedUpClient(t.app);
    // Until team management lands, make the second user an employee of the first organization by hand.
    await t.database.db
      .insertInto('memberships')
      .values({
        organization_id: owner.me.organization.id,
        user_id: employee.me.user.id,
        role: 'employee',
        modules: ['invoices'],
        created_at: new Date(),
      })
      .execute();
    await employee.client.post('/api/v1/me/organization', {
      organizationId: owner.me.organization.id,
    });
    const me = (await employee.client.get('/api/v1/me')).json();
    expect(me.role).toBe('employee');
    expect(me.permissions).not.toContain('settings');
    expect((await employee.client.get('/api/v1/organization')).statusCode).toBe(200);
    const refused = await employee.client.put('/api/v1/organization', companyInput());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('moduleForbidden');
    expect((await employee.client.delete('/api/v1/organization/logo')).statusCode).toBe(403);
  });

  it('refuses anonymous callers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/organization' })).statusCode).toBe(
      401,
    );
  });
});
