import { describe, expect, it } from 'vitest';
import { subcommandAnswers, subcommandAreas } from '../../../src/slack/listeners/commands/answer-subcommand.js';

describe('the areas of the /suggest grammar', () => {
  it('answer each verb in exactly one area, and every area is routed', () => {
    // A verb in two areas would be answered by whichever was spread last; an area left out of the
    // list would escape this check.
    const answeredByAreas = subcommandAreas.flatMap((area) => Object.keys(area)).sort();
    expect(answeredByAreas).toEqual(Object.keys(subcommandAnswers).sort());
  });
});
