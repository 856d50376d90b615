/** Window placement across displays for the desktop host: pure, no Electron at runtime. */
export { fromElectronDisplay, type DisplayInfo } from './display-info';
export { displayForBounds, findSavedDisplay, primaryDisplay, secondaryDisplay, usableDisplays } from './find-display';
export { displaysChanged, isNoChange, windowsToReplace, type DisplayChange } from './layout-change';
export type { Point, Rect, Size } from './rect';
export { rememberPlacement } from './remember-placement';
export {
  WINDOW_MODES,
  type DesktopWindowName,
  type Placement,
  type PlacementAdjustment,
  type SavedLayout,
  type SavedPlacement,
  type WindowDefaults,
  type WindowMode,
} from './saved-layout';
export { MIN_SAVED_SIDE, placeWindow, placeWindows, type LayoutPlacement } from './window-placement';
