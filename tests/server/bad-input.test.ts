import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedUpClient, signupInput, type TestApp, Client } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Whatever arrives, the answer is a clear 4xx in the error format, never a 500, never half-written data. */
describe('bad input', () => {
  async function post(client: Client, payload: string | Buffer, contentType = 'application/json') {
    return client.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload,
      headers: { 'content-type': contentType, 'accept-language': 'en' },
    });
  }

  it('refuses malformed JSON', async () => {
    const response = await post(new Client(t.app), '{"companyName": "x",');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'invalidJson',
      message: 'The request body is not valid JSON.',
    });
  });

  it('refuses an empty JSON body', async () => {
    const response = await post(new Client(t.app), '');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalidJson');
  });

  it('refuses invalid UTF-8', async () => {
    const body = Buffer.concat([
      Buffer.from('{"companyName":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const response = await post(new Client(t.app), body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalidUtf8');
  });

  it('refuses prototype poisoning', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify(signupInput()).replace('{', '{"__proto__":{"admin":true},'),
    );
    expect(response.statusCode).toBe(400);
  });

  it('refuses wrong types field by field', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), firstName: 42, country: ['BE'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      firstName: 'This value has the wrong type.',
      country: 'This value has the wrong type.',
    });
  });

  it('refuses a body that is not an object', async () => {
    for (const body of ['[]', '"text"', '42', 'null']) {
      const response = await post(new Client(t.app), body);
      expect(response.statusCode, body).toBe(400);
    }
  });

  it('refuses oversize bodies', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), companyName: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('bodyTooLarge');
  });

  it('refuses very long strings with the limit in the message', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), lastName: 'é'.repeat(5000) }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ lastName: 'Must be at most 100 characters.' });
  });

  it('refuses other content types', async () => {
    const response = await post(
      new Client(t.app),
      'companyName=x',
      'application/x-www-form-urlencoded',
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupportedMediaType');
  });

  it('answers unknown API paths and bad ids with JSON errors', async () => {
    const { client } = await signedUpClient(t.app);
    const unknown = await client.get('/api/v1/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('notFound');
    const badId = await client.post('/api/v1/me/organization', { organizationId: "1' or '1'='1" });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields).toHaveProperty('organizationId');
  });

  it('keeps nothing of a sign-up that failed halfway', async () => {
    const taken = await signedUpClient(t.app);
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('organizations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const response = await new Client(t.app).post(
      '/api/v1/auth/signup',
      signupInput({ email: taken.input.email, companyName: 'Should Not Exist' }),
    );
    expect(response.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });
});
