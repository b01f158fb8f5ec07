/** Whether an MDX body imports a widget wrapper from src/components/widgets/ (an import line, not prose). */
export const importsWidget = (mdxBody: string): boolean =>
  /^\s*import\s+\w+\s+from\s+['"][^'"\n]*\/components\/widgets\/[^'"\n]+\.astro['"]/m.test(mdxBody);
