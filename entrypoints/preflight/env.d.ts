// Set only by `npm run bench` for its own build with user-timing marks. Unset in the shipped build, where
// every `=== 'bench'` branch folds away (scripts/check-size.ts fails the build if one survives).
interface ImportMetaEnv {
  readonly WXT_PREFLIGHT_BUILD?: 'bench';
}
