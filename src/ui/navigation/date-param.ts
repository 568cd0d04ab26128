/**
 * The date reader, in a module of its own so that only the pages that read a date from the address
 * (the audit log, returns) carry its pattern, not every page's first view (ADR 0090).
 */
import { matchingParam } from './search-params';

/** An ISO calendar date, YYYY-MM-DD, a real day (zod's `z.iso.date()` pattern). */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
export const isoDateParam = matchingParam(ISO_DATE);
