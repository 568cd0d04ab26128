/**
 * Who may do what. A person holds one or more grants; contributor and approver grants name an
 * organisation unit and cover every unit below it in that structure. Rights never come from a
 * role implicitly: an administrator who also enters figures holds a contributor grant as well,
 * so the audit trail always shows the right that was used (docs/decisions/0015-*).
 */

export const ROLE_NAMES = ['viewer', 'contributor', 'approver', 'administrator'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Roles that only make sense for a unit. */
export const UNIT_ROLES: readonly RoleName[] = ['contributor', 'approver'];

export interface UnitRef {
  structureId: string;
  nodeId: string;
}

export type RoleGrant =
  { role: 'viewer' | 'administrator' } | { role: 'contributor' | 'approver'; unit: UnitRef };

export interface ActorInput {
  id: string;
  grants: readonly RoleGrant[];
}

export interface OrgTreeInput {
  structures: readonly {
    id: string;
    nodes: readonly { id: string; parentId: string | null }[];
  }[];
}

export interface OwnedIndicatorInput {
  id: string;
  owners: readonly { nodeId: string; role: 'lead' | 'support' | 'reports'; structureId?: string }[];
}

/** Supporting a partner's indicator does not mean entering its figures: only lead and reports. */
const RESPONSIBLE_OWNER_ROLES = new Set(['lead', 'reports']);

export const isAdministrator = (actor: ActorInput | null): boolean =>
  actor?.grants.some((grant) => grant.role === 'administrator') ?? false;

/**
 * Whether the person holds any role that writes (contributor, approver or administrator). Writes
 * that belong to no single unit (a shared benchmark import, a returns batch before its rows are
 * read) refuse a viewer with this before reading the request.
 */
export const mayWriteAnything = (actor: ActorInput | null): boolean =>
  actor?.grants.some((grant) => grant.role !== 'viewer') ?? false;

/** The ancestors of a node, itself first, within one structure ([] when it is not in it). */
function selfAndAncestors(tree: OrgTreeInput, structureId: string, nodeId: string): string[] {
  const structure = tree.structures.find((candidate) => candidate.id === structureId);
  if (!structure) return [];
  const parentOf = new Map(structure.nodes.map((node) => [node.id, node.parentId]));
  const chain: string[] = [];
  let current: string | null | undefined = parentOf.has(nodeId) ? nodeId : undefined;
  while (current !== undefined && current !== null && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return chain;
}

/** The structures an owner entry can refer to: its own, or any holding the node. */
function structuresFor(tree: OrgTreeInput, owner: OwnedIndicatorInput['owners'][number]): string[] {
  if (owner.structureId !== undefined) return [owner.structureId];
  return tree.structures
    .filter((structure) => structure.nodes.some((node) => node.id === owner.nodeId))
    .map((structure) => structure.id);
}

/** True when a grant of `role` over some unit covers a unit responsible for the indicator. */
function holdsUnitRole(
  actor: ActorInput | null,
  role: 'contributor' | 'approver',
  indicator: OwnedIndicatorInput,
  tree: OrgTreeInput,
): boolean {
  if (actor === null) return false;
  const grants = actor.grants.filter(
    (grant): grant is Extract<RoleGrant, { unit: UnitRef }> => grant.role === role,
  );
  if (grants.length === 0) return false;
  return indicator.owners.some(
    (owner) =>
      RESPONSIBLE_OWNER_ROLES.has(owner.role) &&
      structuresFor(tree, owner).some((structureId) => {
        const chain = selfAndAncestors(tree, structureId, owner.nodeId);
        return grants.some(
          (grant) => grant.unit.structureId === structureId && chain.includes(grant.unit.nodeId),
        );
      }),
  );
}

/** May enter, correct and submit the indicator's figures and commentary. */
export const canEdit = (
  actor: ActorInput | null,
  indicator: OwnedIndicatorInput,
  tree: OrgTreeInput,
): boolean => holdsUnitRole(actor, 'contributor', indicator, tree);

/** May approve (publish) or return the indicator's submitted figures. */
export const canApprove = (
  actor: ActorInput | null,
  indicator: OwnedIndicatorInput,
  tree: OrgTreeInput,
): boolean => holdsUnitRole(actor, 'approver', indicator, tree);

/** May see figures that are not yet approved (drafts, submitted, returned). */
export const canSeeUnpublished = (
  actor: ActorInput | null,
  indicator: OwnedIndicatorInput,
  tree: OrgTreeInput,
): boolean =>
  isAdministrator(actor) || canEdit(actor, indicator, tree) || canApprove(actor, indicator, tree);

/** One sentence for a 403, naming what the person lacks. */
export function forbiddenReason(
  action: 'edit' | 'approve' | 'administer',
  indicator?: OwnedIndicatorInput,
): string {
  switch (action) {
    case 'edit':
      return `You are not a contributor for a unit responsible for ${indicator?.id ?? 'this indicator'}.`;
    case 'approve':
      return `You are not an approver for a unit responsible for ${indicator?.id ?? 'this indicator'}.`;
    case 'administer':
      return 'Only administrators can do this.';
  }
}

/**
 * A benchmark import kept on the server may be removed by the person who imported it or by an
 * administrator (ADR 0053): others compare with it but cannot take it from them.
 */
export const canRemoveImport = (actor: ActorInput | null, importedBy: string): boolean =>
  actor !== null && mayWriteAnything(actor) && (actor.id === importedBy || isAdministrator(actor));

/** Each role in words, for screens and the audit log. */
export const ROLE_LABELS: Record<RoleName, string> = {
  viewer: 'Viewer',
  contributor: 'Contributor',
  approver: 'Approver',
  administrator: 'Administrator',
};

/** "Contributor for Libraries" (the unit's name from `unitName`), or "Administrator". */
export function describeGrant(grant: RoleGrant, unitName: (unit: UnitRef) => string): string {
  const label = ROLE_LABELS[grant.role];
  return 'unit' in grant ? `${label} for ${unitName(grant.unit)}` : label;
}

/** Same right twice is one right: grants are compared by role and unit. */
export const sameGrant = (a: RoleGrant, b: RoleGrant): boolean =>
  a.role === b.role &&
  ('unit' in a ? a.unit.structureId : '') === ('unit' in b ? b.unit.structureId : '') &&
  ('unit' in a ? a.unit.nodeId : '') === ('unit' in b ? b.unit.nodeId : '');
