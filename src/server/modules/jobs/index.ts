export { jobHandlers } from './jobs.routes.js';
export { createJobsService, type JobsService } from './jobs.service.js';
