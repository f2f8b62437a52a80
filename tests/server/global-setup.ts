import type { TestProject } from 'vitest/node';
import { prepareTemplate, type DatabaseTemplate } from './template-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

/** Migrates one template database for the whole run; each test app starts from a copy of it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { template, teardown } = await prepareTemplate(process.env.TEST_DATABASE_URL);
  if (project.name === 'citus' && !template.citusTemplate) {
    await teardown();
    throw new Error('npm run test:citus needs TEST_DATABASE_URL on a Citus coordinator');
  }
  project.provide('databaseTemplate', template);
  return teardown;
}
