import { inArray } from 'drizzle-orm';
import { assignments } from '../db/schema.js';

/** Assignments still in force: pending or accepted (transferred and withdrawn ones are history). */
export const liveAssignment = inArray(assignments.status, ['pending', 'accepted']);
