/**
 * Checks one translated catalogue against its English source (issue 13 item 4): keys missing
 * or empty, keys English no longer has, `{n}` placeholders lost or invented, and plural forms.
 *
 * Plural forms: a key family `<base>.<category>` (zero, one, two, few, many, other) is one
 * message in plural forms. A translation needs exactly the categories its language's
 * Intl.PluralRules has (Polish: one, few, many, other; German: one, other), whatever English has;
 * each form may use only placeholders English's `other` form has (a `one` form may leave out
 * the number: "1 second"), and `other` must keep them all.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export interface CatalogueProblem {
  key: string;
  problem: 'missing' | 'stale' | 'placeholders' | 'plural-missing' | 'plural-extra' | 'forbidden';
  detail?: string;
}

const placeholders = (s: string): string[] => [...(s.match(/\{\d+\}/g) ?? [])].sort();
const pluralRe = new RegExp(`^(.*)\\.(${PLURAL_CATEGORIES.join('|')})$`);

/** `{base: {category: key}}` for every plural family in a key set. */
function families(keys: Iterable<string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const key of keys) {
    const m = pluralRe.exec(key);
    if (!m) continue;
    if (!out.has(m[1]!)) out.set(m[1]!, new Map());
    out.get(m[1]!)!.set(m[2]!, key);
  }
  // One category alone is an ordinary key that happens to end in a category word.
  for (const [base, forms] of out) if (!forms.has('other')) out.delete(base);
  return out;
}

export function checkCatalogue(english: Readonly<Record<string, string>>, translated: Readonly<Record<string, string>>, lang: string, options: { forbid?: RegExp } = {}): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const englishFamilies = families(Object.keys(english));
  const pluralKeys = new Set([...englishFamilies.values()].flatMap((f) => [...f.values()]));
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  for (const [key, text] of Object.entries(english)) {
    if (pluralKeys.has(key)) continue;
    const t = translated[key];
    if (t === undefined || t.trim() === '') problems.push({ key, problem: 'missing' });
    else if (placeholders(t).join() !== placeholders(text).join()) problems.push({ key, problem: 'placeholders', detail: `${placeholders(text).join(' ')} -> ${placeholders(t).join(' ')}` });
  }
  for (const [base, forms] of englishFamilies) {
    const other = placeholders(english[forms.get('other')!]!);
    for (const category of needed) {
      const key = `${base}.${category}`;
      const t = translated[key];
      if (t === undefined || t.trim() === '') problems.push({ key, problem: 'plural-missing', detail: `${lang} needs ${needed.join(', ')}` });
      else if (category === 'other' ? placeholders(t).join() !== other.join() : placeholders(t).some((p) => !other.includes(p)))
        problems.push({ key, problem: 'placeholders', detail: `${other.join(' ')} -> ${placeholders(t).join(' ')}` });
    }
  }
  for (const [key, t] of Object.entries(translated)) {
    const m = pluralRe.exec(key);
    if (m && englishFamilies.has(m[1]!)) {
      if (!needed.includes(m[2]!)) problems.push({ key, problem: 'plural-extra', detail: `${lang} has no ${m[2]} form` });
    } else if (!(key in english)) problems.push({ key, problem: 'stale' });
    if (options.forbid?.test(t)) problems.push({ key, problem: 'forbidden', detail: String(options.forbid) });
  }
  return problems;
}
