/** The desktop app's settings file: schema, field-by-field loading, atomic saving. No Electron at runtime. */
export { AtomicWriteError, writeFileAtomic, type AtomicFileHandle, type AtomicWriteFs, type AtomicWriteOptions, type AtomicWriteStep } from './atomic-write';
export {
  DEFAULT_DESKTOP_SETTINGS,
  InvalidSettingsError,
  SETTINGS_FILE_NAME,
  SETTINGS_VERSION,
  desktopSettingsSchema,
  savedPlacementSchema,
  type DesktopSettings,
  type SettingsPatch,
} from './desktop-settings';
export { parseSettings, type LoadedSettings } from './parse-settings';
export { corruptFilePath, loadSettings, saveSettings, settingsFilePath, type SettingsFileOptions, type SettingsFs } from './settings-file';
export { SettingsStore } from './settings-store';
export { savePreferences } from './save-preferences';
