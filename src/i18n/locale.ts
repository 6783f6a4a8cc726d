/** The languages the bot writes in; zh-CN unless BOT_LOCALE says otherwise. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
