/** A suggestion's title, however it is given (the form, an import): long enough for any 案由, short enough for every message that names it. */
export const maxTitleLength = 500;
