/** The _locales catalogues the build writes as modules of their own (webext/src/i18n/lost-catalogue.ts). */
declare module '/page-locales/*.js' {
  const messages: Record<string, string>;
  export default messages;
}
