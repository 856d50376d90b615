import type { BrowserWindowConstructorOptions } from 'electron';

import { DESKTOP_WINDOWS, IPC, type DesktopEvent, type DesktopLayout, type DesktopWindow, type DisplaySummary, type WindowMode, type WindowState } from '@broadcast-core/desktop';

import { displaysChanged, placeWindow, rememberPlacement, windowsToReplace, type DisplayInfo, type Placement, type Rect, type SavedPlacement, type WindowDefaults } from '../displays';
import type { TrustedSenders } from '../ipc/trusted-senders';
import { PAGE_URLS } from '../protocol/app-protocol';
import type { SettingsStore } from '../settings';

/** A window, in the parts the manager uses (Electron's BrowserWindow; a spec stands in for it). */
export interface ManagedWindow {
  readonly webContents: {
    readonly id: number;
    once(event: 'did-finish-load', listener: () => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
    send(channel: string, ...args: unknown[]): void;
    reload(): void;
  };
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  close(): void;
  isDestroyed(): boolean;
  setBounds(bounds: Rect): void;
  getNormalBounds(): Rect;
  setFullScreen(flag: boolean): void;
  setAlwaysOnTop(flag: boolean, level?: 'normal' | 'floating' | 'screen-saver'): void;
  on(event: 'closed' | 'moved' | 'resized', listener: () => void): unknown;
}

/** The displays as the manager reads them (Electron's screen, mapped). */
export interface DisplaySource {
  all(): DisplayInfo[];
}

/** What the window manager is made of. */
export interface WindowManagerDeps {
  /** The UI windows' preload. */
  preload: string;
  senders: TrustedSenders;
  settings: SettingsStore;
  displays: DisplaySource;
  /** Makes a window (`new BrowserWindow`). */
  createWindow: (options: BrowserWindowConstructorOptions) => ManagedWindow;
  /** Told whenever the displays or a window's placement changed. */
  onLayoutChanged: (layout: DesktopLayout) => void;
  /** Told when the console window closes: the app quits with it. */
  onConsoleClosed: () => void;
  /** Told each time a window has loaded its page (again after a reload), to tell it what it must know. */
  onWindowLoaded?: (name: DesktopWindow, send: (event: DesktopEvent) => void) => void;
  /** Waits this long after the last move or resize before saving a window's place. */
  saveDelayMs?: number;
}

/** What each window gets when nothing usable was saved: the console on the main screen, projectors on another. */
export const WINDOW_DEFAULTS: Record<DesktopWindow, WindowDefaults> = {
  console: { width: 1440, height: 900 },
  preview: { width: 960, height: 540, preferDisplay: 'secondary' },
  wall: { width: 1280, height: 720, preferDisplay: 'secondary' },
};

/** Every UI window's web preferences: the Electron security checklist, with nothing loosened. */
export function uiWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A wall or preview on another display must keep playing when the console has the focus.
    backgroundThrottling: false,
  };
}

interface Open {
  window: ManagedWindow;
  mode: WindowMode;
  /** Where the window belongs, kept here the moment it changes: the settings file follows, and may fail or lag. */
  saved: SavedPlacement;
  /** Placed away from its saved display because that display is gone: its saved place is kept until the user moves it. */
  displaced: boolean;
  saveTimer?: ReturnType<typeof setTimeout>;
}

/**
 * Opens, places and remembers the console, preview and wall windows over several displays: each comes back
 * where it was (display, bounds, mode), or fully visible on the primary display when its display is gone,
 * and follows displays being added, removed or changed while the app runs. A fullscreen projector fills
 * exactly its display; its display gone, it comes back as a window, never as a projector over the console.
 */
export class WindowManager {
  private readonly open = new Map<DesktopWindow, Open>();
  private knownDisplays: DisplayInfo[];

  constructor(private readonly deps: WindowManagerDeps) {
    this.knownDisplays = deps.displays.all();
  }

  /** Opens a window where it was last, or focuses it when it is open. */
  show(name: DesktopWindow): void {
    const current = this.open.get(name);
    if (current && !current.window.isDestroyed()) {
      current.window.show();
      current.window.focus();
      return;
    }
    const placement = placeWindow(this.deps.displays.all(), this.deps.settings.current.windows[name], WINDOW_DEFAULTS[name]);
    const window = this.deps.createWindow({
      x: placement.bounds.x,
      y: placement.bounds.y,
      width: placement.bounds.width,
      height: placement.bounds.height,
      show: false,
      backgroundColor: '#0d1117',
      title: name === 'console' ? 'Broadcaster Console' : `Broadcaster Console: ${name}`,
      webPreferences: uiWebPreferences(this.deps.preload),
    });
    const contentsId = window.webContents.id;
    this.deps.senders.add(contentsId, 'ui', name);
    const displays = this.deps.displays.all();
    const entry: Open = {
      window,
      mode: placement.mode,
      saved: this.deps.settings.current.windows[name] ?? rememberPlacement(displays, placement.bounds, placement.mode),
      displaced: placement.adjusted.includes('display-missing'),
    };
    this.open.set(name, entry);
    this.apply(entry, placement);
    window.on('moved', () => this.scheduleSave(name, entry));
    window.on('resized', () => this.scheduleSave(name, entry));
    // A crashed page is loaded again: the window reconnects to the broker and gets a fresh snapshot.
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit' && !window.isDestroyed()) window.webContents.reload();
    });
    window.on('closed', () => {
      clearTimeout(entry.saveTimer);
      this.deps.senders.remove(contentsId);
      if (this.open.get(name) === entry) this.open.delete(name);
      this.changed();
      if (name === 'console') this.deps.onConsoleClosed();
    });
    const loaded = () => {
      this.deps.onWindowLoaded?.(name, (event) => !window.isDestroyed() && window.webContents.send(IPC.desktopEvent, event));
      window.webContents.once('did-finish-load', loaded);
    };
    window.webContents.once('did-finish-load', loaded);
    void window.loadURL(PAGE_URLS[name]);
    window.show();
    this.changed();
  }

  /** Closes a window if it is open. */
  hide(name: DesktopWindow): boolean {
    const current = this.open.get(name);
    if (!current) return false;
    this.save(name, current);
    current.window.close();
    return true;
  }

  /** Puts a window on a display, as a window, a projector filling it, or kept on top; opens it first if needed. False for an unknown display. */
  place(name: DesktopWindow, displayId: number, mode: WindowMode): boolean {
    const display = this.deps.displays.all().find((d) => d.id === displayId);
    if (!display) return false;
    if (!this.open.has(name)) this.show(name);
    const entry = this.open.get(name)!;
    const size = entry.window.getNormalBounds();
    // Keep the window's size, centred on the chosen display; placement makes it fit.
    const wanted = { x: display.workArea.x + (display.workArea.width - size.width) / 2, y: display.workArea.y + (display.workArea.height - size.height) / 2, width: size.width, height: size.height };
    const placement = placeWindow(this.deps.displays.all(), rememberPlacement([display], wanted, mode), WINDOW_DEFAULTS[name]);
    entry.displaced = false;
    this.apply(entry, placement);
    this.save(name, entry);
    this.changed();
    return true;
  }

  /** The displays and where every window is. */
  layout(): DesktopLayout {
    const displays = this.deps.displays.all();
    const windows = Object.fromEntries(DESKTOP_WINDOWS.map((name) => [name, this.stateOf(name, displays)])) as Record<DesktopWindow, WindowState>;
    return { displays: displays.map(summary), windows };
  }

  /** Displays were added, removed or changed: puts every affected open window back where it belongs. */
  displaysChanged(): void {
    const before = this.knownDisplays;
    const after = this.deps.displays.all();
    this.knownDisplays = after;
    const change = displaysChanged(before, after);
    // Judged from where each open window belongs now, not from the settings file, which may lag behind or fail.
    const layout = Object.fromEntries([...this.open].map(([name, entry]) => [name, entry.saved]));
    for (const name of windowsToReplace(change, layout, before)) {
      const entry = this.open.get(name as DesktopWindow)!;
      const placement = placeWindow(after, entry.saved, WINDOW_DEFAULTS[name as DesktopWindow]);
      entry.displaced = placement.adjusted.includes('display-missing');
      this.apply(entry, placement);
    }
    this.changed();
  }

  private apply(entry: Open, placement: Placement): void {
    const { window } = entry;
    entry.mode = placement.mode;
    // Leave full screen before moving: a window still full screen on its old display ignores new bounds.
    window.setFullScreen(false);
    window.setBounds(placement.bounds);
    window.setAlwaysOnTop(placement.mode === 'always-on-top', 'floating');
    if (placement.mode === 'fullscreen') window.setFullScreen(true);
  }

  private scheduleSave(name: DesktopWindow, entry: Open): void {
    clearTimeout(entry.saveTimer);
    entry.saveTimer = setTimeout(() => {
      // The user moved it: this is now where it belongs, even if its old display comes back.
      entry.displaced = false;
      this.save(name, entry);
      this.changed();
    }, this.deps.saveDelayMs ?? 500);
  }

  private save(name: DesktopWindow, entry: Open): void {
    if (entry.displaced || entry.window.isDestroyed()) return;
    const placement = rememberPlacement(this.deps.displays.all(), entry.window.getNormalBounds(), entry.mode);
    entry.saved = placement;
    void this.deps.settings.rememberWindow(name, placement).catch(() => {
      // A settings file that cannot be written is reported by the settings store's own notices at the next load.
    });
  }

  private stateOf(name: DesktopWindow, displays: readonly DisplayInfo[]): WindowState {
    const entry = this.open.get(name);
    if (!entry || entry.window.isDestroyed()) return { open: false, displayId: this.deps.settings.current.windows[name]?.displayId ?? null, mode: 'windowed' };
    return { open: true, displayId: rememberPlacement(displays, entry.window.getNormalBounds(), entry.mode).displayId, mode: entry.mode };
  }

  private changed(): void {
    this.deps.onLayoutChanged(this.layout());
  }
}

function summary(display: DisplayInfo): DisplaySummary {
  return { id: display.id, label: display.label, primary: display.primary === true, bounds: { ...display.bounds }, scaleFactor: display.scaleFactor };
}
