import { defineConfig } from 'vite';

// Storybook's own Vite config, so that it does not inherit the demo set-up (root: demo/) of the
// project's vite.config.ts. Decorators need nothing here: Vite's TypeScript transform follows
// tsconfig.json (experimentalDecorators, useDefineForClassFields: false).
export default defineConfig({});
