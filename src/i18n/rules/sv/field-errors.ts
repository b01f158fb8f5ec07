/** Swedish sentences for the checks' field-error keys. */
import type { RuleMessages } from '../types.ts';

export const fieldErrorsSv: RuleMessages['fieldErrors'] = {
    required: 'Uppgiften saknas. Fyll i den.',
    'object.expected': 'Uppgifterna har fel form.',
    'list.expected': 'Här ska det stå en lista.',
    'boolean.expected': 'Välj ja eller nej.',
    'number.not-a-number': 'Skriv ett tal med siffror.',
    'number.not-integer': 'Skriv ett heltal, utan decimaler.',
    'number.negative': 'Talet kan inte vara negativt.',
    'number.too-large': 'Talet är för stort.',
    'number.too-many-decimals': 'Skriv högst två decimaler.',
    'enum.unknown': 'Välj ett av alternativen.',
    'country.unknown': 'Välj ett land i listan.',
    'list.too-long': 'Listan har för många rader.',
    'unknown-key': 'Uppgiften är okänd och används inte.',
    'date.not-a-date': 'Datumet är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
    'date.no-value-in-force': 'Det finns inga regler och belopp som gäller det datumet att räkna med. Välj ett annat datum.',
};
