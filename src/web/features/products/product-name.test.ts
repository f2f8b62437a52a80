import { describe, expect, it } from 'vitest';
import { localizedName } from './product-name';

const name = { fr: 'Pose de carrelage', nl: null, en: 'Tiling', de: null };

describe('localizedName', () => {
  it('prefers the UI language', () => {
    expect(localizedName(name, 'en')).toBe('Tiling');
  });

  it('falls back to the first language filled in', () => {
    expect(localizedName(name, 'nl')).toBe('Pose de carrelage');
    expect(localizedName({ fr: null, nl: null, en: null, de: 'Fliesen' }, 'fr')).toBe('Fliesen');
  });
});
