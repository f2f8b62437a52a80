/** The yardstick: a bare Fastify route with a JSON body the size of /me, no database. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = {
  user: {
    id: '0190a0b0-0000-7000-8000-000000000000',
    email: 'bench@example.be',
    firstName: 'Bench',
    lastName: 'Mark',
    language: 'fr',
  },
  organization: { id: '0190a0b0-0000-7000-8000-000000000001', name: 'Bench SRL' },
  role: 'owner',
};
app.get('/bare', async () => body);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('Facto is running on (bare)');
