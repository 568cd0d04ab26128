import { useQuery } from '@tanstack/react-query';
import { peopleQuery } from '@/data/api/admin';
import { organisationQuery } from '@/data/api/queries';
import { meQuery } from '@/data/api/session';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { usePageTitle } from '@/ui/use-page-title';
import { AddPersonForm } from './add-person-form';
import { PersonCard } from './person-card';

/** Everyone with an account, their roles, and adding someone new. */
export function PeoplePage() {
  usePageTitle('People and roles – Administration');
  const people = useQuery(peopleQuery());
  const organisation = useQuery(organisationQuery());
  const me = useQuery(meQuery());
  const structures = organisation.data?.structures ?? [];
  return (
    <>
      <section aria-labelledby="people-heading" className="admin-section">
        <h2 id="people-heading">People and roles</h2>
        <p>
          A contributor or approver role for a unit covers the units below it. Changing someone’s
          roles signs them out, so the change applies at once.
        </p>
        <QueryState query={people} what="the people" skeleton={<SkeletonLines lines={4} />}>
          {(data) => (
            <ul className="people-list">
              {data.people.map((person) => (
                <PersonCard
                  key={person.id}
                  person={person}
                  structures={structures}
                  isSelf={person.id === me.data?.user?.id}
                />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      <AddPersonForm structures={structures} />
    </>
  );
}
