import { GLYPH_COLUMNS, GLYPH_ROWS, glyphRuns, hasGlyph } from './bitmap-font';

const REQUIRED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-:. ';

describe('bitmap font', () => {
  it('has a glyph for every ASCII letter, digit and _ - : . and space', () => {
    expect([...REQUIRED].filter((ch) => !hasGlyph(ch))).toEqual([]);
  });

  it('draws every visible character differently (O vs 0, l vs I vs 1 ...)', () => {
    const visible = [...REQUIRED.trim()];
    const shapes = new Set(visible.map((ch) => glyphRuns(ch.charCodeAt(0)).join(',')));
    expect(shapes.size).toBe(visible.length);
  });

  it('keeps every run inside the glyph cell', () => {
    for (const ch of REQUIRED) {
      const runs = glyphRuns(ch.charCodeAt(0));
      for (let i = 0; i < runs.length; i += 3) {
        expect(runs[i]).toBeLessThan(GLYPH_ROWS);
        expect(runs[i + 1] + runs[i + 2]).toBeLessThanOrEqual(GLYPH_COLUMNS);
        expect(runs[i + 2]).toBeGreaterThan(0);
      }
    }
  });

  it('draws unknown characters as ?', () => {
    expect(hasGlyph('é')).toBe(false);
    expect(glyphRuns('é'.charCodeAt(0))).toBe(glyphRuns('?'.charCodeAt(0)));
    expect(glyphRuns(0x4e2d)).toBe(glyphRuns('?'.charCodeAt(0)));
  });
});
