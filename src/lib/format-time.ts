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
