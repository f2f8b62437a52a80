export { invoicePeriodOf } from './subscriptions.repository.js';
export { subscriptionHandlers } from './subscriptions.routes.js';
export { type SubscriptionSenders } from './subscription-sending.service.js';
export { SUBSCRIPTIONS_RUN_JOB, SUBSCRIPTIONS_SEND_JOB } from './subscriptions.jobs.js';
export { createSubscriptionsService, type SubscriptionsService } from './subscriptions.service.js';
