import type { AssignedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, context, escapeText, formatDate, formatStatutoryDate, header, mention, type SlackMessage, section } from './format.js';

/** The message each assigned person and unit channel gets, with 签收, 分办 and 申请调整 buttons. */
export function assignedNoticeMessage(catalog: Catalog, notice: AssignedNotice): SlackMessage {
  const words = catalog.notice;
  const role = catalog.assignmentRoleNames[notice.role];
  const title = escapeText(notice.title);
  const unitName = escapeText(notice.unitName);
  const leadUnitName = escapeText(notice.leadUnitName);
  const body = words.assignedBody(notice.code, title, escapeText(notice.leadDeputy));
  return {
    text: `${words.assignedHeader(role)} · ${notice.code} ${title}`,
    blocks: [
      header(words.assignedHeader(role)),
      section(`${words.assignedIntro[notice.audience](unitName)}\n${body}`),
      context(words.assignedUnits(leadUnitName, notice.coUnitNames.map(escapeText).join(catalog.listJoin))),
      section(
        notice.opinionBy
          ? words.coDates(formatDate(catalog, notice.acceptBy), formatDate(catalog, notice.opinionBy), leadUnitName)
          : words.assignedDates(
              formatDate(catalog, notice.acceptBy),
              formatDate(catalog, notice.internalDueOn),
              formatStatutoryDate(catalog, notice.statutoryDueOn),
            ),
      ),
      {
        type: 'actions',
        elements: [
          button(catalog.button.accept, actionIds.acceptAssignment, notice.assignmentId, 'primary'),
          // 分办 beside 签收: the liaison names the handler, division and leader (the 四个一).
          button(catalog.button.route, actionIds.routeAssignment, notice.assignmentId),
          button(catalog.button.transfer, actionIds.requestTransfer, notice.assignmentId),
          // The id, not the code: codes repeat from one session to the next.
          button(catalog.button.details, actionIds.showDetails, notice.suggestionId),
        ],
      },
      context(words.assignedBy(mention(notice.assignedBy))),
    ],
  };
}
