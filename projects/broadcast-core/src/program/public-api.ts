export * from './layout-schematic';
export * from './program-picture';
