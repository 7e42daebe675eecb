// esbuild bundles imported stylesheets into webview.css beside webview.js.
declare module '*.css';
