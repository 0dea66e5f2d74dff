import { defineConfig } from 'vite';

// Storybook's own Vite config, so that it does not inherit the demo set-up (root: demo/) of the
// project's vite.config.ts. Class fields need nothing here: Vite's TypeScript transform follows
// tsconfig.json (useDefineForClassFields: false, so field initializers do not hide Lit's accessors).
export default defineConfig({});
