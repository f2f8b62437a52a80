/**
 * The sort fields and status filters of the lists, apart from their schemas: the web app's
 * router checks its search parameters against them on every page, the login page included, and
 * importing them from here keeps the lists' schemas out of that first download.
 */
export const CUSTOMER_SORTS = ['name', 'number', 'city', 'createdAt'] as const;
export const PRODUCT_SORTS = ['code', 'name', 'price', 'createdAt'] as const;
export const DOCUMENT_SORTS = ['issueDate', 'number', 'customer', 'total', 'dueDate'] as const;
export const SUBSCRIPTION_SORTS = ['nextRun', 'customer', 'amount', 'createdAt'] as const;
export const INBOX_STATUSES = ['new', 'accepted', 'rejected'] as const;
export const PURCHASE_STATUSES = ['toPay', 'paid'] as const;
