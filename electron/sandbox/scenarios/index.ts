export * from './scenario';
export * from './scenario-runner';
export * from './built-in-scenarios';
