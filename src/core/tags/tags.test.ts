import { describe, expect, it } from 'vitest';
import {
  documentTagValues,
  formatAmount,
  resolveTags,
  resolveTagsHtml,
  TAG_NAMES,
  unknownTags,
  type DocumentTagInput,
} from './index.js';

const invoice: DocumentTagInput = {
  language: 'fr',
  type: 'invoice',
  numberFormatted: 'F2026-0042',
  issueDate: '2026-01-15',
  dueDate: '2026-02-14',
  validUntil: null,
  currency: 'EUR',
  totalExcl: '1000.00',
  totalIncl: '1210.00',
  openBalance: '1210.00',
  structuredCommunication: '+++090/9337/55493+++',
  settlementDiscount: { percent: '2', days: 8, totalWithDiscount: '1185.80' },
  customer: { name: 'Bouwbedrijf Peeters BV', number: 'C00012', contactName: 'Jan Peeters' },
  company: { name: 'Électricité Dupont SRL', iban: 'BE68539007547034', bic: 'GKCCBEBB' },
  link: 'https://facto.example.be/d/abc',
};

describe('tags', () => {
  it('knows exactly the tags of DOMAIN §12', () => {
    expect([...TAG_NAMES].sort()).toEqual(
      [
        'document_number',
        'number',
        'customer_name',
        'contact_name',
        'customer_number',
        'company_name',
        'iban',
        'bic',
        'total_amount_excl',
        'total_amount_incl',
        'total_amount_to_be_paid',
        'document_date',
        'expiration_date',
        'term',
        'structured_message',
        'financial_discount',
        'financial_discount_date',
        'total_amount_incl_with_financial_discount',
        'link',
        'payment_button',
        'sign_button',
        'start',
        'end',
      ].sort(),
    );
  });

  it('reports unknown tags once each, and does not take percentages for tags', () => {
    expect(unknownTags('Hello %customer_name%, %foo% and %foo% and %Number%')).toEqual([
      '%foo%',
      '%Number%',
    ]);
    expect(unknownTags('10 % off, then 20 % more; 100%')).toEqual([]);
  });

  it('fills every tag in the document language with Belgian formatting', () => {
    const values = documentTagValues(invoice);
    expect(
      resolveTags(
        '%number% du %document_date% : %total_amount_incl% (HTVA %total_amount_excl%), échéance %expiration_date% (%term%), %structured_message%, %iban% %bic%',
        values,
        'fr',
      ),
    ).toBe(
      'F2026-0042 du 15/01/2026 : 1.210,00 € (HTVA 1.000,00 €), échéance 14/02/2026 (30 jours), +++090/9337/55493+++, BE68 5390 0754 7034 GKCCBEBB',
    );
    expect(
      resolveTags(
        '%financial_discount% → %total_amount_incl_with_financial_discount% avant le %financial_discount_date%',
        values,
        'fr',
      ),
    ).toBe('2 % → 1.185,80 € avant le 23/01/2026');
    const english = documentTagValues({ ...invoice, language: 'en' });
    expect(resolveTags('%total_amount_to_be_paid% within %term%', english, 'en')).toBe(
      '€1,210.00 within 30 days',
    );
    const german = documentTagValues({ ...invoice, language: 'de' });
    expect(resolveTags('%document_date%, %term%', german, 'de')).toBe('15.01.2026, 30 Tage');
    expect(formatAmount('-1234567.5', 'nl', 'USD')).toBe('-1.234.567,50 USD');
  });

  it('leaves tags that do not apply empty, and never reads a value as a template', () => {
    const values = documentTagValues({
      ...invoice,
      type: 'quote',
      structuredCommunication: null,
      settlementDiscount: null,
      customer: { name: '%iban% <b>Client</b>', number: null, contactName: null },
    });
    expect(
      resolveTags('[%structured_message%][%financial_discount%][%customer_name%]', values, 'fr'),
    ).toBe('[][][%iban% <b>Client</b>]');
  });

  it('escapes every value and every character of the template in the HTML part', () => {
    const values = documentTagValues({
      ...invoice,
      customer: { name: '<script>alert(1)</script> & Co', number: null, contactName: null },
    });
    const html = resolveTagsHtml(
      'Bonjour %customer_name%,\n<b>unclosed <i>markup\n\n%payment_button%\n%link%',
      values,
      { language: 'fr', color: '#123456' },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;b&gt;unclosed &lt;i&gt;markup');
    expect(html).toContain('href="https://facto.example.be/d/abc"');
    expect(html).toContain('background:#123456');
    expect(html).toContain('Payer en ligne');
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  it('refuses links that are not http(s)', () => {
    const values = documentTagValues({ ...invoice, link: 'javascript:alert(1)' });
    expect(resolveTags('[%link%]', values, 'fr')).toBe('[]');
    expect(resolveTagsHtml('%payment_button%', values, { language: 'fr' })).not.toContain(
      'javascript',
    );
  });
});

describe('asides whose tags are empty', () => {
  const text = 'Compte : %iban% (BIC %bic%)\nTotal (TVAC) : %total_amount_incl%';

  it('drops "(BIC )" when the company has no BIC, keeps asides without tags', () => {
    const values = { iban: 'BE68 5390 0754 7034', total_amount_incl: '121,00 €' };
    expect(resolveTags(text, values, 'fr')).toBe(
      'Compte : BE68 5390 0754 7034\nTotal (TVAC) : 121,00 €',
    );
    expect(resolveTagsHtml(text, values, { language: 'fr' })).toBe(
      '<p style="margin:0 0 14px 0">Compte : BE68 5390 0754 7034<br>Total (TVAC) : 121,00 €</p>',
    );
  });

  it('keeps the aside when the BIC is known', () => {
    expect(resolveTags('%iban% (BIC %bic%)', { iban: 'BE68', bic: 'GEBABEBB' }, 'fr')).toBe(
      'BE68 (BIC GEBABEBB)',
    );
  });
});
