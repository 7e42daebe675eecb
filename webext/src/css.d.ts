/** esbuild bundles CSS imported by a page entry into <page>.css beside its script. */
declare module '*.css';
