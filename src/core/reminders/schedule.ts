import type { CustomerKind } from './classification.js';
import { laterOf, plusDays, workingDaysAfter } from './days.js';
import { RemindersError } from './errors.js';

/** A consumer's first reminder gives at least this many calendar days to pay (art. XIX.2 §1). */
export const CONSUMER_MIN_DEADLINE_DAYS = 14;

export interface ScheduleStep {
  id: string;
  /** The step is due this many days after the invoice's due date. */
  daysAfterDue: number;
}

export interface PastReminder {
  stepId: string | null;
  /** The payment deadline that reminder gave. */
  deadline: string;
}

/** The day a step becomes due for an invoice. */
export const stepDate = (dueDate: string, step: Pick<ScheduleStep, 'daysAfterDue'>): string =>
  plusDays(dueDate, step.daysAfterDue);

/** Steps must come one after the other: strictly increasing days after the due date. */
export function checkSequence(steps: readonly Pick<ScheduleStep, 'daysAfterDue'>[]): void {
  steps.forEach((step, i) => {
    const previous = steps[i - 1];
    if (step.daysAfterDue < 0 || (previous && step.daysAfterDue <= previous.daysAfterDue))
      throw new RemindersError('invalidSequence');
  });
}

export interface DueStepInput {
  steps: readonly ScheduleStep[];
  dueDate: string;
  today: string;
  /** The reminders this invoice already received. */
  sent: readonly PastReminder[];
  kind: CustomerKind;
}

/**
 * Which step, if any, an invoice should receive today (its index in `steps`).
 *
 * - Only steps after the most advanced one already sent: a sequence never goes backwards.
 * - Nothing while the deadline given by the previous reminder runs (the customer was promised
 *   that day).
 * - Of the steps whose day has come, the most advanced one: after a worker outage, the customer
 *   receives one reminder, the one the sequence has reached, not a burst of every missed step.
 * - A consumer who has had no reminder yet always gets the first step first (the free reminder
 *   with its 14 days, without which no damages or interest may be claimed), however late.
 */
export function dueStep(input: DueStepInput): number | null {
  const { steps, dueDate, today, sent, kind } = input;
  if (today <= dueDate) return null;
  const sentIndexes = sent
    .map((reminder) => steps.findIndex((step) => step.id === reminder.stepId))
    .filter((index) => index >= 0);
  const highestSent = Math.max(-1, ...sentIndexes);
  const lastDeadline = sent.reduce<string | null>(
    (latest, reminder) =>
      latest === null ? reminder.deadline : laterOf(latest, reminder.deadline),
    null,
  );
  if (lastDeadline !== null && today <= lastDeadline) return null;
  const due = steps
    .map((step, index) => ({ index, date: stepDate(dueDate, step) }))
    .filter(({ index, date }) => index > highestSent && date <= today)
    .map(({ index }) => index);
  if (due.length === 0) return null;
  if (kind === 'b2c' && sent.length === 0) return due[0] ?? null;
  return due[due.length - 1] ?? null;
}

/**
 * The step a manual "send a reminder now" uses: the one after the most advanced already sent,
 * whatever its day; null when every step was sent.
 */
export function nextManualStep(
  steps: readonly ScheduleStep[],
  sent: readonly PastReminder[],
): number | null {
  const highestSent = Math.max(
    -1,
    ...sent.map((reminder) => steps.findIndex((step) => step.id === reminder.stepId)),
  );
  return highestSent + 1 < steps.length ? highestSent + 1 : null;
}

export type ReminderChannel = 'email' | 'post';

/**
 * The new payment deadline a reminder gives: its date plus the step's term. A consumer's first
 * reminder gives at least 14 calendar days, counted from the day after an email or from the
 * third working day after posting (art. XIX.2 §1). A later reminder never takes back time an
 * earlier one gave: its deadline is at the earliest the latest deadline already promised (a
 * second reminder made the same day as the first keeps the first one's 14 days).
 */
export function reminderDeadline(input: {
  date: string;
  termDays: number;
  kind: CustomerKind;
  isFirst: boolean;
  channel: ReminderChannel;
  /** The latest deadline the invoice's earlier reminders gave, if any. */
  promised?: string | null;
}): string {
  let deadline = plusDays(input.date, Math.max(0, input.termDays));
  if (input.kind === 'b2c' && input.isFirst) {
    const start = input.channel === 'email' ? input.date : workingDaysAfter(input.date, 3);
    deadline = laterOf(deadline, plusDays(start, CONSUMER_MIN_DEADLINE_DAYS));
  }
  return input.promised ? laterOf(deadline, input.promised) : deadline;
}

/** The latest deadline a list of reminders gave, or null when there is none. */
export const latestDeadline = (sent: readonly PastReminder[]): string | null =>
  sent.reduce<string | null>(
    (latest, reminder) =>
      latest === null ? reminder.deadline : laterOf(latest, reminder.deadline),
    null,
  );
