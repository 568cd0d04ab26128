/**
 * The rows the returns template is prefilled with, from the whole indicator list (1.9 MB on the
 * static publication, and the API client's code on top). A reader's page asks for it only when
 * the reader reaches for the template (pointer over or focus on its buttons, or a press), never
 * after hydrating by itself (ADR 0087); a signed-in person on the server, who may import a filled
 * template checked against that list, gets it at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import { afterFirstView, indicatorListQuery } from '@/data/api/queries';

export interface TemplateRows {
  /** Every indicator, once loaded (empty before). */
  allRows: readonly IndicatorRow[];
  /** True while the buttons cannot be used: nothing to prefill, or the list a signed-in person's import needs is on its way. */
  disabled: boolean;
  /** The reader is reaching for the template: start loading the list. */
  ask: () => void;
  /** This page's rows, loading the list first if need be (for a press). */
  loadRows: () => Promise<readonly IndicatorRow[]>;
}

export function useTemplateRows(indicatorIds: readonly string[], atOnce: boolean): TemplateRows {
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState(false);
  const list = useQuery({ ...indicatorListQuery(), ...afterFirstView, enabled: atOnce || asked });
  const allRows = list.data?.rows ?? [];
  const pick = (rows: readonly IndicatorRow[]) => {
    const wanted = new Set(indicatorIds);
    return rows.filter((row) => wanted.has(row.indicator.id));
  };
  const disabled =
    list.data !== undefined ? pick(list.data.rows).length === 0 : list.isFetching && !asked;
  return {
    allRows,
    disabled,
    ask: () => {
      setAsked(true);
    },
    loadRows: async () => pick((await queryClient.query(indicatorListQuery())).rows),
  };
}
