import { defaultLayout, findPanel, fitLayout, movePanel, setCollapsed, stepPanel, type PanelLayout } from './panel-layout';

const PANELS = [
  { id: 'a', column: 0 },
  { id: 'b', column: 0 },
  { id: 'c', column: 1 },
  { id: 'd', column: 2 },
];
const START: PanelLayout = { columns: [['a', 'b'], ['c'], ['d']], collapsed: [] };

describe('panel layout', () => {
  it('starts each panel in its default column, in registry order', () => {
    expect(defaultLayout(PANELS, 3)).toEqual(START);
  });

  it('drops panels that no longer exist or appear twice and appends panels the layout does not know', () => {
    const saved = { columns: [['gone', 'b'], ['b', 'a']], collapsed: ['gone', 'a', 'a'] };
    expect(fitLayout(saved, PANELS, 3)).toEqual({ columns: [['b'], ['a', 'c'], ['d']], collapsed: ['a'] });
  });

  it('folds extra columns into the last one', () => {
    expect(fitLayout({ columns: [['a'], ['b'], ['c'], ['d']], collapsed: [] }, PANELS, 3).columns).toEqual([['a'], ['b'], ['c', 'd']]);
  });

  it('moves a panel between columns, clamping the place', () => {
    expect(movePanel(START, 'a', 2, 9).columns).toEqual([['b'], ['c'], ['d', 'a']]);
    expect(movePanel(START, 'd', 0, 1).columns).toEqual([['a', 'd', 'b'], ['c'], []]);
    expect(findPanel(movePanel(START, 'd', 0, 1), 'd')).toEqual({ column: 0, index: 1 });
    expect(movePanel(START, 'missing', 0, 0)).toBe(START);
  });

  it('steps a panel with the keyboard and stays put at an edge', () => {
    expect(stepPanel(START, 'b', 'up').columns[0]).toEqual(['b', 'a']);
    expect(stepPanel(START, 'a', 'down').columns[0]).toEqual(['b', 'a']);
    expect(stepPanel(START, 'a', 'up')).toBe(START);
    expect(stepPanel(START, 'b', 'down')).toBe(START);
    expect(stepPanel(START, 'a', 'left')).toBe(START);
    expect(stepPanel(START, 'd', 'right')).toBe(START);
    expect(stepPanel(START, 'b', 'right').columns).toEqual([['a'], ['c', 'b'], ['d']]);
    expect(stepPanel(START, 'c', 'left').columns).toEqual([['c', 'a', 'b'], [], ['d']]);
  });

  it('folds and unfolds a panel', () => {
    const folded = setCollapsed(START, 'c', true);
    expect(folded.collapsed).toEqual(['c']);
    expect(setCollapsed(folded, 'c', false).collapsed).toEqual([]);
  });
});
