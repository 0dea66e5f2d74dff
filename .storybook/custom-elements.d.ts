// custom-elements.json is generated (`npm run analyze`) and gitignored: this keeps a typecheck
// that runs before the analyzer from failing. Once the file exists, its real type wins.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
