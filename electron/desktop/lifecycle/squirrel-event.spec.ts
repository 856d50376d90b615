import { squirrelEvent, squirrelUpdateArgs } from './squirrel-event';

describe('squirrelEvent', () => {
  it('reads Squirrel’s flags on Windows only', () => {
    expect(squirrelEvent(['app.exe', '--squirrel-install', '1.0.0'], 'win32')).toBe('install');
    expect(squirrelEvent(['app.exe', '--squirrel-updated'], 'win32')).toBe('updated');
    expect(squirrelEvent(['app.exe', '--squirrel-uninstall'], 'win32')).toBe('uninstall');
    expect(squirrelEvent(['app.exe', '--squirrel-obsolete'], 'win32')).toBe('obsolete');
    expect(squirrelEvent(['app.exe', '--squirrel-firstrun'], 'win32')).toBeNull();
    expect(squirrelEvent(['app.exe'], 'win32')).toBeNull();
    expect(squirrelEvent(['app', '--squirrel-install'], 'darwin')).toBeNull();
  });
});

describe('squirrelUpdateArgs', () => {
  it('makes shortcuts on install and update, removes them on uninstall, and does nothing for an obsolete version', () => {
    expect(squirrelUpdateArgs('install', 'broadcaster-console.exe')).toEqual(['--createShortcut', 'broadcaster-console.exe']);
    expect(squirrelUpdateArgs('updated', 'broadcaster-console.exe')).toEqual(['--createShortcut', 'broadcaster-console.exe']);
    expect(squirrelUpdateArgs('uninstall', 'broadcaster-console.exe')).toEqual(['--removeShortcut', 'broadcaster-console.exe']);
    expect(squirrelUpdateArgs('obsolete', 'broadcaster-console.exe')).toBeNull();
  });
});
