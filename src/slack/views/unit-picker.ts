import type { KnownBlock } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { inputActionId } from '../ids.js';
import { context, plainLabel, shownText } from './format.js';

/** A select takes 100 options. */
const maxOptions = 100;

/** Units as a select's options, by id, so a pick cannot be misspelt. */
export const unitOptions = (units: ReadonlyArray<{ id: number; name: string }>) =>
  units.slice(0, maxOptions).map((unit) => ({ text: plainLabel(shownText(unit.name), 75), value: String(unit.id) }));

/** Under a form whose units did not all fit: what to do about the others. */
export const unitsLeftOut = (catalog: Catalog, units: readonly unknown[]): KnownBlock[] =>
  units.length > maxOptions ? [context(catalog.modal.tooManyUnits(maxOptions))] : [];

/** A person to pick, as the handler of an assignment. */
export const handlerSelect = (catalog: Catalog) => ({
  type: 'users_select' as const,
  action_id: inputActionId,
  placeholder: plainLabel(catalog.modal.pick, 150),
});
