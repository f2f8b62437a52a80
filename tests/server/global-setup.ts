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
  project.provide('databaseTemplate', template);
  return teardown;
}
