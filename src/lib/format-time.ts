const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** '14:02' today, '3 June, 14:02' on another day: how old the figures on screen are. */
export function formatUpdatedAt(timestamp: number, now: number = Date.now()): string {
  const then = new Date(timestamp);
  return then.toDateString() === new Date(now).toDateString()
    ? clock.format(then)
    : dayAndClock.format(then);
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dayMonthYearClock = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** '3 June 2012': the day something was changed, in the reader's time zone. */
export function formatChangedOn(at: string): string {
  return dayMonthYear.format(new Date(at));
}

/** '3 June 2012 at 14:02': when a figure was changed, for its history and a correction. */
export function formatChangedAt(at: string): string {
  return dayMonthYearClock.format(new Date(at));
}
