/**
 * Column shapes the Drizzle mirrors of the migrations (server/db/schema.ts for the dataset and
 * figures, server/auth/schema.ts for accounts and returns) share, so a figure's address, the
 * actor of a change and a point in time are written one way in both.
 */
import { bigserial, text, timestamp } from 'drizzle-orm/pg-core';

/** A point in time read as a Date (the accounts and returns tables). */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A point in time read as its ISO text (the dataset and figure tables, which serve it as text). */
export const instantText = (name: string) =>
  timestamp(name, { withTimezone: true, mode: 'string' });

/** An append-only row's own id. */
export const serialId = () => bigserial('id', { mode: 'number' }).primaryKey();

/** Where a figure sits: the indicator, the area and the period. */
export const figureAddress = () => ({
  indicatorId: text('indicator_id').notNull(),
  area: text('area').notNull(),
  period: text('period').notNull(),
});

/** Who made a change, as they were named when they made it. */
export const actorColumns = () => ({
  actorId: text('actor_id').notNull(),
  actorName: text('actor_name').notNull(),
});
