/** Where each docked panel sits: columns of panel ids, top to bottom, and the panels folded to their header. */
export interface PanelLayout {
  columns: string[][];
  collapsed: string[];
}

/** A panel as the layout needs to know it: its id and the column it starts in. */
export interface PlacedPanel {
  id: string;
  column: number;
}

/** The layout every panel starts in: each in its default column, in registry order. */
export function defaultLayout(panels: readonly PlacedPanel[], columnCount: number): PanelLayout {
  const columns: string[][] = Array.from({ length: columnCount }, () => []);
  for (const panel of panels) columns[Math.min(panel.column, columnCount - 1)].push(panel.id);
  return { columns, collapsed: [] };
}

/**
 * A saved layout made to fit today's panels: ids no panel has any more (or seen twice) are dropped, panels
 * the layout does not know are appended to their default column, and the column count is the current one.
 */
export function fitLayout(saved: PanelLayout, panels: readonly PlacedPanel[], columnCount: number): PanelLayout {
  const known = new Set(panels.map((p) => p.id));
  const seen = new Set<string>();
  const columns: string[][] = Array.from({ length: columnCount }, () => []);
  saved.columns.forEach((column, index) => {
    for (const id of column) {
      if (!known.has(id) || seen.has(id)) continue;
      seen.add(id);
      columns[Math.min(index, columnCount - 1)].push(id);
    }
  });
  for (const panel of panels) {
    if (!seen.has(panel.id)) columns[Math.min(panel.column, columnCount - 1)].push(panel.id);
  }
  return { columns, collapsed: saved.collapsed.filter((id, i, all) => known.has(id) && all.indexOf(id) === i) };
}

/** Where a panel is: its column and its place in it; null when the layout lacks it. */
export function findPanel(layout: PanelLayout, id: string): { column: number; index: number } | null {
  for (const [column, ids] of layout.columns.entries()) {
    const index = ids.indexOf(id);
    if (index >= 0) return { column, index };
  }
  return null;
}

/** The layout with a panel moved to a column and place (clamped to the columns and their lengths). */
export function movePanel(layout: PanelLayout, id: string, column: number, index: number): PanelLayout {
  const from = findPanel(layout, id);
  if (!from) return layout;
  const target = Math.max(0, Math.min(column, layout.columns.length - 1));
  const columns = layout.columns.map((ids) => ids.filter((other) => other !== id));
  const place = Math.max(0, Math.min(index, columns[target].length));
  columns[target].splice(place, 0, id);
  return { ...layout, columns };
}

/** A keyboard move: up and down within the column, left and right to the end of the next column. */
export type PanelStep = 'up' | 'down' | 'left' | 'right';

/** The layout after one keyboard step of a panel; the same layout when it cannot go that way. */
export function stepPanel(layout: PanelLayout, id: string, step: PanelStep): PanelLayout {
  const from = findPanel(layout, id);
  if (!from) return layout;
  switch (step) {
    case 'up':
      return from.index === 0 ? layout : movePanel(layout, id, from.column, from.index - 1);
    case 'down':
      return from.index === layout.columns[from.column].length - 1 ? layout : movePanel(layout, id, from.column, from.index + 1);
    case 'left':
      return from.column === 0 ? layout : movePanel(layout, id, from.column - 1, Math.min(from.index, layout.columns[from.column - 1].length));
    case 'right':
      return from.column === layout.columns.length - 1 ? layout : movePanel(layout, id, from.column + 1, Math.min(from.index, layout.columns[from.column + 1].length));
  }
}

/** The layout with a panel folded to its header, or unfolded. */
export function setCollapsed(layout: PanelLayout, id: string, collapsed: boolean): PanelLayout {
  const others = layout.collapsed.filter((other) => other !== id);
  return { ...layout, collapsed: collapsed ? [...others, id] : others };
}
