/**
 * Plain `tsc` (Astro 7) has no type for `.astro` imports; `astro check` resolves
 * them itself. The component tests import .astro files into TypeScript to render
 * them through the container API, so give tsc the shape the container accepts.
 * A wildcard declaration is only a fallback: a resolver that knows .astro wins.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
