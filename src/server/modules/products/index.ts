export { productRoutes } from './products.routes.js';
export { createProductsService, type ProductsService } from './products.service.js';
