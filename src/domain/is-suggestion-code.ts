const codeShape = /^[A-Za-z0-9][A-Za-z0-9_\-./]{0,31}$/;

/** A suggestion code: letters, digits and - _ . /, at most 32 characters (e.g. 2026-0123). */
export const isSuggestionCode = (text: string): boolean => codeShape.test(text);
