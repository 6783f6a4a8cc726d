/** A unit as a person named it: a name or alias, or a channel bound to the unit (or picked in a form). */
export interface UnitRef {
  text: string;
  channelId?: string;
  unitId?: number;
}
