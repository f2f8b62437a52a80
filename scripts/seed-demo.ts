/**
 * `npm run seed:demo`: a demo company, its owner, customers, products, quotes and invoices in
 * every state, created through the real API (same
 * validation as a person would meet), so a newcomer sees a living app. Safe to run twice.
 */
import path from 'node:path';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { openConfiguredDatabase } from './configured-database.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';
import type { UpdateOrganizationRequest } from '../src/contract/index.js';
import { seedBusiness } from './seed-demo-business.js';

const DEMO = { email: 'demo@facto.be', password: 'demo-facto-2026' };

const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">' +
    '<rect width="80" height="80" rx="16" fill="#1c7ed6"/><path d="M22 58V22h34v9H33v6h19v9H33v12z" fill="#fff"/>' +
    '<text x="96" y="52" font-family="Helvetica, Arial, sans-serif" font-size="30" font-weight="700" fill="#1c2b3a">Dupont</text></svg>',
);

const COMPANY: UpdateOrganizationRequest = {
  legalName: 'Électricité Dupont',
  legalForm: 'srl',
  enterpriseNumber: '0566.988.259',
  vatNumber: 'BE0566988259',
  vatRegime: 'liable',
  address: {
    street: 'Rue du Marché',
    number: '12',
    box: null,
    postalCode: '5000',
    city: 'Namur',
    country: 'BE',
  },
  phone: '+32 81 12 34 56',
  email: 'info@dupont-electricite.be',
  website: 'https://dupont-electricite.be',
  registerCourt: 'Liège, division Namur',
  defaultLanguage: 'fr',
  currency: 'EUR',
  bankAccounts: [
    { iban: 'BE68 5390 0754 7034', bic: 'TRIOBEBB', label: 'Compte courant', isDefault: true },
    { iban: 'BE71 0961 2345 6769', bic: 'GKCCBEBB', label: 'Épargne', isDefault: false },
  ],
};

const config = { ...loadConfig(), logLevel: 'warn' as const };
const handle = await openConfiguredDatabase(config);
try {
  await migrateToLatest(handle.db);
  const app = await buildApp({
    config,
    db: handle.db,
    storage: createLocalStorage(path.join(config.dataDir, 'files')),
  });
  const csrf = 'seed-demo-csrf-token';
  const headers = { 'x-csrf-token': csrf, cookie: `facto_csrf=${csrf}`, 'accept-language': 'en' };

  let response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    headers,
    payload: {
      companyName: COMPANY.legalName,
      enterpriseNumber: COMPANY.enterpriseNumber,
      country: 'BE',
      firstName: 'Marie',
      lastName: 'Dupont',
      language: 'fr',
      ...DEMO,
    },
  });
  if (response.statusCode === 409) {
    console.log(`The demo company exists already.\n  Log in with ${DEMO.email} / ${DEMO.password}`);
  } else {
    if (response.statusCode !== 201) throw new Error(`Sign-up failed: ${response.body}`);
    const session = response.cookies.find((c) => c.name === 'facto_session')?.value ?? '';
    const sessionCsrf = response.cookies.find((c) => c.name === 'facto_csrf')?.value ?? '';
    const auth = {
      'x-csrf-token': sessionCsrf,
      cookie: `facto_session=${session}; facto_csrf=${sessionCsrf}`,
    };
    response = await app.inject({
      method: 'PUT',
      url: '/api/v1/organization',
      headers: auth,
      payload: COMPANY,
    });
    if (response.statusCode !== 200)
      throw new Error(`Company information failed: ${response.body}`);
    const boundary = 'facto-seed';
    response = await app.inject({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.svg"\r\nContent-Type: image/svg+xml\r\n\r\n`,
        ),
        LOGO,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    if (response.statusCode !== 200) throw new Error(`Logo failed: ${response.body}`);
    await seedBusiness(async (method, url, payload) => {
      const result = await app.inject({
        method,
        url,
        headers: auth,
        ...(payload !== undefined && { payload: payload as object }),
      });
      if (result.statusCode >= 300) throw new Error(`${method} ${url} failed: ${result.body}`);
      return result.json();
    });
    console.log(
      `Demo company "${COMPANY.legalName}" created.\n  Log in with ${DEMO.email} / ${DEMO.password}`,
    );
  }
  await app.close();
} finally {
  await handle.close();
}
