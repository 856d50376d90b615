export * from './preferences-schema';
export * from './preferences-storage';
export * from './preferences-store';
export * from './cdn-targets';
