const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Belgium (`YYYY-MM-DD`): documents are dated in local time. */
export function todayInBelgium(now: Date): string {
  return brussels.format(now);
}
