import { SHARE_REGIONS, shareRegion } from './share-regions';

describe('shareRegion', () => {
  it('is null for the whole source, and even-edged halves and centre otherwise', () => {
    const screen = { width: 1920, height: 1080 };
    expect(shareRegion('whole', screen)).toBeNull();
    expect(shareRegion('left', screen)).toEqual({ left: 0, top: 0, right: 960, bottom: 1080 });
    expect(shareRegion('right', screen)).toEqual({ left: 960, top: 0, right: 1920, bottom: 1080 });
    expect(shareRegion('top', screen)).toEqual({ left: 0, top: 0, right: 1920, bottom: 540 });
    expect(shareRegion('bottom', screen)).toEqual({ left: 0, top: 540, right: 1920, bottom: 1080 });
    expect(shareRegion('centre', screen)).toEqual({ left: 480, top: 270, right: 1440, bottom: 810 });
  });

  it('stays inside an odd-sized source with even edges and something left to share', () => {
    const odd = { width: 1366, height: 767 };
    for (const id of SHARE_REGIONS) {
      const r = shareRegion(id, odd);
      if (!r) continue;
      expect([r.left, r.top].every((n) => n % 2 === 0)).toBe(true);
      expect(r.right).toBeLessThanOrEqual(odd.width);
      expect(r.bottom).toBeLessThanOrEqual(odd.height);
      expect(r.right > r.left && r.bottom > r.top).toBe(true);
    }
  });
});
