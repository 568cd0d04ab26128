/**
 * Who is making a request. The accounts layer (sessions, issue 10) provides an ActorSource; the
 * routes only ask it. No actor means no writing: every change in the history names a person.
 */
import type { Context } from 'hono';
import { actorSchema, type Actor } from '@/data/api/contract';

export type ActorSource = (c: Context) => Actor | null | Promise<Actor | null>;

/** Nobody is signed in: reads work, writes answer 401. */
export const noActor: ActorSource = () => null;

/**
 * For browser journeys and tests before accounts exist: `RAGSTONE_TEST_ACTOR="id:Name"` is every
 * request's actor, honoured ONLY when `RAGSTONE_TEST_MODE=1` is also set. Production never sets it.
 */
export function testActorFromEnv(env: NodeJS.ProcessEnv): ActorSource | null {
  if (env.RAGSTONE_TEST_MODE !== '1' || !env.RAGSTONE_TEST_ACTOR) return null;
  const [id = '', ...name] = env.RAGSTONE_TEST_ACTOR.split(':');
  const actor = actorSchema.parse({ id, name: name.join(':') || id });
  return () => actor;
}
