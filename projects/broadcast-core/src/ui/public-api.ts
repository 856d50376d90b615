export * from './code-text';
export * from './elapsed-clock';
export * from './language-picker';
export * from './preferences-notice';
export * from './rule-text';
export * from './session-banner';
export * from './session-labels';
export * from './typing-target';
