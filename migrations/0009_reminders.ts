import { sql, type Kysely } from 'kysely';

/**
 * Reminders (DOMAIN §9): each organization's reminder settings and sequence of steps, the legal
 * interest rates per half-year, every reminder made (one per invoice and step, or per quote), and
 * the automatic-reminders switch on customers and documents. Existing organizations get the
 * default sequence and rates; automatic sending stays off until an organization turns it on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contacts add column automatic_reminders boolean not null default true`.execute(
    db,
  );
  await sql`alter table documents add column automatic_reminders boolean not null default true`.execute(
    db,
  );

  await sql`
    create table reminder_settings (
      organization_id uuid not null references organizations (id) on delete cascade,
      -- The daily job reminds this organization's customers only once it is switched on.
      enabled boolean not null default false,
      -- Quotes: remind this many days before they expire; null = never.
      quote_days_before integer check (quote_days_before between 1 and 90),
      quote_texts jsonb not null,
      updated_at timestamptz not null,
      primary key (organization_id)
    )`.execute(db);

  await sql`
    create table reminder_steps (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      position integer not null,
      name text not null,
      days_after_due integer not null check (days_after_due between 0 and 3650),
      payment_term_days integer not null check (payment_term_days between 0 and 365),
      add_interest boolean not null,
      add_indemnity boolean not null,
      add_damages boolean not null,
      -- Per language: e-mail subject and body (with tags), and the text at the bottom of the PDF.
      texts jsonb not null,
      -- Removed steps stay for the reminders that point at them.
      archived_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create index reminder_steps_position_idx on reminder_steps (organization_id, position) where archived_at is null`.execute(
    db,
  );

  await sql`
    create table reference_rates (
      organization_id uuid not null references organizations (id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      semester integer not null check (semester in (1, 2)),
      rate_percent numeric(5, 2) not null check (rate_percent >= 0),
      updated_at timestamptz not null,
      primary key (organization_id, year, semester)
    )`.execute(db);

  await sql`
    create table reminders (
      organization_id uuid not null,
      id uuid not null,
      kind text not null check (kind in ('invoice', 'quote')),
      document_id uuid not null,
      step_id uuid,
      step_name text not null,
      -- 1 for the first reminder of the document, 2 for the next…
      sequence integer not null,
      manual boolean not null,
      reminder_date date not null,
      customer_kind text not null check (customer_kind in ('b2b', 'b2c')),
      channel text not null check (channel in ('email', 'post')),
      status text not null check (status in ('created', 'sent', 'failed')),
      email_to text,
      language text not null,
      currency char(3) not null,
      -- The invoice as it stood: paid so far, credited by credit notes, and what remained.
      amount_paid numeric(16, 2) not null,
      credited numeric(16, 2) not null,
      open_balance numeric(16, 2) not null,
      interest numeric(16, 2) not null,
      interest_periods jsonb not null,
      indemnity numeric(16, 2) not null,
      damages numeric(16, 2) not null,
      total_due numeric(16, 2) not null,
      new_due_date date,
      -- What was printed and sent, tags resolved: later edits of the step change nothing here.
      texts jsonb not null,
      error text,
      created_by uuid,
      created_at timestamptz not null,
      sent_at timestamptz,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id),
      foreign key (organization_id, step_id) references reminder_steps (organization_id, id)
    )`.execute(db);
  // Never twice: one reminder per invoice and step, one per quote, whatever runs at once or again.
  await sql`
    alter table reminders add constraint reminders_step_once unique (organization_id, document_id, step_id)`.execute(
    db,
  );
  await sql`create unique index reminders_quote_once on reminders (organization_id, document_id) where kind = 'quote'`.execute(
    db,
  );
  await sql`create index reminders_document_idx on reminders (organization_id, document_id, created_at)`.execute(
    db,
  );

  for (const table of ['reminder_settings', 'reminder_steps', 'reference_rates', 'reminders']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }

  // Every existing organization: its settings (off), the default sequence and the rates.
  await sql`
    insert into reminder_settings (organization_id, enabled, quote_days_before, quote_texts, updated_at)
    select id, false, null, ${JSON.stringify(DEFAULTS.quote)}::jsonb, now() from organizations`.execute(
    db,
  );
  for (const [position, step] of DEFAULTS.steps.entries()) {
    await sql`
      insert into reminder_steps (organization_id, id, position, name, days_after_due, payment_term_days,
        add_interest, add_indemnity, add_damages, texts, created_at, updated_at)
      select id, gen_random_uuid(), ${position},
        ${JSON.stringify(step.name)}::jsonb ->> default_language,
        ${step.daysAfterDue}, ${step.paymentTermDays}, ${step.addInterest}, ${step.addIndemnity},
        ${step.addDamages}, ${JSON.stringify(step.texts)}::jsonb, now(), now()
      from organizations`.execute(db);
  }
  for (const [year, semester, rate] of RATES) {
    await sql`
      insert into reference_rates (organization_id, year, semester, rate_percent, updated_at)
      select id, ${year}, ${semester}, ${rate}, now() from organizations`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reminders', 'reference_rates', 'reminder_steps', 'reminder_settings']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table documents drop column automatic_reminders`.execute(db);
  await sql`alter table contacts drop column automatic_reminders`.execute(db);
}

/** Legal rates for late payment (ECB main refinancing rate + 8 points, up to the half point). */
const RATES: [number, number, string][] = [
  [2023, 1, '10.5'],
  [2023, 2, '12'],
  [2024, 1, '12.5'],
  [2024, 2, '12.5'],
  [2025, 1, '11.5'],
  [2025, 2, '10.5'],
  [2026, 1, '10.5'],
  [2026, 2, '10.5'],
];

/** The default sequence and quote e-mail as of this migration (the app keeps its own copy). */
const DEFAULTS = {
  steps: [
    {
      name: {
        fr: 'Premier rappel',
        nl: 'Eerste herinnering',
        en: 'First reminder',
      },
      daysAfterDue: 7,
      paymentTermDays: 14,
      addInterest: false,
      addIndemnity: false,
      addDamages: false,
      texts: {
        fr: {
          subject: 'Rappel : facture %document_number%',
          body: 'Bonjour,\n\nSauf erreur de notre part, la facture %document_number% du %document_date% n’a pas encore été réglée. Le montant ouvert est de %total_amount_to_be_paid%.\n\nNous vous remercions de bien vouloir le verser au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%. Vous trouverez le rappel en pièce jointe.\n\nSi vous avez payé entre-temps, veuillez ne pas tenir compte de ce message.\n\nCordialement,\n%company_name%',
          bottom:
            'Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de ce rappel.',
        },
        nl: {
          subject: 'Herinnering: factuur %document_number%',
          body: 'Goedendag,\n\nVolgens onze gegevens is factuur %document_number% van %document_date% nog niet betaald. Het openstaande bedrag is %total_amount_to_be_paid%.\n\nGelieve dit bedrag uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%. U vindt de herinnering in bijlage.\n\nHebt u intussen betaald, dan mag u dit bericht als onbestaande beschouwen.\n\nMet vriendelijke groeten,\n%company_name%',
          bottom: 'Hebt u intussen betaald, dan mag u deze herinnering als onbestaande beschouwen.',
        },
        en: {
          subject: 'Reminder: invoice %document_number%',
          body: 'Hello,\n\nAccording to our records, invoice %document_number% of %document_date% has not been paid yet. The amount outstanding is %total_amount_to_be_paid%.\n\nPlease pay it by %expiration_date% at the latest to account %iban% with the reference %structured_message%. The reminder is attached.\n\nIf you have paid in the meantime, please disregard this message.\n\nKind regards,\n%company_name%',
          bottom: 'If you have paid in the meantime, please disregard this reminder.',
        },
      },
    },
    {
      name: {
        fr: 'Deuxième rappel',
        nl: 'Tweede herinnering',
        en: 'Second reminder',
      },
      daysAfterDue: 30,
      paymentTermDays: 10,
      addInterest: true,
      addIndemnity: true,
      addDamages: true,
      texts: {
        fr: {
          subject: 'Deuxième rappel : facture %document_number%',
          body: 'Bonjour,\n\nMalgré notre précédent rappel, la facture %document_number% du %document_date% reste impayée. Conformément à la loi, des frais de retard s’y ajoutent : vous en trouverez le détail dans le rappel joint.\n\nNous vous prions de verser %total_amount_to_be_paid% au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%.\n\nCordialement,\n%company_name%',
          bottom:
            'Les intérêts de retard et l’indemnité sont calculés conformément à la loi du 2 août 2002 (entreprises) ou au livre XIX du Code de droit économique (consommateurs).',
        },
        nl: {
          subject: 'Tweede herinnering: factuur %document_number%',
          body: 'Goedendag,\n\nOndanks onze vorige herinnering blijft factuur %document_number% van %document_date% onbetaald. Zoals de wet toelaat, komen er nalatigheidskosten bij: u vindt het detail in de herinnering in bijlage.\n\nGelieve %total_amount_to_be_paid% uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%.\n\nMet vriendelijke groeten,\n%company_name%',
          bottom:
            'De nalatigheidsinteresten en de vergoeding worden berekend volgens de wet van 2 augustus 2002 (ondernemingen) of boek XIX van het Wetboek van economisch recht (consumenten).',
        },
        en: {
          subject: 'Second reminder: invoice %document_number%',
          body: 'Hello,\n\nDespite our previous reminder, invoice %document_number% of %document_date% remains unpaid. As the law allows, late-payment charges are added: the attached reminder shows them in detail.\n\nPlease pay %total_amount_to_be_paid% by %expiration_date% at the latest to account %iban% with the reference %structured_message%.\n\nKind regards,\n%company_name%',
          bottom:
            'Late-payment interest and compensation are calculated under the Law of 2 August 2002 (businesses) or Book XIX of the Code of Economic Law (consumers).',
        },
      },
    },
    {
      name: {
        fr: 'Mise en demeure',
        nl: 'Ingebrekestelling',
        en: 'Formal notice',
      },
      daysAfterDue: 60,
      paymentTermDays: 8,
      addInterest: true,
      addIndemnity: true,
      addDamages: true,
      texts: {
        fr: {
          subject: 'Mise en demeure : facture %document_number%',
          body: 'Madame, Monsieur,\n\nMalgré nos rappels, la facture %document_number% du %document_date% n’est toujours pas payée. Par la présente, nous vous mettons en demeure de verser %total_amount_to_be_paid% au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%.\n\nÀ défaut, nous confierons le recouvrement de cette créance à un tiers, sans autre avis.\n\n%company_name%',
          bottom: 'Le présent courrier vaut mise en demeure.',
        },
        nl: {
          subject: 'Ingebrekestelling: factuur %document_number%',
          body: 'Geachte mevrouw, geachte heer,\n\nOndanks onze herinneringen is factuur %document_number% van %document_date% nog steeds niet betaald. Hierbij stellen wij u in gebreke om %total_amount_to_be_paid% uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%.\n\nZonder betaling dragen wij de invordering van deze schuld zonder verder bericht over aan een derde.\n\n%company_name%',
          bottom: 'Deze brief geldt als ingebrekestelling.',
        },
        en: {
          subject: 'Formal notice: invoice %document_number%',
          body: 'Dear Sir or Madam,\n\nDespite our reminders, invoice %document_number% of %document_date% is still unpaid. We hereby give you formal notice to pay %total_amount_to_be_paid% by %expiration_date% at the latest to account %iban% with the reference %structured_message%.\n\nFailing payment, we will hand the recovery of this debt over to a third party without further notice.\n\n%company_name%',
          bottom: 'This letter constitutes formal notice.',
        },
      },
    },
  ],
  quote: {
    fr: {
      subject: 'Votre devis %document_number% expire le %expiration_date%',
      body: 'Bonjour,\n\nNous nous permettons de vous rappeler que notre devis %document_number% du %document_date% (%total_amount_incl%) reste valable jusqu’au %expiration_date%.\n\nN’hésitez pas à nous contacter pour toute question.\n\nCordialement,\n%company_name%',
    },
    nl: {
      subject: 'Uw offerte %document_number% vervalt op %expiration_date%',
      body: 'Goedendag,\n\nGraag herinneren wij u eraan dat onze offerte %document_number% van %document_date% (%total_amount_incl%) geldig blijft tot %expiration_date%.\n\nAarzel niet om ons te contacteren als u vragen hebt.\n\nMet vriendelijke groeten,\n%company_name%',
    },
    en: {
      subject: 'Your quote %document_number% expires on %expiration_date%',
      body: 'Hello,\n\nA friendly reminder that our quote %document_number% of %document_date% (%total_amount_incl%) remains valid until %expiration_date%.\n\nDo not hesitate to contact us with any question.\n\nKind regards,\n%company_name%',
    },
  },
};
