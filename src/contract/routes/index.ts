export * from './define.js';
export { customerRoutes } from './customers.js';
export { reminderRoutes } from './reminders.js';
export { subscriptionRoutes } from './subscriptions.js';
