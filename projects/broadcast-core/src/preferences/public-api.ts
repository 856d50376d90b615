export * from './preferences-schema';
export * from './preferences-storage';
export * from './preferences-store';
