/** "A Program", "An Organization": a singular name with the article English gives it, for derived descriptions. */
export const aOrAn = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
