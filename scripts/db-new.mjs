// `npm run db:new -- name`: a new numbered migration, registered in migrations/index.ts.
import fs from 'node:fs';
import path from 'node:path';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:new -- <name>');
  process.exit(1);
}
const dir = path.resolve('migrations');
const numbers = fs
  .readdirSync(dir)
  .map((file) => Number(file.slice(0, 4)))
  .filter(Number.isInteger);
const id = `${String(Math.max(0, ...numbers) + 1).padStart(4, '0')}_${name}`;
fs.writeFileSync(
  path.join(dir, `${id}.ts`),
  `import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql\`\`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql\`\`.execute(db);
}
`,
);
const indexFile = path.join(dir, 'index.ts');
const variable = `m${id.slice(0, 4)}`;
let index = fs.readFileSync(indexFile, 'utf8');
index = index.replace(
  /(import \* as m\d{4} from '[^']+';\n)(?!import \* as)/,
  `$1import * as ${variable} from './${id}.js';\n`,
);
index = index.replace(/\n};\n$/, `\n  '${id}': ${variable},\n};\n`);
fs.writeFileSync(indexFile, index);
console.log(`Created migrations/${id}.ts (then run npm run db:codegen)`);
