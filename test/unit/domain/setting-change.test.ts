import { describe, expect, it } from 'vitest';
import { changeSetting, settingByName, settingKeys } from '../../../src/domain/setting-change.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { parseCommand } from '../../../src/slack/command/parse-command.js';

const current = defaultSessionSettings();

describe('changeSetting', () => {
  it('names every setting in kebab-case, one name each', () => {
    expect(settingByName.get('supervision-channel')).toBe('supervisionChannel');
    expect(settingByName.get('accept-working-days')).toBe('acceptWorkingDays');
    expect(settingByName.size).toBe(settingKeys.length);
  });

  it('takes a whole number within the schema’s bounds, and nothing else', () => {
    expect(changeSetting(current, 'acceptWorkingDays', '5')).toEqual({ settings: { ...current, acceptWorkingDays: 5 } });
    expect(changeSetting(current, 'acceptWorkingDays', '251')).toEqual({ problem: { kind: 'out_of_range', min: 0, max: 250 } });
    expect(changeSetting(current, 'statutoryMonths', '0')).toEqual({ problem: { kind: 'out_of_range', min: 1, max: 12 } });
    for (const text of ['3.5', '-1', 'three', '']) {
      expect(changeSetting(current, 'acceptWorkingDays', text)).toMatchObject({ problem: { kind: 'not_a_whole_number' } });
    }
  });

  it('takes a channel mention for the supervision channel, and none to clear it', () => {
    expect(changeSetting(current, 'supervisionChannel', '<#C0SUP|督办室>', 'C0SUP')).toMatchObject({
      settings: { supervisionChannel: 'C0SUP' },
    });
    expect(changeSetting({ ...current, supervisionChannel: 'C0SUP' }, 'supervisionChannel', '无')).toMatchObject({
      settings: { supervisionChannel: null },
    });
    expect(changeSetting(current, 'supervisionChannel', '#督办室')).toEqual({ problem: { kind: 'not_a_channel' } });
  });

  it('takes reply classes as a list, and refuses one it does not know', () => {
    expect(changeSetting(current, 'replyClasses', 'a, b，c、D')).toMatchObject({ settings: { replyClasses: ['A', 'B', 'C', 'D'] } });
    expect(changeSetting(current, 'replyClasses', 'A,E')).toEqual({ problem: { kind: 'not_reply_classes' } });
  });

  it('refuses settings that would contradict each other', () => {
    expect(changeSetting(current, 'maxExtensionMonths', '2')).toEqual({ problem: { kind: 'inconsistent' } });
  });
});

describe('parseCommand: config', () => {
  it('lists, sets one with its value to the end, and names the closest setting to a typo', () => {
    expect(parseCommand('config')).toEqual({ ok: true, command: { verb: 'config-list' } });
    expect(parseCommand('设置 supervision-channel <#C0SUP|督办室>')).toEqual({
      ok: true,
      command: { verb: 'config-set', key: 'supervisionChannel', value: '<#C0SUP|督办室>', channelId: 'C0SUP' },
    });
    expect(parseCommand('config reply-classes A, B')).toMatchObject({ command: { key: 'replyClasses', value: 'A, B' } });
    expect(parseCommand('config accept-working-day 5')).toEqual({
      ok: false,
      problem: { kind: 'bad_setting', subcommand: 'config', given: 'accept-working-day', closest: 'accept-working-days' },
    });
    expect(parseCommand('config accept-working-days')).toEqual({
      ok: false,
      problem: { kind: 'usage', subcommand: 'config', detail: 'missing' },
    });
  });
});
