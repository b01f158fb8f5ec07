/**
 * "Start again": a plain button (not a link, it changes state, not place). The
 * widget clears its own state and URL keys in `onClick`; hidden in print.
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';

export function StartAgain({ locale, onClick }: { readonly locale: Locale; readonly onClick: () => void }) {
  return (
    <button type="button" class="kit-button kit-button--secondary kit-no-print" onClick={onClick} data-start-again="">
      {kitFormStrings[locale].startAgain}
    </button>
  );
}
