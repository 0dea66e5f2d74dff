/**
 * What reads a deployment (`pip-widgets build`), fetched the first time a widget's `src` names
 * one: a page of bundles never downloads it. The one-file build puts deployment-side.one-file.ts
 * in this file's place (vite.config.ts).
 */
export const loadDeploymentSide = () => import('../sources/deployment-source.js');
