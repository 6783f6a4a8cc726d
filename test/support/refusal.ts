import { ServiceError, type ServiceProblem } from '../../src/services/shared/service-error.js';

/** The problem a verb refused with; fails the test if the verb went through or broke otherwise. */
export async function refusalOf(work: Promise<unknown>): Promise<ServiceProblem> {
  const outcome = await work.then(
    () => new Error('expected a refusal, but the change went through'),
    (error: unknown) => error,
  );
  if (outcome instanceof ServiceError) return outcome.problem;
  throw outcome;
}
