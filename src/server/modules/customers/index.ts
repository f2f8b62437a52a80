export { customerHandlers } from './customers.routes.js';
export { createCustomersService, type CustomersService } from './customers.service.js';
/** A customer's reference (`C00042`), as documents print it. */
export { reference as customerReference } from './customers.mapper.js';
