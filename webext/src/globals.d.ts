/** Set by esbuild.config.mjs per browser build: lets esbuild drop the other browser's branch. */
declare const __BROWSER__: 'chrome' | 'firefox';
