import { sql, type Insertable, type Selectable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { ProductGroups, Products } from '../../db/schema.generated.js';
import { likePattern, parseSort } from '../../platform/search.js';

export type ProductRow = Selectable<Products> & { group_name: string | null };
export type ProductValues = Omit<
  Insertable<Products>,
  'organization_id' | 'id' | 'created_at' | 'search_text'
>;
export type GroupRow = Selectable<ProductGroups> & { product_count: number };

function withGroup(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('products as p')
    .leftJoin('product_groups as g', (join) =>
      join.onRef('g.organization_id', '=', 'p.organization_id').onRef('g.id', '=', 'p.group_id'),
    )
    .selectAll('p')
    .select('g.name as group_name')
    .where('p.organization_id', '=', organizationId);
}

export async function findProduct(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<ProductRow | undefined> {
  return withGroup(trx, organizationId).where('p.id', '=', id).executeTakeFirst();
}

export async function insertProduct(
  trx: Tx,
  organizationId: string,
  id: string,
  values: ProductValues,
  now: Date,
) {
  await trx
    .insertInto('products')
    .values({ ...values, organization_id: organizationId, id, created_at: now })
    .execute();
}

export async function updateProduct(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Partial<ProductValues>,
): Promise<boolean> {
  const result = await trx
    .updateTable('products')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteProduct(trx: Tx, organizationId: string, id: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('products')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

const SORT_COLUMNS = {
  code: sql`lower(p.code)`,
  name: sql`lower(coalesce(p.name ->> 'fr', p.name ->> 'nl', p.name ->> 'en', p.name ->> 'de'))`,
  price: sql`p.price`,
  createdAt: sql`p.created_at`,
} as const;

export async function listProducts(
  trx: Tx,
  organizationId: string,
  query: {
    q?: string | undefined;
    groupId?: string | undefined;
    active: 'true' | 'false' | 'all';
    page: number;
    pageSize: number;
    sort: string;
  },
) {
  let base = withGroup(trx, organizationId);
  if (query.active !== 'all') base = base.where('p.active', '=', query.active === 'true');
  if (query.groupId) base = base.where('p.group_id', '=', query.groupId);
  if (query.q?.trim()) base = base.where('p.search_text', 'like', likePattern(query.q.trim()));
  const { field, direction } = parseSort<keyof typeof SORT_COLUMNS>(query.sort);
  const [items, count] = await Promise.all([
    base
      .orderBy(SORT_COLUMNS[field], direction)
      .orderBy('p.id', direction)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Which of these ids are this organization's products or (with `table`) groups. */
export async function existingIds(
  trx: Tx,
  organizationId: string,
  table: 'products' | 'product_groups',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom(table)
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The products a bulk price change targets, locked until the transaction ends. */
export async function selectForPriceUpdate(
  trx: Tx,
  organizationId: string,
  target: { productIds?: string[] | undefined; groupId?: string | undefined },
) {
  let query = trx
    .selectFrom('products')
    .select(['id', 'code', 'name', 'price'])
    .where('organization_id', '=', organizationId);
  if (target.productIds?.length) query = query.where('id', 'in', target.productIds);
  if (target.groupId) query = query.where('group_id', '=', target.groupId);
  return query
    .orderBy(sql`lower(code)`)
    .forUpdate()
    .execute();
}

export async function listGroups(trx: Tx, organizationId: string): Promise<GroupRow[]> {
  const rows = await trx
    .selectFrom('product_groups as g')
    .selectAll('g')
    .select((eb) =>
      eb
        .selectFrom('products as p')
        // A constant, not g.organization_id: Citus routes a subquery by its own filter.
        .where('p.organization_id', '=', organizationId)
        .whereRef('p.group_id', '=', 'g.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('product_count'),
    )
    .where('g.organization_id', '=', organizationId)
    .orderBy(sql`lower(g.name)`)
    .execute();
  return rows.map((row) => ({ ...row, product_count: Number(row.product_count ?? 0) }));
}

export type GroupValues = Pick<
  Insertable<ProductGroups>,
  'name' | 'default_margin_percent' | 'ledger_account'
>;

export async function insertGroup(
  trx: Tx,
  organizationId: string,
  id: string,
  values: GroupValues,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('product_groups')
    .values({ ...values, organization_id: organizationId, id, created_at: now })
    .execute();
}

/** False when the group is not the organization's. */
export async function updateGroup(
  trx: Tx,
  organizationId: string,
  id: string,
  values: GroupValues,
): Promise<boolean> {
  const result = await trx
    .updateTable('product_groups')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteGroup(trx: Tx, organizationId: string, id: string): Promise<void> {
  await trx
    .deleteFrom('product_groups')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
