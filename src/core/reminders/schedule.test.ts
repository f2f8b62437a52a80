import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKind } from './classification.js';
import {
  belgianPublicHolidays,
  daysBetween,
  isWorkingDay,
  plusDays,
  workingDaysAfter,
} from './days.js';
import { RemindersError } from './errors.js';
import {
  checkSequence,
  dueStep,
  nextManualStep,
  latestDeadline,
  reminderDeadline,
  type PastReminder,
  type ScheduleStep,
} from './schedule.js';

const steps: ScheduleStep[] = [
  { id: 'first', daysAfterDue: 7 },
  { id: 'second', daysAfterDue: 30 },
  { id: 'notice', daysAfterDue: 60 },
];
const due = '2026-02-15';

describe('which step is due', () => {
  it('fires nothing on or before the due date, the first step on its day', () => {
    const at = (today: string, sent: PastReminder[] = []) =>
      dueStep({ steps, dueDate: due, today, sent, kind: 'b2b' });
    expect(at('2026-02-15')).toBeNull();
    expect(at('2026-02-21')).toBeNull();
    expect(at('2026-02-22')).toBe(0);
    expect(at('2026-03-16', [{ stepId: 'first', deadline: '2026-03-08' }])).toBeNull();
    expect(at('2026-03-17', [{ stepId: 'first', deadline: '2026-03-08' }])).toBe(1);
  });

  it('after an outage, sends only the most advanced step that is due (businesses)', () => {
    expect(dueStep({ steps, dueDate: due, today: '2026-04-20', sent: [], kind: 'b2b' })).toBe(2);
    expect(
      dueStep({
        steps,
        dueDate: due,
        today: '2026-04-20',
        sent: [{ stepId: 'first', deadline: '2026-03-08' }],
        kind: 'b2b',
      }),
    ).toBe(2);
  });

  it('always starts a consumer with the free first reminder, however late', () => {
    expect(dueStep({ steps, dueDate: due, today: '2026-04-20', sent: [], kind: 'b2c' })).toBe(0);
  });

  it('waits for the deadline the previous reminder gave', () => {
    const sent = [{ stepId: 'first', deadline: '2026-03-20' }];
    expect(dueStep({ steps, dueDate: due, today: '2026-03-20', sent, kind: 'b2b' })).toBeNull();
    expect(dueStep({ steps, dueDate: due, today: '2026-03-21', sent, kind: 'b2b' })).toBe(1);
  });

  it('never goes backwards and never repeats a step', () => {
    const sent = [{ stepId: 'notice', deadline: '2026-04-25' }];
    expect(dueStep({ steps, dueDate: due, today: '2027-01-01', sent, kind: 'b2b' })).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.subarray(['first', 'second', 'notice']),
        fc.constantFrom('b2b' as const, 'b2c' as const),
        (offset, sentIds, kind) => {
          const today = plusDays(due, offset);
          const past = sentIds.map((stepId) => ({ stepId, deadline: '2026-01-01' }));
          const index = dueStep({ steps, dueDate: due, today, sent: past, kind });
          if (index === null) return true;
          const step = steps[index];
          const highest = Math.max(-1, ...sentIds.map((id) => steps.findIndex((s) => s.id === id)));
          return (
            step !== undefined &&
            !sentIds.includes(step.id) &&
            index > highest &&
            daysBetween(due, today) >= step.daysAfterDue
          );
        },
      ),
    );
  });

  it('a manual reminder takes the step after the last one sent', () => {
    expect(nextManualStep(steps, [])).toBe(0);
    expect(nextManualStep(steps, [{ stepId: 'second', deadline: due }])).toBe(2);
    expect(nextManualStep(steps, [{ stepId: 'notice', deadline: due }])).toBeNull();
  });

  it('refuses sequences whose days do not increase', () => {
    expect(() => checkSequence([{ daysAfterDue: 7 }, { daysAfterDue: 7 }])).toThrow(RemindersError);
    expect(() => checkSequence([{ daysAfterDue: -1 }])).toThrow(RemindersError);
    expect(() => checkSequence([{ daysAfterDue: 0 }, { daysAfterDue: 10 }])).not.toThrow();
  });
});

describe('deadlines', () => {
  it('gives a consumer at least 14 days from the day after an email', () => {
    // Emailed on Monday 2 March 2026: day 1 is 3 March, day 14 is 16 March.
    expect(
      reminderDeadline({
        date: '2026-03-02',
        termDays: 8,
        kind: 'b2c',
        isFirst: true,
        channel: 'email',
      }),
    ).toBe('2026-03-16');
    expect(
      reminderDeadline({
        date: '2026-03-02',
        termDays: 21,
        kind: 'b2c',
        isFirst: true,
        channel: 'email',
      }),
    ).toBe('2026-03-23');
  });

  it('counts from the third working day after posting a paper reminder', () => {
    // Posted on Thursday 2 April 2026: Fri 3, (weekend), Easter Monday 6 April is a holiday,
    // Tue 7, Wed 8 → third working day 8 April; + 14 → 22 April.
    expect(workingDaysAfter('2026-04-02', 3)).toBe('2026-04-08');
    expect(
      reminderDeadline({
        date: '2026-04-02',
        termDays: 8,
        kind: 'b2c',
        isFirst: true,
        channel: 'post',
      }),
    ).toBe('2026-04-22');
  });

  it('uses the step term alone for businesses and later consumer reminders', () => {
    expect(
      reminderDeadline({
        date: '2026-03-02',
        termDays: 8,
        kind: 'b2b',
        isFirst: true,
        channel: 'email',
      }),
    ).toBe('2026-03-10');
    expect(
      reminderDeadline({
        date: '2026-03-02',
        termDays: 8,
        kind: 'b2c',
        isFirst: false,
        channel: 'email',
      }),
    ).toBe('2026-03-10');
  });

  it('never gives a consumer less than 14 days on a first reminder', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('email' as const, 'post' as const),
        (offset, termDays, channel) => {
          const date = plusDays('2025-01-01', offset);
          const deadline = reminderDeadline({
            date,
            termDays,
            kind: 'b2c',
            isFirst: true,
            channel,
          });
          return daysBetween(date, deadline) >= 14 && daysBetween(date, deadline) >= termDays;
        },
      ),
    );
  });
});

describe('a later reminder keeps the time an earlier one gave (Book XIX)', () => {
  it("a second reminder the same day keeps the first one's 14 days", () => {
    const first = reminderDeadline({
      date: '2026-03-02',
      termDays: 7,
      kind: 'b2c',
      isFirst: true,
      channel: 'email',
    });
    expect(first).toBe('2026-03-16');
    const second = reminderDeadline({
      date: '2026-03-02',
      termDays: 7,
      kind: 'b2c',
      isFirst: false,
      channel: 'email',
      promised: latestDeadline([{ stepId: 'first', deadline: first }]),
    });
    expect(second).toBe('2026-03-16');
  });

  it('a reminder after the running deadline gives its own term', () => {
    expect(
      reminderDeadline({
        date: '2026-03-20',
        termDays: 7,
        kind: 'b2c',
        isFirst: false,
        channel: 'post',
        promised: '2026-03-16',
      }),
    ).toBe('2026-03-27');
    expect(
      latestDeadline([
        { stepId: 'a', deadline: '2026-03-16' },
        { stepId: 'b', deadline: '2026-03-09' },
      ]),
    ).toBe('2026-03-16');
    expect(latestDeadline([])).toBe(null);
  });
});

describe('calendar', () => {
  it('knows the Belgian public holidays', () => {
    expect(belgianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(isWorkingDay('2026-07-21')).toBe(false);
    expect(isWorkingDay('2026-07-22')).toBe(true);
    expect(isWorkingDay('2026-07-25')).toBe(false);
  });

  it('counts days across months, leap years and DST changes alike', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('business or consumer', () => {
  it('is a business with a VAT or enterprise number', () => {
    expect(customerKind({ vatNumber: 'BE0566988259', enterpriseNumber: null })).toBe('b2b');
    expect(customerKind({ vatNumber: null, enterpriseNumber: '0566988259' })).toBe('b2b');
    expect(customerKind({ vatNumber: ' ', enterpriseNumber: null })).toBe('b2c');
    expect(customerKind({})).toBe('b2c');
  });
});
