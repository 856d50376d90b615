/** What Squirrel.Windows asks of the app when it runs it during an install, update or removal. */
export type SquirrelEvent = 'install' | 'updated' | 'uninstall' | 'obsolete';

/** The Squirrel event in the command line, or null for a normal start. */
export function squirrelEvent(argv: readonly string[], platform: string = process.platform): SquirrelEvent | null {
  if (platform !== 'win32') return null;
  const flag = argv.find((arg) => arg.startsWith('--squirrel-'));
  switch (flag) {
    case '--squirrel-install':
      return 'install';
    case '--squirrel-updated':
      return 'updated';
    case '--squirrel-uninstall':
      return 'uninstall';
    case '--squirrel-obsolete':
      return 'obsolete';
    default:
      return null;
  }
}

/**
 * The Update.exe arguments for an event: shortcuts made on install and update, removed on uninstall, nothing
 * for an obsolete version. The app quits right after, without opening a window.
 */
export function squirrelUpdateArgs(event: SquirrelEvent, executableName: string): string[] | null {
  if (event === 'install' || event === 'updated') return ['--createShortcut', executableName];
  if (event === 'uninstall') return ['--removeShortcut', executableName];
  return null;
}
