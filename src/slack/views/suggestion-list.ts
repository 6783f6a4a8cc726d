import type { Catalog } from '../../i18n/index.js';
import type { SuggestionList } from '../../services/suggestions/list-suggestions.js';
import { context, escapeText, formatDate, formatStatutoryDate, messageLinesChars, type SlackMessage, section } from './format.js';

export function suggestionListMessage(catalog: Catalog, list: SuggestionList): SlackMessage {
  const { list: words } = catalog;
  const title =
    list.filter.kind === 'unit'
      ? words.unitFilter(escapeText(list.unitName ?? ''))
      : list.filter.kind === 'field'
        ? words.fieldFilter(escapeText(list.field ?? list.filter.field))
        : (words.filterNames[list.filter.kind] ?? '');
  const heading = words.heading(title, list.total);
  if (list.lines.length === 0) return { text: heading, blocks: [section(heading), context(words.empty)] };
  const blocks = [section(heading)];
  let chars = 0;
  let shown = 0;
  for (const line of list.lines) {
    const facts = [
      line.nextNodeOn ? (line.overdueNodes > 0 ? words.earliestOverdue : words.next)(formatDate(catalog, line.nextNodeOn)) : '',
      line.overdueNodes > 0 ? words.overdue(line.overdueNodes) : '',
    ].filter(Boolean);
    const text = words.line(
      line.code,
      `${line.isKey ? catalog.key.mark : ''}${escapeText(line.title)}${line.mergedInto ? catalog.merge.listMark(line.mergedInto) : ''}`,
      escapeText(line.leadUnit),
      catalog.statusNames[line.status],
      formatStatutoryDate(catalog, line.statutoryDueOn),
    );
    const lineText = facts.length ? `${text} · ${facts.join(' · ')}` : text;
    // Long titles: the lines stop within what Slack takes in one message, and the rest are counted.
    if (chars + lineText.length > messageLinesChars) break;
    chars += lineText.length;
    shown += 1;
    blocks.push(section(lineText));
  }
  if (list.total > shown) blocks.push(context(words.more(shown, list.total)));
  return { text: heading, blocks };
}
