export * from './bundle-loader';
export * from './core-translations';
export * from './languages';
export * from './provide-translations';
export * from './translation-bundle';
