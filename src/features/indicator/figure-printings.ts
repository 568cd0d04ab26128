/**
 * The papers often print one figure several times (a business plan repeats last year's actual in
 * each section). The dataset keeps every printing, for its provenance; a table shows the figure
 * once, with all the places it was printed.
 */
import type { Observation, Provenance } from '@/data/contract/dataset-schema';
import { figureBasisOrder } from '@/domain/figure-basis';
import { comparePeriodIds } from '@/domain/periods';
import { measureOrder } from './figure-labels';

export interface FigureWithPrintings {
  /** The first printing, standing for them all. */
  observation: Observation;
  /** Every distinct place the figure was printed, in the order read. */
  printings: Provenance[];
  /** Unique among the figures of one indicator: a stable React key. */
  key: string;
}

/** The slot a figure fills and what it says: printings agreeing on all of it are one figure. */
function identity(o: Observation): string {
  return [
    o.area,
    o.period,
    o.basis,
    o.measure,
    String(o.value),
    o.text ?? '',
    o.missing?.reason ?? '',
  ].join('|');
}

export function figuresWithPrintings(observations: readonly Observation[]): FigureWithPrintings[] {
  const figures = new Map<string, FigureWithPrintings>();
  for (const observation of observations) {
    const key = identity(observation);
    const figure = figures.get(key) ?? { observation, printings: [], key };
    figures.set(key, figure);
    const { provenance } = observation;
    if (
      provenance &&
      !figure.printings.some(
        (p) => p.document === provenance.document && p.line === provenance.line,
      )
    ) {
      figure.printings.push(provenance);
    }
  }
  return [...figures.values()];
}

/** Each figure once, oldest period first, then measure and basis: as the table and its export list them. */
export function figuresInOrder(observations: readonly Observation[]): FigureWithPrintings[] {
  return figuresWithPrintings(observations).sort(
    ({ observation: a }, { observation: b }) =>
      comparePeriodIds(a.period, b.period) ||
      measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) ||
      figureBasisOrder(a.basis) - figureBasisOrder(b.basis),
  );
}
