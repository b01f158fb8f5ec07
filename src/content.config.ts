/**
 * The guidance pages: MDX under content/<lang>/. Pages in the two languages are
 * paired by `key`; `order` gives the reading order (navigation, previous/next).
 * Bad frontmatter fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { WIDGET_NAMES } from './components/widgets/widget-names.ts';

const guide = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string().min(3).max(80),
    /** Meta description: one or two sentences. */
    description: z.string().min(30).max(200),
    /** Shared by the Swedish page and its English pair. */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Reading order, 1 = first. Same in both languages. */
    order: z.number().int().min(1),
    /** Short title for the navigation, when the title is long. */
    navTitle: z.string().max(40).optional(),
    /** Where the page's content comes from: seed texts by name, and FACTS.md. */
    sources: z.array(z.enum(['howItWorks', 'programmePage', 'facts'])).min(1),
    /** The widgets the page embeds (its MDX imports their wrappers); they make it a page that runs JavaScript. */
    widgets: z.array(z.enum(WIDGET_NAMES)).default([]),
  }),
});

export const collections = { guide };
