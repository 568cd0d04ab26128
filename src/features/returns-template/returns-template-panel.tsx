/**
 * The returns template where figures are entered: download it prefilled with this page's
 * indicators, import a filled copy, and (for one indicator) see its returns in progress.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { manifestQuery } from '@/data/api/queries';
import { meQuery } from '@/data/api/session';
import { SignInPrompt } from '@/ui/sign-in-prompt';
import { TemplateDownload } from './template-download';
import { useTemplateRows } from './use-template-rows';
import './returns-template.css';

// Importing a filled template (the file reader, the preview, the mutations) and the returns in
// progress are only for a signed-in person on the server: their code loads then, never in the
// first view of a reader's page (issue 13).
const TemplateImport = lazy(() =>
  import('./template-import').then((module) => ({ default: module.TemplateImport })),
);
const ReturnsInProgress = lazy(() =>
  import('./returns-in-progress').then((module) => ({ default: module.ReturnsInProgress })),
);

interface ReturnsTemplatePanelProps {
  /** The indicators the template is prefilled with. */
  indicatorIds: readonly string[];
  /** For the file name: the indicator or unit. */
  name: string;
}

export function ReturnsTemplatePanel({ indicatorIds, name }: ReturnsTemplatePanelProps) {
  const headingId = useId();
  const manifest = useQuery(manifestQuery());
  const writable = manifest.data?.writable ?? false;
  const me = useQuery({ ...meQuery(), enabled: writable });
  const signedIn = me.data?.user != null;
  const template = useTemplateRows(indicatorIds, writable && signedIn);
  const [single] = indicatorIds;

  return (
    <section aria-labelledby={headingId} className="indicator-section returns-template">
      <h2 id={headingId}>Returns template</h2>
      <p>
        Enter figures, commentaries, targets and floors in Excel: download the template prefilled
        with{' '}
        {indicatorIds.length === 1 ? 'this indicator' : `these ${indicatorIds.length} indicators`},
        fill it in, and import it here. You see every row before anything is saved.
      </p>
      <TemplateDownload template={template} name={name} />
      {!writable ? (
        <p className="notice notice--info">
          This copy of Ragstone is a read-only publication: a filled template can be imported only
          on the Ragstone server.
        </p>
      ) : signedIn ? (
        <Suspense fallback={null}>
          <TemplateImport allRows={template.allRows} />
        </Suspense>
      ) : (
        <SignInPrompt>Importing a filled template needs a signed-in person.</SignInPrompt>
      )}
      {writable && signedIn && indicatorIds.length === 1 && single !== undefined ? (
        <>
          <h3>Returns in progress</h3>
          <Suspense fallback={null}>
            <ReturnsInProgress indicatorId={single} />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}
