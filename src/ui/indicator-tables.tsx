import { useMemo } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { DataTable } from './data-table';
import { columnsBySection } from './indicator-columns';
import { toRowGroups } from './indicator-row-groups';
import { sectionTitles } from './indicator-section-titles';
import { SECTIONS, sectionCaption, sectionOf } from './indicator-sections';
import type { LinkIntent } from './link-intent';
import { ScrollRegion } from './scroll-region';
import './indicator-tables.css';

interface IndicatorTablesProps {
  rows: readonly IndicatorRow[];
  structure: Structure | undefined;
  /** The node the page is about; its own name is not repeated as a group heading. */
  scopeId?: string | undefined;
  /** Heading level for the section titles (2 on the dashboard). */
  headingLevel?: 2 | 3 | 4;
  /** Makes the section ids unique when several of these tables share a page (one per open unit). */
  idPrefix?: string;
  /** Shared UI fetches nothing itself: the page passes its prefetch (usePrefetchIndicator()). */
  prefetch: LinkIntent;
}

/** The indicator table in the shape councils already read: in-year, annual and activity sections, grouped by unit. */
export function IndicatorTables({
  rows,
  structure,
  scopeId,
  headingLevel = 2,
  idPrefix = '',
  prefetch,
}: IndicatorTablesProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  const columns = useMemo(() => columnsBySection(prefetch), [prefetch]);
  const sections = SECTIONS.map((section) => ({
    section,
    rows: rows.filter((row) => sectionOf(row) === section),
  })).filter((entry) => entry.rows.length > 0);
  return (
    <>
      {sections.map(({ section, rows: sectionRows }) => {
        const { title, lead } = sectionTitles[section];
        const id = `${idPrefix}section-${section}`;
        return (
          <section key={section} aria-labelledby={id} className="indicator-section">
            <Heading id={id}>
              {title} <span className="count-chip">{sectionRows.length}</span>
            </Heading>
            <p className="section-lead">{lead}</p>
            <ScrollRegion label={title}>
              <DataTable
                caption={sectionCaption(title, sectionRows.length)}
                captionHidden
                columns={columns[section]}
                groups={toRowGroups(sectionRows, structure, scopeId)}
                rowKey={(row) => row.indicator.id}
                reflow
                className={`indicator-table indicator-table--${section}`}
              />
            </ScrollRegion>
          </section>
        );
      })}
    </>
  );
}
