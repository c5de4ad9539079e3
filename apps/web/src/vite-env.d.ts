/** The app's version, from apps/web/package.json, written in at build time. */
declare const __APP_VERSION__: string;
