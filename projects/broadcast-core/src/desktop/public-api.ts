export * from './ipc-channels';
export * from './desktop-requests';
export * from './desktop-api';
export * from './desktop-api-token';
