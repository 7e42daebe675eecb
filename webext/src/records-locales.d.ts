/** The core's translations the build writes as modules of their own (webext/src/i18n/core-text.ts). */
declare module '/records-locales/*.js' {
  const translation: Record<string, string>;
  export default translation;
}
