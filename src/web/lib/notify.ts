import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';
import { ApiError } from './api-error';
import { ErrorToasts } from './error-toasts';

const errorToasts = new ErrorToasts();
const currentPage = (): string => (typeof window === 'undefined' ? '' : window.location.pathname);

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : i18n.t('errors.unexpected');
}

export function notifyError(error: unknown): void {
  const id = notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: errorMessage(error),
  });
  errorToasts.add(id, currentPage());
}

/** A success also clears the page's earlier error toasts: they no longer describe the state. */
export function notifySuccess(message: string): void {
  for (const id of errorToasts.takeFor(currentPage())) notifications.hide(id);
  notifications.show({ color: 'teal', message });
}
