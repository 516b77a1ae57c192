import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { caseSchema } from '../../../shared/domain/case';
import { caseStudySchema } from '../../../shared/domain/library';
import { workshopSchema } from '../../../shared/domain/workshop';
import { currentFramework } from '../../../shared/frameworks';
import { localiseFramework } from '../../../shared/i18n/domain/localise';
import i18n from '../../../renderer/src/i18n';
import { conflictLabel, conflictValue } from '../../../renderer/src/features/sync/merge-labels';

/** Every object key a case or a workshop can hold, read from the schemas themselves (the oracle). */
function keysOf(schema: z.ZodType): Set<string> {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: unknown) => {
    const def = (s as { _zod?: { def: Record<string, unknown> } })?._zod?.def;
    if (!def || seen.has(s)) return;
    seen.add(s);
    if (def.type === 'object') {
      for (const [key, inner] of Object.entries(def.shape as object)) {
        out.add(key);
        walk(inner);
      }
    } else if (def.type === 'array') walk(def.element);
    else if (def.type === 'record') walk(def.valueType);
    else if (def.type === 'union') (def.options as unknown[]).forEach(walk);
    else if (def.type === 'pipe') [def.in, def.out].forEach(walk);
    else if (def.type === 'lazy') walk((def.getter as () => unknown)());
    else if (def.innerType) walk(def.innerType);
  };
  walk(schema);
  return out;
}

const keys = [...new Set([...keysOf(caseSchema), ...keysOf(workshopSchema), ...keysOf(caseStudySchema)])].sort();
let cy: TFunction;
let en: TFunction;

beforeAll(async () => {
  cy = i18n.getFixedT('cy');
  en = i18n.getFixedT('en-GB');
  await i18n.changeLanguage('cy');
});

describe('the merge screen names what both people changed in the interface language', () => {
  it('every key a case, a workshop or a case study holds has a name in English and in Welsh', () => {
    expect(keys.length).toBeGreaterThan(100);
    const unnamed = keys.filter(
      (key) =>
        !i18n.exists(`sync:merge.fields.${key}`, { lng: 'cy', fallbackLng: false }) ||
        !i18n.exists(`sync:merge.fields.${key}`, { lng: 'en-GB' }),
    );
    expect(unnamed).toEqual([]);
  });

  it('a criterion by its number and Welsh title, a list item by its list, never a raw key or id', () => {
    const welsh = localiseFramework(currentFramework, 'cy');
    const c3 = welsh.criteria.find((c) => c.id === 'C3')!;
    expect(conflictLabel(['assessment', 'criteria', 'C3', 'judgement'], cy, welsh)).toBe(`C3 ${c3.title} › Barn`);
    expect(conflictLabel(['assessment', 'interviews', '0b6e3c4e-9a1f-4d2b-8c55-2f0f7a3b9d10', 'notes'], cy, welsh)).toBe(
      'Cyfweliadau › Nodiadau',
    );
    expect(conflictLabel(['actionPlan', 'requirements', 'R4', 'note'], en, currentFramework)).toBe(
      'Action plan › Requirements › R4 › Note',
    );
    // Found by CI (seed -986292259): "assessment" below the root is a key like any other and is named.
    expect(conflictLabel(['00000000-0000-1000-8000-000000000000', 'assessment', 'actionPlan'], cy, welsh).split(' › ')).toHaveLength(2);

    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...keys), fc.uuid(), fc.constantFrom('C1', 'C6', 'R9')), { minLength: 1, maxLength: 6 }),
        (path) => {
          const label = conflictLabel(path, cy, welsh);
          const parts = label === '' ? [] : label.split(' › ');
          // One name per segment a person knows; ids of list items (uuids) are left out.
          const named = path.filter(
            (s, i) => !/^[0-9a-f]{8}-/.test(s) && !(i === 0 && s === 'assessment') && !(s === 'criteria' && /^C\d/.test(path[i + 1] ?? '')),
          );
          expect(parts).toHaveLength(named.length);
          for (const part of parts) expect(keys.includes(part) && part !== 'Agenda').toBe(false);
        },
      ),
    );
  });

  it('a choice by its Welsh name, a date as Welsh dates are shown, typed text as typed', () => {
    expect(conflictValue(['assessment', 'criteria', 'C2', 'judgement'], 'partly_met', cy)).toBe('Wedi’i fodloni’n rhannol');
    expect(conflictValue(['recommendation', 'outcome'], 'full_award', cy)).toBe('Dyfarniad llawn');
    expect(conflictValue(['assessment', 'communityRecognised'], true, cy)).toBe('Ydy');
    expect(conflictValue(['notify', 'date'], '2026-05-12', cy)).toMatch(/Mai 2026/);
    expect(conflictValue(['assessment', 'criteria', 'C2', 'rationale'], 'Dysgu yn y gweithle — ŵ ŷ', cy)).toBe('Dysgu yn y gweithle — ŵ ŷ');
    expect(conflictValue(['recommendation', 'outcome'], null, cy)).toBe('—');
  });
});
