import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** Id of the element holding each page's content: the skip link's target. */
export const MAIN_CONTENT_ID = 'main-content';

/** The first Tab stop of every page: jumps over the header and the menu to the content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className={classes.link} data-testid="skip-link">
      {t('nav.skipToContent')}
    </a>
  );
}
