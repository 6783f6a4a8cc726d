import type { UnitRef } from './unit-ref.js';

/** Which suggestions a list shows. */
export const listFilters = ['mine', 'overdue', 'open', 'replied', 'closed', 'followup', 'requests', 'key', 'all'] as const;
export type ListFilter = { kind: (typeof listFilters)[number] } | { kind: 'unit'; unit: UnitRef } | { kind: 'field'; field: string };
