import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { settingsQuery, useSaveSettings } from '@/data/api/admin';
import { FormNotices } from '@/ui/form-notices';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { usePageTitle } from '@/ui/use-page-title';

function PublicReadForm({ publicRead }: { publicRead: boolean }) {
  const id = useId();
  const [checked, setChecked] = useState(publicRead);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveSettings();
  return (
    <form
      className="admin-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { publicRead: checked },
          {
            onSuccess: (settings) => {
              setSaved(
                settings.publicRead
                  ? 'Saved: anyone can now read published figures without signing in.'
                  : 'Saved: only people who sign in can now read any figures.',
              );
            },
          },
        );
      }}
    >
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-public`}
          checked={checked}
          aria-describedby={`${id}-public-hint`}
          onChange={(event) => {
            setChecked(event.target.checked);
            setSaved(null);
          }}
        />
        <label htmlFor={`${id}-public`}>Anyone can read published figures without signing in</label>
      </div>
      <div id={`${id}-public-hint`} className="admin-hint">
        <p>
          <strong>On</strong>: residents, councillors and the press can read the approved
          (published) figures, their statuses and commentary without an account. Drafts and figures
          waiting for approval are never shown to them.
        </p>
        <p>
          <strong>Off</strong>: every page asks people to sign in first; anyone with an account (a
          viewer at least) can still read the published figures.
        </p>
        <p>
          A static publication (<code>npm run publish:db</code>) is public wherever you put it.
        </p>
      </div>
      <FormNotices error={save.error?.message} saved={saved} />
      <button type="submit" className="button" disabled={save.isPending || checked === publicRead}>
        Save settings
      </button>
    </form>
  );
}

export function SettingsPage() {
  usePageTitle('Settings – Administration');
  const settings = useQuery(settingsQuery());
  return (
    <section aria-labelledby="settings-heading" className="admin-section">
      <h2 id="settings-heading">Settings</h2>
      <h3>Public reading</h3>
      <QueryState query={settings} what="the settings" skeleton={<SkeletonLines lines={2} />}>
        {(data) => <PublicReadForm publicRead={data.publicRead} />}
      </QueryState>
    </section>
  );
}
