// What only runs under Node: reading framework files from disk when a plugin module loads.
export { FrameworkFileError, frameworkFromFile } from './framework-file/read-sync.ts';
