/**
 * The Definition and status panel's words, pure: the codes, the rating rule, the owners' term
 * and the direction's reason without the label its badge already shows.
 */
import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatCodes } from '@/domain/frameworks';
import { describeRule, RULE_NAMES } from '@/domain/rating';

type Indicator = IndicatorDetailResponse['indicator'];

/** The badge already says 'Improving' etc., so the reason beside it should not say it again. */
export function withoutLeadingLabel(reason: string): string {
  const rest = reason.replace(/^(improving|worsening|no change|not comparable):\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function codesWords(codes: Indicator['codes']): string {
  return codes.length > 0 ? formatCodes(codes, '; ') : 'Local indicator (no framework code)';
}

/** The rule's name and what it does; a rule that rates nothing needs no name. */
export function ruleWords(rule: Indicator['rule']): string {
  return rule.type === 'not-rated'
    ? describeRule(rule)
    : `${RULE_NAMES[rule.type]}: ${describeRule(rule)}`;
}

export const roleLabels = { lead: 'Lead', support: 'Supports', reports: 'Reports' } as const;

/** Each owner with its structure (when the page holds it) and its unit's name. */
export function ownersOf(detail: IndicatorDetailResponse, structures: readonly Structure[]) {
  return detail.indicator.owners.map((owner) => {
    const structure =
      structures.find((s) => s.id === owner.structureId) ??
      structures.find((s) => s.nodes.some((node) => node.id === owner.nodeId));
    const node =
      structure?.nodes.find((n) => n.id === owner.nodeId) ??
      detail.owners.find((n) => n.id === owner.nodeId);
    return { owner, structure, name: node?.name ?? owner.nodeId };
  });
}

export type OwnerShown = ReturnType<typeof ownersOf>[number];
