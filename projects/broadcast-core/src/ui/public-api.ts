export * from './session-labels';
export * from './session-banner';
