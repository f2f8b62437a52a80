import { useTranslation } from 'react-i18next';

/** UNCL5305 categories in words, for VAT lines at 0 %. */
export function useVatCategoryLabel(): (category: string) => string {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    S: t('documents.vatCategories.S'),
    Z: t('documents.vatCategories.Z'),
    E: t('documents.vatCategories.E'),
    AE: t('documents.vatCategories.AE'),
    K: t('documents.vatCategories.K'),
    G: t('documents.vatCategories.G'),
    O: t('documents.vatCategories.O'),
  };
  return (category) => labels[category] ?? category;
}
