/**
 * A tiny built-in 5x9 bitmap font (rows 0-6 above the baseline, 7-8 descenders) for ASCII letters,
 * digits, space and `_ - : .`. Built into the sandbox so drawing text needs no canvas or native package.
 */

/** Glyph cell width in font pixels. */
export const GLYPH_COLUMNS = 5;
/** Glyph cell height in font pixels, descenders included. */
export const GLYPH_ROWS = 9;
/** Rows above the baseline: the height of capitals and digits. */
export const CAP_ROWS = 7;
/** Horizontal step from one character to the next, in font pixels (one blank column between glyphs). */
export const GLYPH_ADVANCE = 6;

// One glyph per entry: rows top to bottom separated by spaces, '#' lit; missing rows are blank.
const GLYPHS: Record<string, string> = {
  ' ': '',
  '?': '.###. #...# ....# ...#. ..#.. ..... ..#..',
  _: '..... ..... ..... ..... ..... ..... ..... #####',
  '-': '..... ..... ..... ##### ..... ..... .....',
  ':': '..... .##.. .##.. ..... .##.. .##.. .....',
  '.': '..... ..... ..... ..... ..... .##.. .##..',
  0: '.###. #...# #..## #.#.# ##..# #...# .###.',
  1: '..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.',
  2: '.###. #...# ....# ...#. ..#.. .#... #####',
  3: '##### ...#. ..#.. ...#. ....# #...# .###.',
  4: '...#. ..##. .#.#. #..#. ##### ...#. ...#.',
  5: '##### #.... ####. ....# ....# #...# .###.',
  6: '..##. .#... #.... ####. #...# #...# .###.',
  7: '##### ....# ...#. ..#.. .#... .#... .#...',
  8: '.###. #...# #...# .###. #...# #...# .###.',
  9: '.###. #...# #...# .#### ....# ...#. .##..',
  A: '.###. #...# #...# ##### #...# #...# #...#',
  B: '####. #...# #...# ####. #...# #...# ####.',
  C: '.###. #...# #.... #.... #.... #...# .###.',
  D: '###.. #..#. #...# #...# #...# #..#. ###..',
  E: '##### #.... #.... ####. #.... #.... #####',
  F: '##### #.... #.... ####. #.... #.... #....',
  G: '.###. #...# #.... #.### #...# #...# .####',
  H: '#...# #...# #...# ##### #...# #...# #...#',
  I: '.###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.',
  J: '..### ...#. ...#. ...#. ...#. #..#. .##..',
  K: '#...# #..#. #.#.. ##... #.#.. #..#. #...#',
  L: '#.... #.... #.... #.... #.... #.... #####',
  M: '#...# ##.## #.#.# #.#.# #...# #...# #...#',
  N: '#...# #...# ##..# #.#.# #..## #...# #...#',
  O: '.###. #...# #...# #...# #...# #...# .###.',
  P: '####. #...# #...# ####. #.... #.... #....',
  Q: '.###. #...# #...# #...# #.#.# #..#. .##.#',
  R: '####. #...# #...# ####. #.#.. #..#. #...#',
  S: '.#### #.... #.... .###. ....# ....# ####.',
  T: '##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..',
  U: '#...# #...# #...# #...# #...# #...# .###.',
  V: '#...# #...# #...# #...# #...# .#.#. ..#..',
  W: '#...# #...# #...# #.#.# #.#.# #.#.# .#.#.',
  X: '#...# #...# .#.#. ..#.. .#.#. #...# #...#',
  Y: '#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..',
  Z: '##### ....# ...#. ..#.. .#... #.... #####',
  a: '..... ..... .###. ....# .#### #...# .####',
  b: '#.... #.... #.##. ##..# #...# #...# ####.',
  c: '..... ..... .###. #.... #.... #...# .###.',
  d: '....# ....# .##.# #..## #...# #...# .####',
  e: '..... ..... .###. #...# ##### #.... .###.',
  f: '..##. .#..# .#... ###.. .#... .#... .#...',
  g: '..... ..... .#### #...# #...# #...# .#### ....# .###.',
  h: '#.... #.... #.##. ##..# #...# #...# #...#',
  i: '..#.. ..... .##.. ..#.. ..#.. ..#.. .###.',
  j: '...#. ..... ..##. ...#. ...#. ...#. ...#. #..#. .##..',
  k: '#.... #.... #..#. #.#.. ##... #.#.. #..#.',
  l: '.##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.',
  m: '..... ..... ##.#. #.#.# #.#.# #.#.# #.#.#',
  n: '..... ..... #.##. ##..# #...# #...# #...#',
  o: '..... ..... .###. #...# #...# #...# .###.',
  p: '..... ..... ####. #...# #...# #...# ####. #.... #....',
  q: '..... ..... .#### #...# #...# #...# .#### ....# ....#',
  r: '..... ..... #.##. ##..# #.... #.... #....',
  s: '..... ..... .###. #.... .###. ....# ####.',
  t: '.#... .#... ###.. .#... .#... .#..# ..##.',
  u: '..... ..... #...# #...# #...# #..## .##.#',
  v: '..... ..... #...# #...# #...# .#.#. ..#..',
  w: '..... ..... #...# #...# #.#.# #.#.# .#.#.',
  x: '..... ..... #...# .#.#. ..#.. .#.#. #...#',
  y: '..... ..... #...# #...# #...# #...# .#### ....# .###.',
  z: '..... ..... ##### ...#. ..#.. .#... #####',
};

/** Every character the font draws (anything else is drawn as '?'). */
export const FONT_CHARACTERS: string = Object.keys(GLYPHS).join('');

/** Lit cells as horizontal runs, flattened (row, first column, length) triples, indexed by char code. */
const RUNS: Uint8Array[] = [];
for (const [char, rows] of Object.entries(GLYPHS)) RUNS[char.charCodeAt(0)] = toRuns(char, rows);
const FALLBACK = RUNS['?'.charCodeAt(0)];

/** The lit runs of a character's glyph as (row, first column, length) triples; unknown characters get '?'. */
export function glyphRuns(charCode: number): Uint8Array {
  return RUNS[charCode] ?? FALLBACK;
}

/** Whether the font has its own glyph for a character. */
export function hasGlyph(char: string): boolean {
  return char.length === 1 && RUNS[char.charCodeAt(0)] !== undefined;
}

function toRuns(char: string, glyph: string): Uint8Array {
  const rows = glyph === '' ? [] : glyph.split(' ');
  if (rows.length > GLYPH_ROWS || rows.some((r) => r.length !== GLYPH_COLUMNS || /[^.#]/.test(r))) {
    throw new Error(`malformed glyph for ${JSON.stringify(char)}`);
  }
  const runs: number[] = [];
  rows.forEach((row, r) => {
    for (const match of row.matchAll(/#+/g)) runs.push(r, match.index, match[0].length);
  });
  return Uint8Array.from(runs);
}
