import { describe, expect, it } from 'vitest';
import { languageFromSystem } from '../../../shared/i18n/system-language';

describe('the system’s language, for screens and menus shown before any profile is read', () => {
  it.each([
    [['cy'], 'cy'],
    [['cy-GB'], 'cy'],
    [['CY_gb'], 'cy'],
    [['fr-FR', 'cy-GB', 'en-GB'], 'cy'],
    [['en-US', 'cy'], 'en-GB'],
    [['fr', 'de'], 'en-GB'],
    [['cym', 'eng'], 'en-GB'],
    [[], 'en-GB'],
  ])('%j → %s', (tags, expected) => {
    expect(languageFromSystem(tags)).toBe(expected);
  });
});
