/**
 * The National Indicators and Towards 2010 targets each plan lists, with the role it states
 * ('Lead for Target', 'Support for Target', 'Joint Lead on Target') and the lead officers named.
 */
import type { SeedDocument } from '../../lib/seed';
import type { Section } from './units';
import { cleanCell } from './tables';

export type Role = 'lead' | 'support' | 'reports';

export interface Mention {
  framework: 'NI' | 'T2010';
  code: string;
  line: number;
  nodeId: string;
  /** Title as printed on this line, when the line gives one. */
  title?: string;
  /** A role only where the plan states one (or lists the indicator as one it reports). */
  role?: Role;
  officers?: string;
}

/** Only the plans' own role phrases count: 'Lead Professional Fair Trade' is a job title, not a role. */
function roleOf(text: string): Role | undefined {
  const lead = /\b(joint )?lead (for |on )?(this |the )?target\b|responsible for this target/i;
  const support =
    /\bsupport (for |on )?(this |the )?target\b|contribut(e|es|ing) (towards|to) this target/i;
  if (lead.test(text)) return 'lead';
  if (support.test(text)) return 'support';
  return undefined;
}

const niPlain = /\bNI\s?(\d{1,3})(?!\d)/g;
const t2010Plain =
  /\b(?:T2010|TT10|Towards 2010)(?:\s*[–:-]?\s*Target\s*|\s*[–:-]\s*|\s+)(\d{1,2})\b/gi;

export function findMentions(document: SeedDocument, sections: Section[]): Mention[] {
  const mentions: Mention[] = [];
  for (const section of sections) {
    let inT2010Rows: boolean = false;
    for (let number = section.from; number <= section.to; number += 1) {
      const raw = document.line(number);
      const cells = raw.split('\t').map(cleanCell);
      // 'Towards 2010 | Target 27 – …' often heads a run of rows whose first cell is left blank
      // ('| Target 3 – … (Support this target). | John Haywood'): each is a target of its own.
      // 'T2010 / APA / (Kent Agreement 2 TBC) / Directorate Priority' labels a row as much as 'T2010'.
      const t2010Label = /^(T2010|Towards 2010)(\s*\/\s*[^/]+)*$/i.test(cells[0] ?? '');
      const continued: boolean =
        inT2010Rows && cells[0] === '' && /^Target\s*\d/i.test(cells[1] ?? '');
      inT2010Rows = t2010Label || continued;
      if (!continued && !/NI\s?\d|T2010|TT10|Towards 2010/i.test(raw)) continue;
      const found = new Set<string>();
      const add = (mention: Mention) => {
        const key = `${mention.framework}${mention.code}`;
        if (found.has(key)) return;
        found.add(key);
        mentions.push(mention);
      };
      const [first = '', second = '', third = ''] = cells;
      // 'National Indicator | NI 127 – Self reported experience… | Support for Target'
      const niRole = /^NI\s?(\d{1,3})\s*[–-]\s*(.+)$/.exec(second);
      if (cells.length >= 3 && niRole?.[1] && niRole[2]) {
        add({
          framework: 'NI',
          code: niRole[1],
          line: number,
          nodeId: section.nodeId,
          title: niRole[2].trim(),
          ...withRole(roleOf(third)),
        });
      }
      // 'NI 64 | Child protection plans lasting 2 years or more' (a unit's list of the NIs it reports)
      const niList = /^NI\s?(\d{1,3})$/.exec(first);
      if (cells.length === 2 && niList?.[1] && second !== '') {
        add({
          framework: 'NI',
          code: niList[1],
          line: number,
          nodeId: section.nodeId,
          title: second,
          role: 'reports',
        });
      }
      // '- NI163 working age population qualified to at least Level 2 or higher'
      const niLine = /^(?:[-•▪]\s*)?NI\s?(\d{1,3})\s+([A-Za-z].+)$/.exec(raw.trim());
      if (cells.length === 1 && niLine?.[1] && niLine[2]) {
        add({
          framework: 'NI',
          code: niLine[1],
          line: number,
          nodeId: section.nodeId,
          title: niLine[2].replace(/\.$/, '').trim(),
        });
      }
      // 'Towards 2010 target 25 - | Promote Kent as a centre for the arts… (Lead on this target).',
      // 'Towards 2010 Support on Target 41 | Ensure that…', 'Towards 2010 Target 60 / Directorate
      // Priority | …': the first cell names the target (and maybe the role), the second its title.
      const labelTarget =
        /^(?:[^/]*\/\s*)*(?:T2010|Towards 2010)\s*[:–-]?\s*((?:Joint )?(?:Lead|Support)(?: on| for)? )?Target\s*(\d{1,2})\s*[:–-]?\s*(?:\/.*)?$/i.exec(
          first,
        );
      if (labelTarget?.[2] && cells.length >= 2) {
        const text = second.replace(/<[^>]+>/g, '').trim();
        const title = text
          .replace(/\((support|lead)( for| on)? (this |the )?target\)\.?/i, '')
          .replace(/[\s.]+$/, '')
          .trim();
        const role =
          roleOf(labelTarget[1] ? `${labelTarget[1]}target` : '') ??
          roleOf(/\((lead|support)[^)]*\)/i.exec(text)?.[0] ?? '') ??
          roleOf(third);
        add({
          framework: 'T2010',
          code: labelTarget[2],
          line: number,
          nodeId: section.nodeId,
          // Rows that state a role quote the target; the others paraphrase it in an action.
          ...(title && role ? { title } : {}),
          ...withRole(role),
          ...(third ? { officers: third } : {}),
        });
      }
      if ((t2010Label || continued) && cells.length >= 2) {
        const target =
          /^(?:(?:Joint )?(?:Lead|Support)(?: (?:on|for))? )?Target\s*(\d{1,2})\s*(?:[:–-]\s*)?(.*)$/i.exec(
            second.replace(/^(Lead on|Support) Target (\d+):\s*/i, 'Target $2 – '),
          );
        if (target?.[1]) {
          // 'Target 57 – responsible for this target Build on…': the unit's role, then the title.
          const responsible = /^(responsible for|contribute towards) this target\.?\s*/i.exec(
            target[2] ?? '',
          );
          const title = (target[2] ?? '')
            .replace(/^(responsible for|contribute towards) this target\.?\s*/i, '')
            .replace(/\((support|lead)( for| on)? (this |the )?target\)\.?/i, '')
            .replace(/^\.\s*/, '')
            .trim();
          const role =
            (responsible ? roleOf(responsible[0]) : undefined) ??
            roleOf(second.slice(0, 30)) ??
            roleOf(/\((lead|support)[^)]*\)/i.exec(second)?.[0] ?? '') ??
            roleOf(third) ??
            roleOf(/\(support for target\)/i.test(second) ? 'support' : '') ??
            // 'Target 6 -Increase opportunities… (contribute to this target via the Kent Graduate programme)'
            roleOf(/\(contribut[^)]*\)/i.exec(second)?.[0] ?? '');
          const officers = third
            .replace(/^(Joint )?(Lead|Support) (on|for) Target:?\s*/i, '')
            .trim();
          add({
            framework: 'T2010',
            code: target[1],
            line: number,
            nodeId: section.nodeId,
            ...(title ? { title } : {}),
            ...withRole(role),
            ...(officers ? { officers } : {}),
          });
        }
      }
      for (const match of raw.matchAll(niPlain)) {
        if (match[1])
          add({ framework: 'NI', code: match[1], line: number, nodeId: section.nodeId });
      }
      for (const match of raw.matchAll(t2010Plain)) {
        if (match[1])
          add({ framework: 'T2010', code: match[1], line: number, nodeId: section.nodeId });
      }
    }
  }
  return mentions;
}

function withRole(role: Role | undefined): { role?: Role } {
  return role ? { role } : {};
}
