/** Whether an outbox address is a person (a DM, by their user id) rather than a channel. */
export const isPersonAddress = (to: string): boolean => /^[UW]/.test(to);
