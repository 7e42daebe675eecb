// The `browser` entry (vscode.dev, code-server's web extension host): the same extension, since
// every part uses workspace.fs and web-safe APIs only (no node modules).
export { activate, deactivate } from './extension';
