// The release of communique: shown by --version, in reports, and in the User-Agent of fetches.
// A test checks it against package.json.
export const VERSION = "0.1.0";
