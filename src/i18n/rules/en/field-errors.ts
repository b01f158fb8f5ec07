/** English sentences for the checks' field-error keys. */
import type { RuleMessages } from '../types.ts';

export const fieldErrorsEn: RuleMessages['fieldErrors'] = {
    required: 'This is missing. Please fill it in.',
    'object.expected': 'The answers are not in the expected form.',
    'list.expected': 'This should be a list.',
    'boolean.expected': 'Choose yes or no.',
    'number.not-a-number': 'Enter a number in digits.',
    'number.not-integer': 'Enter a whole number, without decimals.',
    'number.negative': 'The number cannot be negative.',
    'number.too-large': 'The number is too large.',
    'number.too-many-decimals': 'Use at most two decimals.',
    'enum.unknown': 'Choose one of the options.',
    'country.unknown': 'Choose a country from the list.',
    'list.too-long': 'The list has too many rows.',
    'unknown-key': 'This is not a known field and is not used.',
    'date.not-a-date': 'The date is not a valid date. Write it as YYYY-MM-DD.',
    'date.no-value-in-force': 'No rules and amounts that apply on that date are held here to check against. Choose another date.',
};
