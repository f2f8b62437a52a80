import type { AuditAction } from '../../../contract/index.js';
import Big from 'big.js';
import type { z } from 'zod';
import type {
  PriceUpdateResult,
  Product,
  ProductGroup,
  ProductInputParsed,
  ProductPage,
  priceUpdateRequestSchema,
  productGroupInputSchema,
  productListQuerySchema,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { NotFound, Conflict, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { changedPrice, priceBothWays, priceText } from './product-prices.js';
import {
  deleteGroup,
  deleteProduct,
  existingIds,
  findProduct,
  insertGroup,
  insertProduct,
  listGroups,
  listProducts,
  selectForPriceUpdate,
  updateGroup,
  updateProduct,
  type GroupRow,
  type ProductRow,
  type ProductValues,
} from './products.repository.js';

type ListQuery = z.output<typeof productListQuerySchema>;
type PriceUpdate = z.output<typeof priceUpdateRequestSchema>;
type GroupInput = z.output<typeof productGroupInputSchema>;
type Localized = Product['name'];

function localized(value: unknown): Localized {
  const v = (value ?? {}) as Partial<Localized>;
  return { fr: v.fr ?? null, nl: v.nl ?? null, en: v.en ?? null, de: v.de ?? null };
}

/** The name shown where one language must be picked: French, Dutch, English, German, in that order. */
export const displayName = (name: Localized): string =>
  name.fr ?? name.nl ?? name.en ?? name.de ?? '';

function toProduct(row: ProductRow): Product {
  const vatRate = new Big(row.vat_rate).toString() as Product['vatRate'];
  const both = priceBothWays(row.price, row.price_mode as 'excl' | 'incl', vatRate);
  return {
    id: row.id,
    code: row.code,
    name: localized(row.name),
    description: localized(row.description),
    groupId: row.group_id,
    groupName: row.group_name,
    unitCode: row.unit_code as Product['unitCode'],
    priceMode: row.price_mode as Product['priceMode'],
    price: priceText(new Big(row.price)),
    priceExcl: both.excl,
    priceIncl: both.incl,
    vatRate,
    purchasePrice: row.purchase_price === null ? null : priceText(new Big(row.purchase_price)),
    marginPercent: row.margin_percent === null ? null : new Big(row.margin_percent).toFixed(2),
    ean: row.ean,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toGroup(row: GroupRow): ProductGroup {
  return {
    id: row.id,
    name: row.name,
    defaultMarginPercent:
      row.default_margin_percent === null ? null : new Big(row.default_margin_percent).toFixed(2),
    ledgerAccount: row.ledger_account,
    productCount: row.product_count,
  };
}

function toValues(input: ProductInputParsed, now: Date): ProductValues {
  return {
    code: input.code,
    name: JSON.stringify(input.name),
    description: JSON.stringify(input.description),
    group_id: input.groupId,
    unit_code: input.unitCode,
    price_mode: input.priceMode,
    price: input.price,
    vat_rate: input.vatRate,
    purchase_price: input.purchasePrice,
    margin_percent: input.marginPercent,
    ean: input.ean,
    active: input.active,
    updated_at: now,
  };
}

/** Database refusals that are the user's to fix: a duplicate code, a group that is not theirs. */
async function translateConstraints<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION)
      throw Conflict('error.codeTaken', { fields: { code: 'error.codeTaken' } });
    if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION)
      throw Validation({ groupId: 'validation.invalid' });
    throw error;
  }
}

export function createProductsService({ db, clock }: Deps) {
  async function load(trx: Tx, organizationId: string, id: string): Promise<Product> {
    const row = await findProduct(trx, organizationId, id);
    if (!row) throw NotFound();
    return toProduct(row);
  }

  const audit = (
    trx: Tx,
    actor: Actor,
    action: AuditAction,
    entityType: string,
    id: string | null,
    at: Date,
    data = {},
  ) => writeAudit(trx, { ...actor, action, entityType, entityId: id, at, data });

  return {
    list: (organizationId: string, query: ListQuery): Promise<ProductPage> =>
      withTenant(db, organizationId, async (trx) => {
        const { items, total } = await listProducts(trx, organizationId, query);
        return { items: items.map(toProduct), page: query.page, pageSize: query.pageSize, total };
      }),

    get: (organizationId: string, id: string) =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId, id)),

    create: (actor: Actor, input: ProductInputParsed) =>
      translateConstraints(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const now = clock.now();
          const id = newId();
          await insertProduct(trx, actor.organizationId, id, toValues(input, now), now);
          await audit(trx, actor, 'product.created', 'product', id, now);
          return load(trx, actor.organizationId, id);
        }),
      ),

    update: (actor: Actor, id: string, input: ProductInputParsed) =>
      translateConstraints(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const now = clock.now();
          if (!(await updateProduct(trx, actor.organizationId, id, toValues(input, now))))
            throw NotFound();
          await audit(trx, actor, 'product.updated', 'product', id, now);
          return load(trx, actor.organizationId, id);
        }),
      ),

    remove: (actor: Actor, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        if (!(await deleteProduct(trx, actor.organizationId, id))) throw NotFound();
        await audit(trx, actor, 'product.deleted', 'product', id, now);
      }),

    /** Preview or apply a percentage change; applying locks the rows and audits every change. */
    updatePrices: (actor: Actor, request: PriceUpdate): Promise<PriceUpdateResult> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        // Ids that are not this organization's are refused, not silently skipped.
        const ids = request.productIds ?? [];
        const known = await existingIds(trx, actor.organizationId, 'products', ids);
        if (ids.some((id) => !known.has(id)))
          throw Validation({ productIds: 'validation.unknownProduct' });
        if (
          request.groupId &&
          !(await existingIds(trx, actor.organizationId, 'product_groups', [request.groupId])).size
        )
          throw Validation({ groupId: 'validation.unknownProductGroup' });
        const rows = await selectForPriceUpdate(trx, actor.organizationId, request);
        const items = rows.map((row) => ({
          id: row.id,
          code: row.code,
          name: displayName(localized(row.name)),
          oldPrice: priceText(new Big(row.price)),
          newPrice: changedPrice(row.price, request.percent),
        }));
        if (!request.preview) {
          for (const item of items) {
            await updateProduct(trx, actor.organizationId, item.id, {
              price: item.newPrice,
              updated_at: now,
            });
          }
          await audit(trx, actor, 'product.prices_changed', 'product', null, now, {
            percent: request.percent,
            products: items.length,
          });
        }
        return { applied: !request.preview, items };
      }),

    listGroups: (organizationId: string) =>
      withTenant(db, organizationId, async (trx) =>
        (await listGroups(trx, organizationId)).map(toGroup),
      ),

    saveGroup: (actor: Actor, id: string | null, input: GroupInput): Promise<ProductGroup> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        const values = {
          name: input.name,
          default_margin_percent: input.defaultMarginPercent,
          ledger_account: input.ledgerAccount,
        };
        const groupId = id ?? newId();
        if (id) {
          if (!(await updateGroup(trx, actor.organizationId, id, values))) throw NotFound();
        } else {
          await insertGroup(trx, actor.organizationId, groupId, values, now);
        }
        await audit(
          trx,
          actor,
          id ? 'product_group.updated' : 'product_group.created',
          'product_group',
          groupId,
          now,
        );
        const saved = (await listGroups(trx, actor.organizationId)).find((g) => g.id === groupId);
        if (!saved) throw NotFound();
        return toGroup(saved);
      }),

    removeGroup: (actor: Actor, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const group = (await listGroups(trx, actor.organizationId)).find((g) => g.id === id);
        if (!group) throw NotFound();
        if (group.product_count > 0) throw Conflict('error.groupInUse');
        await deleteGroup(trx, actor.organizationId, id);
        await audit(trx, actor, 'product_group.deleted', 'product_group', id, clock.now());
      }),
  };
}

export type ProductsService = ReturnType<typeof createProductsService>;
