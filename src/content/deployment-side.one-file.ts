/**
 * deployment-side.ts for `pip-widgets.all.js`: what reads a deployment, inside the one file. A
 * lazy file of that build must not import the one file back, and this code shares most of its
 * imports with it.
 */
import { openDeployment } from '../sources/deployment-source.js';

export const loadDeploymentSide = () => Promise.resolve({ openDeployment });
