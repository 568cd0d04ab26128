/**
 * The register of English local authorities (generated reference data, see its description):
 * validated once here, the one boundary it crosses, and looked up by code, old LA code or name.
 */
import { z } from 'zod';
import registerJson from './english-local-authorities.json';
import { nameKey } from './name-key';

export { nameKey };

const authorityTypeSchema = z.enum([
  'county',
  'unitary',
  'metropolitan',
  'london-borough',
  'district',
]);

export const localAuthoritySchema = z.object({
  code: z.string().regex(/^E\d{8}$/),
  name: z.string().min(1),
  type: authorityTypeSchema,
  region: z.string().optional(),
  oldLaCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  aliases: z.array(z.string()),
  formerNames: z.array(z.string()).optional(),
});
export type LocalAuthority = z.infer<typeof localAuthoritySchema>;

export const localAuthorityRegisterSchema = z.object({
  description: z.string(),
  sources: z.array(z.string()),
  authorities: z.array(localAuthoritySchema),
});
export type LocalAuthorityRegister = z.infer<typeof localAuthorityRegisterSchema>;

let parsed: LocalAuthorityRegister | undefined;

export function localAuthorityRegister(): LocalAuthorityRegister {
  parsed ??= localAuthorityRegisterSchema.parse(registerJson);
  return parsed;
}

export interface RegisterLookup {
  byCode(code: string): LocalAuthority | undefined;
  byName(name: string): LocalAuthority | undefined;
}

let lookup: RegisterLookup | undefined;

/** Lookups built once: by ONS code or old LA code, and by name, alias or former name. */
export function registerLookup(): RegisterLookup {
  if (lookup) return lookup;
  const codes = new Map<string, LocalAuthority>();
  const names = new Map<string, LocalAuthority | null>();
  const addName = (name: string, authority: LocalAuthority) => {
    const key = nameKey(name);
    const known = names.get(key);
    // Two authorities sharing a name key (a county and its namesake district) match by code only.
    names.set(key, known === undefined || known === authority ? authority : null);
  };
  for (const authority of localAuthorityRegister().authorities) {
    codes.set(authority.code, authority);
    if (authority.oldLaCode) codes.set(authority.oldLaCode, authority);
    for (const name of [authority.name, ...authority.aliases, ...(authority.formerNames ?? [])])
      addName(name, authority);
  }
  lookup = {
    byCode: (code) => codes.get(code.trim().toUpperCase()),
    byName: (name) => names.get(nameKey(name)) ?? undefined,
  };
  return lookup;
}
