/** Customers, products, quotes and invoices in every state, created through the API for the demo. */
type Call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) => Promise<{ id: string } & Record<string, unknown>>;

const address = (
  street: string,
  number: string,
  postalCode: string,
  city: string,
  country = 'BE',
) => ({
  street,
  number,
  box: null,
  postalCode,
  city,
  country,
});

const CUSTOMERS = [
  {
    kind: 'company',
    name: 'Bouwbedrijf Peeters BV',
    vatNumber: 'BE0403170701',
    language: 'nl',
    address: address('Kerkstraat', '5', '9000', 'Gent'),
    email: 'boekhouding@peeters.be',
    vatRegime: 'reverseCharge',
  },
  {
    kind: 'company',
    name: 'Boulangerie Lambert SRL',
    vatNumber: 'BE0202023977',
    language: 'fr',
    address: address('Rue de Fer', '21', '5000', 'Namur'),
    email: 'compta@lambert.be',
  },
  {
    kind: 'person',
    name: 'Sophie Dubois',
    language: 'fr',
    address: address('Avenue Louise', '150', '1050', 'Ixelles'),
    email: 'sophie.dubois@example.be',
  },
  {
    kind: 'person',
    name: 'Jan Janssens',
    language: 'nl',
    address: address('Meir', '12', '2000', 'Antwerpen'),
    paymentTermDays: 15,
  },
  {
    kind: 'company',
    name: 'Installatie Bakker BV',
    vatNumber: 'NL123456789B01',
    language: 'nl',
    address: address('Marktplein', '3', '4811', 'Breda', 'NL'),
    vatRegime: 'intraEuServices',
  },
] as const;

const PRODUCTS = [
  {
    code: 'MO-H',
    name: {
      fr: 'Main-d’œuvre électricien',
      nl: 'Arbeidsloon elektricien',
      en: 'Electrician labour',
      de: null,
    },
    unitCode: 'HUR',
    price: '55',
    vatRate: '21',
    group: 0,
  },
  {
    code: 'DEPL',
    name: { fr: 'Déplacement', nl: 'Verplaatsing', en: 'Travel', de: null },
    unitCode: 'C62',
    price: '35',
    vatRate: '21',
    group: 0,
  },
  {
    code: 'CAB-25',
    name: { fr: 'Câble 3G2,5 mm²', nl: 'Kabel 3G2,5 mm²', en: 'Cable 3G2.5 mm²', de: null },
    unitCode: 'MTR',
    price: '1.85',
    purchasePrice: '0.92',
    marginPercent: '100',
    vatRate: '21',
    group: 1,
  },
  {
    code: 'PRISE',
    name: { fr: 'Prise encastrée', nl: 'Inbouwstopcontact', en: 'Flush socket', de: null },
    unitCode: 'H87',
    price: '12.40',
    purchasePrice: '6.20',
    marginPercent: '100',
    vatRate: '21',
    group: 1,
  },
  {
    code: 'DISJ-16',
    name: { fr: 'Disjoncteur 16 A', nl: 'Automaat 16 A', en: 'Circuit breaker 16 A', de: null },
    unitCode: 'H87',
    price: '24.99',
    purchasePrice: '12.50',
    marginPercent: '100',
    vatRate: '21',
    group: 1,
  },
  {
    code: 'COFFRET',
    name: { fr: 'Coffret divisionnaire', nl: 'Verdeelkast', en: 'Distribution board', de: null },
    unitCode: 'H87',
    price: '189',
    purchasePrice: '110',
    vatRate: '21',
    group: 1,
  },
] as const;

const today = new Date();
const date = (daysAgo: number) =>
  new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

function line(
  product: (typeof PRODUCTS)[number],
  quantity: string,
  vatRate: string = product.vatRate,
) {
  return {
    kind: 'item',
    description: product.name.fr,
    quantity,
    unitCode: product.unitCode,
    unitPrice: product.price,
    vatRate,
  };
}

export async function seedBusiness(call: Call): Promise<void> {
  const groups = [
    await call('POST', '/api/v1/product-groups', { name: 'Services', ledgerAccount: '700000' }),
    await call('POST', '/api/v1/product-groups', {
      name: 'Matériel',
      defaultMarginPercent: '100',
      ledgerAccount: '700100',
    }),
  ];
  for (const { group, ...product } of PRODUCTS) {
    await call('POST', '/api/v1/products', {
      ...product,
      description: { fr: null, nl: null, en: null, de: null },
      groupId: groups[group]?.id ?? null,
    });
  }
  const customers = [];
  for (const customer of CUSTOMERS)
    customers.push(await call('POST', '/api/v1/customers', customer));
  const [peeters, lambert, dubois, janssens, bakker] = customers;
  const [labour, travel, cable, socket, breaker, board] = PRODUCTS;
  if (
    !peeters ||
    !lambert ||
    !dubois ||
    !janssens ||
    !bakker ||
    !labour ||
    !travel ||
    !cable ||
    !socket ||
    !breaker ||
    !board
  )
    return;
  const cash = (
    (await call('GET', '/api/v1/payment-accounts')) as unknown as { id: string; kind: string }[]
  ).find((a) => a.kind === 'cash');
  const bank = await call('POST', '/api/v1/payment-accounts', {
    kind: 'bank',
    name: 'Compte courant',
    iban: 'BE68 5390 0754 7034',
    bic: 'TRIOBEBB',
  });

  const invoice = (customerId: string, issueDate: string, lines: unknown[]) =>
    call('POST', '/api/v1/invoices', { customerId, issueDate, lines });
  const finalize = (path: string, id: string) => call('POST', `/api/v1/${path}/${id}/finalize`);

  // Numbers follow dates, so documents are finalized oldest first.
  const expired = await call('POST', '/api/v1/quotes', {
    customerId: lambert.id,
    issueDate: date(75),
    lines: [line(labour, '3')],
  });
  await finalize('quotes', expired.id);
  const overdue = await invoice(peeters.id, date(60), [line(labour, '24'), line(board, '2')]);
  await finalize('invoices', overdue.id);
  await call('POST', `/api/v1/invoices/${overdue.id}/mark-sent`);
  const accepted = await call('POST', '/api/v1/quotes', {
    customerId: dubois.id,
    issueDate: date(40),
    lines: [
      { kind: 'section', description: 'Rénovation tableau électrique' },
      line(board, '1', '6'),
      line(breaker, '6', '6'),
      line(labour, '8', '6'),
    ],
  });
  await finalize('quotes', accepted.id);
  await call('POST', `/api/v1/quotes/${accepted.id}/accept`);
  const deposit = await call('POST', `/api/v1/quotes/${accepted.id}/convert`, {
    to: 'deposit',
    deposit: { type: 'percent', value: '30' },
    issueDate: date(38),
  });
  await finalize('invoices', deposit.id);
  await call('POST', `/api/v1/invoices/${deposit.id}/mark-paid`, {
    paymentAccountId: bank.id,
    date: date(35),
  });
  const paid = await invoice(lambert.id, date(25), [
    line(labour, '5'),
    line(socket, '10'),
    line(cable, '60'),
  ]);
  await finalize('invoices', paid.id);
  await call('POST', `/api/v1/invoices/${paid.id}/mark-paid`, {
    paymentAccountId: bank.id,
    date: date(15),
  });
  const refused = await call('POST', '/api/v1/quotes', {
    customerId: janssens.id,
    issueDate: date(20),
    lines: [line(labour, '2'), line(travel, '1')],
  });
  await finalize('quotes', refused.id);
  await call('POST', `/api/v1/quotes/${refused.id}/refuse`);
  const partial = await invoice(janssens.id, date(12), [line(labour, '3'), line(breaker, '2')]);
  await finalize('invoices', partial.id);
  await call('POST', `/api/v1/invoices/${partial.id}/payments`, {
    date: date(5),
    amount: '100',
    paymentAccountId: cash?.id,
    reference: 'Acompte en liquide',
  });
  const sent = await call('POST', '/api/v1/quotes', {
    customerId: lambert.id,
    issueDate: date(10),
    lines: [line(labour, '4'), line(socket, '8'), line(cable, '40')],
  });
  await finalize('quotes', sent.id);
  await call('POST', `/api/v1/quotes/${sent.id}/mark-sent`);
  const sentInvoice = await invoice(bakker.id, date(8), [line(labour, '10'), line(travel, '2')]);
  await finalize('invoices', sentInvoice.id);
  await call('POST', `/api/v1/invoices/${sentInvoice.id}/mark-sent`);
  const finalized = await invoice(lambert.id, date(3), [
    line(labour, '2'),
    line(travel, '1'),
    line(socket, '4'),
  ]);
  await finalize('invoices', finalized.id);
  const credit = await call('POST', `/api/v1/invoices/${paid.id}/credit-note`, {
    issueDate: date(2),
  });
  await finalize('credit-notes', credit.id);
  // Drafts: a quote and an invoice still being written.
  await call('POST', '/api/v1/quotes', {
    customerId: dubois.id,
    issueDate: date(2),
    lines: [line(labour, '6', '6'), line(board, '1', '6')],
  });
  await invoice(peeters.id, date(1), [line(labour, '16'), line(cable, '120')]);
}
