/**
 * The kit's words (error summary, verdict headings, "Why?", the printed
 * summary, …) in the page's language, handed down from the widget's root.
 * The page passes them as a prop (WidgetProps.kit, from
 * src/i18n/widgets/kit.ts), so they travel as HTML data in one language, like
 * every other word of a widget, instead of both languages travelling in the
 * kit's script: no island module imports the kit's strings.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KitStrings } from '../../i18n/widgets/kit.ts';

export const KitWords = createContext<KitStrings | null>(null);

/** The kit's words; a kit part outside a widget's <KitWords.Provider> is a programming error. */
export function useKitWords(): KitStrings {
  const words = useContext(KitWords);
  if (!words) throw new Error('A kit part rendered outside a widget: wrap it in <KitWords.Provider value={props.kit}>');
  return words;
}
