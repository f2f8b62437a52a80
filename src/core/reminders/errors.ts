export const REMINDERS_ERROR_CODES = ['invalidDate', 'invalidSequence'] as const;
export type RemindersErrorCode = (typeof REMINDERS_ERROR_CODES)[number];

export class RemindersError extends Error {
  constructor(readonly code: RemindersErrorCode) {
    super(code);
    this.name = 'RemindersError';
  }
}
