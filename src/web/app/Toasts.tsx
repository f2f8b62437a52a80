import { Notifications } from '@mantine/notifications';

/** The toasts' frame, in a chunk of its own (see App). */
export function Toasts() {
  return <Notifications position="top-right" />;
}
