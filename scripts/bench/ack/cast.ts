// The people of the benchmark workspace. User ids have Slack's shape, since config checks it.
export const supervisorUserId = 'UBENCHSUP';

/** The person whose `/suggest list mine` is measured: liaison of one unit, handler of ~50 suggestions. */
export const benchUserId = 'UBENCHME';

/** A stress case with no target: liaison of seven units at once (about seven times the work). */
export const busyUserId = 'UBENCHBUSY';
export const busyUnitCount = 7;

// 200 units of about 100 assignments each: the size of the units in the seed report (20–102).
export const unitCount = 200;
export const suggestionCount = 10_000;
export const benchUserHandles = 50;

export const liaisonOf = (unit: number) => `ULIA${String(unit).padStart(3, '0')}`;
export const leaderOf = (unit: number) => `ULEAD${String(unit).padStart(3, '0')}`;
export const handlersPerUnit = 5;
export const handlersOf = (unit: number, count = handlersPerUnit) =>
  Array.from({ length: count }, (_, i) => `UHAN${String(unit).padStart(3, '0')}X${i + 1}`);
export const channelOf = (unit: number) => `CUNIT${String(unit).padStart(3, '0')}`;
