// Removes earlier build output, so stale hashed chunks never ship.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
