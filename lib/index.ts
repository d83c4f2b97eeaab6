// Public API of Layerwise's pure core. UI code imports from here (or from a lib/ submodule).
export type * from './engine/types';
export { analyze } from './engine/analyze';
export * from './simulator';
