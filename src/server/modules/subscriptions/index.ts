export { invoicePeriodOf } from './subscriptions.repository.js';
export { subscriptionRoutes } from './subscriptions.routes.js';
export {
  createSubscriptionsService,
  SUBSCRIPTIONS_RUN_JOB,
  SUBSCRIPTIONS_SEND_JOB,
  type SubscriptionSenders,
  type SubscriptionsService,
} from './subscriptions.service.js';
