export { customerHandlers } from './customers.routes.js';
export { createCustomersService, type CustomersService } from './customers.service.js';
