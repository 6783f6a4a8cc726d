import type { Catalog } from './zh-CN.js';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const dayNotes = { adjusted_workday: 'a working day', rest_day: 'a day off', statutory_rest_day: 'the statutory date, a day off' } as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const en: Catalog = {
  roleNames: {
    supervisor: 'supervision office',
    liaison: 'liaison',
    handler: 'handler',
    division: 'division head',
    leader: 'responsible leader',
    head: 'head',
    member: 'member',
  },
  milestoneNames: {
    accept: 'Accept',
    transfer_window: 'Transfer window closes',
    pre_contact: 'Pre-handling contact',
    co_opinion: 'Co-unit opinion',
    draft: 'Draft',
    division_review: 'Division review',
    leader_review: 'Leader review',
    head_signoff: 'Head sign-off',
    reply: 'Reply',
    feedback: 'Deputy feedback',
  },
  statusNames: {
    assigned: 'assigned',
    in_progress: 'in progress',
    replied: 'replied',
    evaluated: 'evaluated',
    closed: 'closed',
    reopened: 'reopened',
  },
  assignmentRoleNames: { lead: 'lead', co: 'co-handling' },
  date: (month, day, isoWeekday, note) =>
    `${weekdays[isoWeekday - 1]} ${day} ${months[month - 1]}${note === undefined ? '' : ` (${dayNotes[note]})`}`,
  listJoin: ', ',
  sharedDays: {
    day: (steps, date) => `${steps} on ${date}`,
    join: '; ',
    text: (days) =>
      `The time is short: the steps are compressed in order, and some share a day: ${days}. Please see that the unit keeps pace; it may ask for an extension.`,
  },
  cut: (count) => `…and ${count} more not listed.`,
  none: 'none',

  help: {
    title: 'duban · usage',
    intro: 'Type `/suggest` and a subcommand in any channel or DM (Chinese aliases in brackets).',
    lines: [
      '`/suggest assign` [交办] open the assignment form',
      '`/suggest assign <code> lead:<unit> [co:<unit>,<unit>] [handler:@person] [due:YYYY-MM-DD] [title:<title>]` assign directly',
      '`/suggest list [mine|overdue|open|replied|closed|followup|requests|key|unit:<unit>|all]` [列表] list suggestions',
      '`/suggest show <code>` [查看] one suggestion with all its time nodes',
      '`/suggest accept <code>` [签收] accept a suggestion assigned to your unit',
      '`/suggest unit add <name> [alias:<a>,<b>] [channel:#channel] [liaison:@person] [leader:@person]` register a unit',
      '`/suggest unit member <unit> @person <liaison|handler|division|leader|head|member>` give someone a role in a unit',
      '`/suggest unit member remove <unit> @person [<role>]` take a role (without one: every role) from someone in a unit',
      '`/suggest route <code> [unit:<unit>] [handler:@person] [division:<name>] [leader:@person]` the liaison names an assignment’s handler, division and responsible leader; the code alone opens a form',
      '`/suggest delegate @person until:YYYY-MM-DD` name a stand-in while you are away; `/suggest delegate off` ends it; `delegate` alone shows it',
      '`/suggest contact <code>` log a contact with the lead deputy (one before handling completes that node)',
      '`/suggest opinion <code>` a co-handling unit sends its opinion to the lead unit',
      '`/suggest reply <code>` the lead unit submits its reply (class A/B/C) for review: division, then leader, then head',
      "`/suggest evaluate <code> <satisfied|basically-satisfied|dissatisfied> [note]` record the deputy's verdict (or with the buttons in `show`); dissatisfied opens a new round",
      '`/suggest commitment done <code> <n>` write off the n-th promise of a B-class reply',
      "`/suggest import` [导入] upload a list of suggestions and assign them all, or the deputies' verdict survey and record every verdict, after a preview (CSV or Excel; supervision office)",
      '`/suggest import template` [导入 模板] a template of that list (Excel), sent to you as a file, its lead unit chosen from the registered units (supervision office)',
      '`/suggest export [unit:<unit>]` export the ledger (Excel, sent to you as a file)',
      '`/suggest extend <code> <YYYY-MM-DD> <reason>` ask the supervision office for a later statutory deadline',
      '`/suggest transfer <code> [unit:<unit>] <reason>` [调整] hand back a wrongly assigned suggestion (within the transfer window; see `/suggest config`); the supervision office reassigns it, and may file one at any time',
      '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [note]` · `calendar list` · `calendar remove <YYYY-MM-DD>` adjust the working calendar',
      '`/suggest rank [week|month|year]` [排名] the units ranked over this week, this month or the session to date',
      '`/suggest config` [设置] the session’s rules; `/suggest config supervision-channel #channel` and the like change one',
      '`/suggest supervisor [add|remove @someone]` [督办员] who is in the supervision office; the office adds or removes people',
      '`/suggest session [new <name>]` [会次] the sessions; the supervision office starts the next batch with `session new` (the rules in force carry over)',
      '`/suggest outbox` [未送达] messages the bot could not deliver and why; resend them once put right (supervision office)',
      '`/suggest stats [unit:<unit>|field:<field>] [week|month|year]` [统计] each unit’s and field’s reply, on-time, closing, A/B/C, satisfaction and promise figures (supervision office)',
      '`/suggest report [month|year]` [报告] the handling report as a Word document, sent to you as a file, ready for a meeting (supervision office)',
      '`/suggest publish [all]` [公开目录] the replies that may be published, each with the date to publish it by; mark each "Published" once it is; `all` lists those published too (supervision office)',
      '`/suggest merge <code> into <main code>` [并案] handle the same proposal of several deputies as one: the lead unit answers the main one once, each deputy’s verdict is recorded on its own; `/suggest merge undo <code>` before the reply is sent (supervision office)',
      '`/suggest key <code> [leader:@leader] [note:<instruction>]` [重点] make a suggestion key: its leader hears of its steps from 1 working day overdue; `/suggest key off <code>` ends it; `/suggest list key` lists them (supervision office)',
    ],
    later:
      'Mistakes are safe: anything the bot cannot read or you may not do is answered to you alone, with what to do, and changes nothing.',
  },

  usage: {
    help: '`/suggest help`',
    assign:
      '`/suggest assign <code> lead:<unit> [co:<unit>,<unit>] [handler:@person] [due:YYYY-MM-DD] [title:<title>]`, or just `/suggest assign` for the form',
    list: '`/suggest list [mine|overdue|open|replied|closed|followup|requests|key|unit:<unit>|all]`',
    show: '`/suggest show <code>`, e.g. `/suggest show 2026-0123`',
    accept: '`/suggest accept <code>`, e.g. `/suggest accept 2026-0123`',
    unit: '`/suggest unit add <name> …` or `/suggest unit member <unit> @person <role>`',
    'unit add': '`/suggest unit add <name> [alias:<a>,<b>] [channel:#channel] [liaison:@person] [leader:@person]`',
    'unit member':
      '`/suggest unit member <unit> @person <liaison|handler|division|leader|head|member>`, or `/suggest unit member remove <unit> @person [<role>]` to take it away',
    route:
      '`/suggest route <code> [unit:<unit>] [handler:@person] [division:<name>] [leader:@person]`; the code alone opens the routing form',
    delegate:
      '`/suggest delegate @person until:YYYY-MM-DD`, `/suggest delegate off` (the office: `delegate off @person`), or `/suggest delegate` alone to see it',
    contact: '`/suggest contact <code>` opens the form to log a contact, e.g. `/suggest contact 2026-0123`',
    extend: '`/suggest extend <code> <YYYY-MM-DD> <reason>`, e.g. `/suggest extend 2026-0123 2026-09-30 needs several departments`',
    rank: '`/suggest rank [week|month|year]` (this week, this month or the session to date), e.g. `/suggest rank month`',
    config:
      '`/suggest config` lists every setting; `/suggest config <setting> <value>` changes one, e.g. `/suggest config supervision-channel #supervision`',
    session:
      '`/suggest session [new <name>]` (the sessions; the supervision office starts the next one with new, a name of at most 40 characters, e.g. `/suggest session new 2027`)',
    supervisor: '`/suggest supervisor [add|remove @someone]` (who is in the supervision office; the office adds or removes people)',
    transfer:
      '`/suggest transfer <code> [unit:<unit>] <reason>`, e.g. `/suggest transfer 2026-0123 this is the transport department’s remit` (unit: lets the supervision office name which unit’s part moves; the lead unit’s by default)',
    calendar:
      '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [note]`, `/suggest calendar list` or `/suggest calendar remove <YYYY-MM-DD>`',
    opinion: '`/suggest opinion <code>` opens the co-unit opinion form, e.g. `/suggest opinion 2026-0123`',
    reply: '`/suggest reply <code>` opens the reply form, e.g. `/suggest reply 2026-0123`',
    evaluate:
      '`/suggest evaluate <code> <satisfied|basically-satisfied|dissatisfied> [note]`, e.g. `/suggest evaluate 2026-0123 basically-satisfied wants it faster`',
    commitment: '`/suggest commitment done <code> <n>`, e.g. `/suggest commitment done 2026-0123 1`',
    export: '`/suggest export [unit:<unit>]` exports the ledger (Excel), e.g. `/suggest export unit:水利厅`',
    import:
      '`/suggest import` opens the import form for a list of suggestions or a verdict survey (CSV or Excel); `/suggest import template` sends you a template of the list',
    outbox: '`/suggest outbox` (the supervision office: messages not delivered, to resend)',
    publish: '`/suggest publish [all]` (the supervision office: the replies to publish; `all` lists those published too)',
    stats:
      '`/suggest stats [unit:<unit>|field:<field>] [week|month|year]` (the figures of handling, the session to date by default), e.g. `/suggest stats field:水利`',
    report:
      '`/suggest report [month|year]` (the handling report as a Word file, the session to date by default), e.g. `/suggest report month`',
    merge:
      '`/suggest merge <code> into <main code>` (handle it with the main one) or `/suggest merge undo <code>`, e.g. `/suggest merge 2026-0031 into 2026-0007`',
    key: '`/suggest key <code> [leader:@leader] [note:<instruction>]` (the note last, spaces allowed, at most 500 characters), or `/suggest key off <code>`, e.g. `/suggest key 2026-0002 leader:@Zhang note:solve by June`',
  },

  problem: {
    unknownSubcommand: (given, closest) =>
      `There is no subcommand \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Type \`/suggest help\` for all of them.`,
    usageLine: (usage) => `Usage: ${usage}`,
    usage: (usage, given) => `${given ? `Could not read \`${given}\`. ` : 'Something required is missing. '}Usage: ${usage}`,
    badDate: (given) => `\`${given}\` is not a date. Write a real day as YYYY-MM-DD, e.g. 2026-06-30.`,
    badCode: (given) => `\`${given}\` is not a suggestion code. Codes are letters, digits and - _ . /, e.g. 2026-0123.`,
    badUser: (given) => `\`${given}\` is not a person. Pick someone with @, e.g. handler:@alice.`,
    badChannel: (given) => `\`${given}\` is not a channel. Pick one with #, e.g. channel:#water-resources.`,
    badRole: (given, closest) =>
      `There is no role \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Roles: liaison, handler, division, leader, head, member.`,
    extensionNotLater: (current) => `The date asked for must be after the current statutory deadline, ${current}.`,
    opinionNotLate: (unit) => `The opinion of “${unit}” is not late, or has been sent; there is nothing to chase.`,
    contactInFuture: (date) => `${date} has not come yet. Log a contact that has taken place.`,
    extensionBeyondLimit: (latest, months) => `The session allows at most ${months} months from assignment: ${latest} at the latest.`,
    requestPending: 'This suggestion already has a request awaiting the supervision office; ask again once it is decided.',
    unknownRequest: 'That request no longer exists.',
    alreadyDecided: (approved, by) => `${by} has already ${approved ? 'approved' : 'refused'} this request; nothing changed.`,
    fileInProgress: {
      ledger: 'Your last ledger is still being built and sent; it comes to you as a file. Export again once it has arrived.',
      report: 'Your last handling report is still being written and sent; it comes to you as a file. Ask again once it has arrived.',
    },
    fileTooSoon: {
      ledger: (seconds) => `You exported the ledger a moment ago. Export again in ${seconds} s.`,
      report: (seconds) => `You asked for the handling report a moment ago. Ask again in ${seconds} s.`,
    },
    unknownField: (given, closest) =>
      `No suggestion of this session has the field "${given}".${closest ? ` Did you mean "${closest}"?` : ''} Fields are as given when assigned; \`/suggest export\` shows them.`,
    fileRefused: (why) => `The file you asked for was not made: ${why}`,
    alreadyPublished: (code, on, by) => `${by} marked this reply to *${code}* published on ${on} already; nothing changed.`,
    notToPublish: 'That reply is not in the catalogue of replies to publish: it was not sent, or not marked may-publish. Nothing changed.',
    mergeIntoItself: (code) =>
      `*${code}* cannot be merged into itself. Name another suggestion: \`/suggest merge <code> into <main code>\`.`,
    alreadyMerged: (code, main) =>
      `*${code}* is already handled with *${main}*. Nothing changed. To merge it elsewhere, first \`/suggest merge undo ${code}\`.`,
    mergeIntoMerged: (main, itsMain) =>
      `*${main}* is itself handled with *${itsMain}* and cannot be a main suggestion. Merge into *${itsMain}*: \`/suggest merge <code> into ${itsMain}\`.`,
    mergeHasMerged: (code, merged) =>
      `Others (${merged}) are merged into *${code}*, so it cannot be merged into another. Merge them all into one main suggestion, or merge the other into *${code}*.`,
    mergeAnswered: (code) => `*${code}* has been answered and cannot be merged. Merging is for suggestions not yet answered.`,
    mergeReplyInProgress: (code, main) =>
      `*${code}* already has a reply being drafted or reviewed, so it cannot be merged into another. Merge the other way: \`/suggest merge ${main} into ${code}\`.`,
    mergeDifferentLeads: (code, unit, main, mainUnit) =>
      `*${code}* is led by “${unit}” and *${main}* by “${mainUnit}”: suggestions with different lead units cannot be merged. If one unit should lead both, first move it with \`/suggest transfer\`.`,
    notMerged: (code) => `*${code}* is not merged into another suggestion. Nothing changed.`,
    mergeReplySent: (code, main) =>
      `The reply to *${main}* was sent and answers *${code}* too; the merge cannot be undone now. If its deputy is dissatisfied, recording the verdict gives *${code}* a round of its own.`,
    answeredWithMain: (code, main) =>
      `*${code}* is handled with *${main}*: write the reply on *${main}* (\`/suggest reply ${main}\`); once sent, it answers both.`,
    keyClosed: (code) => `Suggestion *${code}* is closed and cannot be made a key suggestion. Nothing changed.`,
    notKey: (code) => `Suggestion *${code}* is not a key suggestion. Nothing changed. \`/suggest list key\` lists the key suggestions.`,
    notCurrentRound: (given, current) =>
      `This suggestion is in round ${current}: a verdict on round ${given} cannot be recorded (not begun, or ended). Check the round and record it again.`,
    nothingToResend:
      'That message is no longer undelivered (it went, or someone resent it); nothing changed. `/suggest outbox` shows where things stand.',
    requestCancelled:
      'What this request was about has been replaced (reassigned, or a new round began): it was withdrawn, and nothing changed. Ask again if it is still needed.',
    cannotSnooze: (step, date) =>
      `“${step}” is due ${date}; its reminder cannot be pushed any later. Do it on time, or ask for an extension.`,
    badRankPeriod: (given) => `Cannot rank by \`${given}\`. Write week, month or year (the session to date).`,
    badSetting: (given, closest) =>
      `There is no setting \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Type \`/suggest config\` to see them all.`,
    settingNotNumber: (name, min, max) => `\`${name}\` takes a whole number from ${min} to ${max}.`,
    settingNotChannel: (name) =>
      `\`${name}\` takes a channel: pick one with #, e.g. \`/suggest config ${name} #supervision\`; write none to clear it.`,
    settingNotClasses: (name) => `\`${name}\` takes one or more of the reply classes A, B, C, D, separated by commas, e.g. A,B,C.`,
    settingsInconsistent:
      'The longest extension (max-extension-months) cannot be shorter than the statutory term (statutory-months); nothing changed.',
    transferWindowClosed: (closedOn) =>
      `The window to ask for a transfer closed on ${closedOn}; the unit can no longer hand it back. If it must move, ask the supervision office, which can file and decide one at any time with \`/suggest transfer <code> [unit:<unit>] <reason>\`.`,
    unitNotOnSuggestion: (unit, code) => `${unit} is not handling *${code}*. See its units with \`/suggest show ${code}\`.`,
    sameUnit: (unit) => `“${unit}” is handling it already; pick another unit.`,
    unitAlreadyAssigned: (unit) => `“${unit}” already handles this suggestion (lead or co-handling); pick another unit.`,
    notNow: (record, state, event, possible) =>
      `${record} is ${state}: you cannot ${event} now. ${possible ? `What may happen next: ${possible}.` : 'It is finished and no longer changes.'} See \`/suggest show <code>\`.`,
    badVerdict: (given) => `\`${given}\` is not a verdict. Write satisfied, basically-satisfied or dissatisfied (满意, 基本满意, 不满意).`,
    badSeq: (given) => `\`${given}\` is not a commitment number. Write 1, 2, …; the numbers are in \`/suggest show <code>\`.`,
    classNotUsed: (given, classes) => `This session's reply classes are ${classes}; there is no class ${given}.`,
    commitmentsNeeded:
      'A B-class reply needs at least one commitment, one a line: the date it is due, then what is promised, e.g. "2027-06-30 finish phase two".',
    commitmentsOnlyB: 'Only a B-class reply carries commitments. Choose class B, or clear the commitments.',
    reasonNeeded: 'A C-class reply must say why it cannot be solved now.',
    commitmentDuePast: (date) => `The commitment's due date ${date} has passed; give a date to come.`,
    badDocumentUrl: (given) => `"${given}" is not a web address. Give a link starting with http:// or https://, or leave it empty.`,
    badCommitmentLine: (line) =>
      `This commitment line is not understood: "${line}". Write one a line: the due date (YYYY-MM-DD), a space, then what is promised.`,
    noReviewer: (unit, role, roleWord) =>
      `${unit} has no ${role} yet, so the reply cannot go to review; nothing was submitted. Ask the supervision office to add one with \`/suggest unit member ${unit} @someone ${roleWord}\`, then submit again.`,
    replyMovedOn: (state, by) =>
      `Someone acted on this reply first: it is now "${state}"${by ? ` (last by ${by})` : ''}, and your action changed nothing. See \`/suggest show <code>\` for where it stands.`,
    returnNeedsComment: 'A return needs a comment saying what to change.',
    ownReply:
      'You drafted this reply, so you cannot review it. Another reviewer at this level must; if you are the only one, let the handler draft it and submit it again.',
    reviewedAlready: (level) =>
      `You already signed this pass at ${level}; one person does not review two levels. Another reviewer at this level must.`,
    opinionAlreadySent: (unit, on) =>
      `${unit} sent its opinion for this round on ${on}; it cannot be sent twice. To add to it, talk to the lead unit directly.`,
    opinionClosed: (state) => `This suggestion is "${state}": the lead unit has answered this round, and takes no more opinions.`,
    alreadyEvaluated: (verdict, round) =>
      `The deputy's verdict on the round ${round} reply is already recorded as "${verdict}"; nothing was changed.`,
    unknownCommitment: (seq, count) =>
      count === 0
        ? 'This suggestion has no sent B-class reply, so there is no commitment to write off.'
        : `There is no commitment ${seq}; this suggestion has ${count} (see \`/suggest show <code>\`).`,
    commitmentWrittenOff: (seq, by, on) => `Commitment ${seq} was written off on ${on}${by ? ` by ${by}` : ''}; nothing was changed.`,
    badDayKind: (given) => `\`${given}\` is not a kind of day. Write workday or holiday.`,
    noCalendarOverride: (day) =>
      `${day} has no adjustment by the supervision office; it follows the published calendar. See the adjusted days with \`/suggest calendar list\`.`,
    badListFilter: (given, closest) =>
      `Cannot list by \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Use mine, overdue, open, replied, closed, followup, requests, unit:<unit> or all.`,
    forbidden: (needs) => `This needs one of these roles: ${needs}. Ask the supervision office to grant it.`,
    unknownUnit: (given, closest) =>
      `There is no unit called \`${given}\`. ${closest ? `Did you mean “${closest}”? ` : ''}The supervision office registers units with \`/suggest unit add\`.`,
    unknownSuggestion: (given, closest) =>
      `This session has no suggestion \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}See \`/suggest list all\`.`,
    unknownAssignment: 'That assignment no longer exists. See `/suggest show <code>` for the current state.',
    duplicateCode: (given) =>
      `Suggestion \`${given}\` is already assigned. See \`/suggest show ${given}\`; to move it to another unit, request a transfer.`,
    duplicateUnit: (given) => `“${given}” is already registered (as a name or alias). Use \`/suggest unit member\` to set its people.`,
    aliasTaken: (given, unitName) => `The alias “${given}” belongs to “${unitName}”; choose another.`,
    channelTaken: (unitName) => `That channel is already bound to “${unitName}”; a channel belongs to one unit.`,
    leadAlsoCo: (unitName) => `“${unitName}” cannot be both the lead and a co-handling unit; remove it from co:.`,
    dueNotAfterAssignment: (given, months) =>
      `The due date ${given} is not after today. Give a later date, or leave out due: for the statutory ${months} months.`,
    dueBeyondLimit: (given, months) =>
      `The due date ${given} is beyond this session's limit of ${months} months. Assign it on time, then request an extension.`,
    alreadyAccepted: (unitName) => `“${unitName}” has already accepted this suggestion.`,
    alreadyMember: 'That person already has this role; nothing changed.',
    notMember: (who, unitName, role, held) =>
      `${who} ${role ? `is not ${role} of “${unitName}”` : `holds no role in “${unitName}”`}; nothing changed.${held ? ` They hold there: ${held}.` : ''}`,
    notInWorkspace: (who) =>
      `${who} is not an active member of this workspace (deactivated, or a bot); nothing changed. Name a colleague who is.`,
    routeNothing:
      'Name at least one of handler:@person, division:<name> or leader:@person; the code alone opens the routing form. Nothing changed.',
    routeUnitNeeded: (code, units) =>
      `You may route ${code} for several of its units (${units}): say which with unit:<unit>. Nothing changed.`,
    delegationPast: (until) => `${until} has passed: give today or a later date. Nothing changed.`,
    delegationTooLong: (until, latest) =>
      `A delegation may run until ${latest} at the latest; ${until} is later. For longer, change the unit’s people. Nothing changed.`,
    delegationToSelf: 'You cannot delegate to yourself: name a colleague. Nothing changed.',
    delegationChained: (who) =>
      `${who} is away and has a stand-in of their own, so cannot stand in for you. Name someone else. Nothing changed.`,
    delegationRunning: (who, until) =>
      `${who} already stands in for you until ${until}. To change it, end it with \`/suggest delegate off\` first. Nothing changed.`,
    noDelegation: (who) => `${who ?? 'You'} ${who ? 'has' : 'have'} no stand-in now; nothing changed.`,
    delegateCannotDelegate: (who) => `You stand in for ${who}, so cannot name a stand-in of your own meanwhile. Nothing changed.`,
    alreadySupervisor: (who) => `${who} is already in the supervision office; nothing changed.`,
    notSupervisor: (who) => `${who} is not in the supervision office; nothing changed. See who is with \`/suggest supervisor\`.`,
    duplicateSession: (name) => `There is already a session named ${name}; nothing changed. Choose another name.`,
    sessionChanged:
      'Someone in the supervision office has just started a new session; nothing changed. See the current one with `/suggest session`.',
    lastSupervisor:
      'The supervision office must keep at least one person: add another with `/suggest supervisor add @someone` first, then remove. Nothing changed.',
    noLongerAssigned: (unitName) => `This suggestion is no longer with “${unitName}” (transferred or withdrawn); nothing to accept.`,
    malformed:
      'The request arrived incomplete; nothing was changed. Please try once more, and tell the supervision office if it keeps failing.',
    internal: 'Something went wrong; nothing was changed. Please try again later, and tell the supervision office if it keeps failing.',
    noUnitsYet: 'No units are registered yet. Register them with `/suggest unit add <name>` first.',
    unknownNode: 'That node no longer exists. See the latest with `/suggest show <code>`.',
    nodeIsAccept: 'Accept with the Accept button or `/suggest accept <code>`.',
    nodeDoneByChain: (step) =>
      `"${step}" is not marked done by hand: the co-unit opinion is done when sent, the draft when the reply is submitted, a review step when its reviewer approves the review request, the reply step when the signed-off reply is marked sent, and the feedback step when the verdict is recorded (with \`/suggest evaluate\` or the verdict buttons in \`/suggest show\`).`,
    alreadyDone: (step) => `“${step}” is already marked done; nothing changed.`,
  },

  done: {
    unitAdded: (name, extras) => `Registered the unit “${name}”. ${extras}`,
    unitExtras: (aliases, channel, liaison, leader) =>
      [aliases && `aliases: ${aliases}`, channel && `channel: ${channel}`, liaison && `liaison: ${liaison}`, leader && `leader: ${leader}`]
        .filter(Boolean)
        .join('; '),
    memberAdded: (user, unitName, role) => `${user} is now ${role} of “${unitName}”.`,
    memberRemoved: (user, unitName, roles, unnamed) =>
      `${user} ${roles ? `is no longer ${roles} of` : 'has left'} “${unitName}”: their rights end now. They were told by DM.${
        unnamed > 0 ? ` They were named on ${unnamed} assignments, which the liaison should route again.` : ''
      }`,
    unitWithoutLiaison: (unitName) =>
      `Note: “${unitName}” has no liaison now, so nobody signs for its new assignments. The supervision office was told; name one with \`/suggest unit member ${unitName} @person liaison\`.`,
    assigned: (code, lead, co) => `Assigned *${code}*: lead “${lead}”${co ? `, co-handling “${co}”` : ''}.`,
    assignedDates: (acceptBy, internalDue, statutoryDue) =>
      `Accept by ${acceptBy} · internal due ${internalDue} · statutory reply ${statutoryDue}`,
    assignedNotified: (count) =>
      count > 0 ? `${count} notices queued (DMs and unit channels).` : 'No unit has a liaison or channel yet, so nobody was told.',
    accepted: (code, units) => `Accepted *${code}*: ${units}.`,
    nodeSnoozed: (step, code, date) => `“${step}” of *${code}* will be reminded again from ${date}.`,
    nodeDone: (step, code, onTime, planned) => `Marked “${step}” of *${code}* done (${onTime ? 'on time' : 'late'}; node date ${planned}).`,
    acceptedLate: ' · after the deadline',
    unitCodes: (unit, codes) => `${unit}: ${codes}`,
    andMore: (codes, count) => `${codes} and more, ${count} in all`,
    similarOpen: (listed, code, target) =>
      `Open suggestions of this session have close titles: ${listed}. If they are the same matter, \`/suggest merge ${code} into ${target}\` handles them together.`,
    similarItem: (code, title) => `*${code}* ${title}`,
    similarJoin: '; ',
    unitsJoin: '; ',
    acceptedAll: (accepted, count) => `Accepted ${count}: ${accepted}.`,
    acceptedNoneNew: 'All of these were accepted or reassigned already.',
    notTheirs: (list, count) => `${count} are not yours to accept (${list}); their unit's liaison or handler accepts them.`,
    othersUnseen: (count) => `${count} belong to units you are not part of; left as they are.`,
    alreadySettled: (count) => `${count} were accepted or reassigned already.`,
  },

  stats: {
    heading: (period, from, to) => `Handling figures · ${period} (suggestions assigned ${from}–${to})`,
    narrowedToUnit: (unit) => `Only the suggestions ${unit} leads or co-handles.`,
    narrowedToField: (field) => `Only the suggestions in the field “${field}”.`,
    summary: (lead, co, replied, onTime, closed, satisfied, kept) =>
      `${lead} suggestions assigned (and ${co} co-handling assignments); replied ${replied}, on time ${onTime}; closed ${closed}; deputies satisfied or basically satisfied ${satisfied}; B-class promises kept ${kept}.`,
    classes: (parts) => `Reply classes (the latest reply sent): ${parts}.`,
    classPart: (replyClass, share) => `${replyClass} ${share}`,
    share: (percent, count, of) => `${percent}% (${count}/${of})`,
    none: '—',
    columns: {
      unit: 'Unit',
      lead: 'Lead',
      co: 'Co',
      replied: 'Replied',
      onTime: 'On time',
      closed: 'Closed',
      classes: 'A/B/C',
      satisfied: 'Satisfied',
      promisesKept: 'Promises kept',
    },
    classCounts: (a, b, c, d) => `${a}/${b}/${c}${d > 0 ? `/D ${d}` : ''}`,
    fieldsHeading: '*By field*',
    fieldLine: (field, lead, replied, onTime, closed, satisfied) =>
      `*${field}* · assigned ${lead} · replied ${replied} · on time ${onTime} · closed ${closed} · satisfied ${satisfied}`,
    noField: 'No field given',
    empty: 'No suggestion was assigned in this period: nothing to count.',
    how: 'Every share shows what it counts out of: replied and closed out of the suggestions led; on time by whether the first reply went by the statutory deadline then in force; classes by the latest reply sent; satisfaction by the latest verdict (satisfied or basically satisfied); promises by whether the B-class promises were written off. Check each against the ledger from `/suggest export` (its 统计 sheet holds the same figures).',
    more: (count) => `${count} more units are not in the table; see one with \`unit:<unit>\`.`,
  },
  undelivered: {
    title: 'Messages not delivered',
    none: 'Every message was delivered: none is waiting for a retry or undelivered.',
    summary: (retrying, dead) =>
      `${retrying > 0 ? `${retrying} refused by Slack and retried by themselves` : ''}${retrying > 0 && dead > 0 ? '; ' : ''}${dead > 0 ? `${dead} not delivered after many tries (last 30 days)` : ''}.`,
    retryingTitle: 'Retried by themselves (they go once it is put right)',
    deadTitle: 'Not delivered (resend once it is put right)',
    line: (reader, what, queuedOn, why, tries) => `${reader} · ${what} · queued ${queuedOn} · ${why} · ${tries} tries`,
    resend: 'Resend',
    resendAll: (count) => `Resend all (${count})`,
    resent: (count) => `${count} messages queued again; they go shortly, and none already delivered goes twice.`,
    hint: 'Put the cause right first (invite the bot, give the unit another channel or liaison), or they will be refused again.',
    otherKind: 'message',
    kinds: {
      assigned: 'assignment',
      accepted: 'receipt',
      reminder: 'daily reminder',
      leader_alert: 'overdue alert (leader)',
      supervision_alert: 'supervision alert',
      extension_requested: 'extension request',
      extension_decided: 'extension decision',
      transfer_requested: 'transfer request',
      transfer_decided: 'transfer decision',
      weekly_ranking: 'weekly ranking',
      ranking_chart: 'ranking chart',
      statistics_chart: 'figures chart',
      handling_report: 'handling report',
      unit_weekly: 'unit weekly',
      monthly_report: 'monthly report',
      nudge: 'nudge',
      key_marked: 'key suggestion',
      merged: 'merge',
      calendar_gap: 'calendar gap',
      opinion_received: 'co-unit opinion',
      review_requested: 'review request',
      reply_returned: 'reply returned',
      reply_signed: 'reply signed',
      reply_sent: 'reply sent',
      verdict_recorded: 'deputy’s verdict',
      ledger_export: 'ledger',
      import_template: 'import template',
      request_cancelled: 'request withdrawn',
      routed: 'routing',
      people_changed: 'people change',
      delivery_trouble: 'delivery trouble',
      gathered: 'gathered notices',
      daily_summary: 'daily summary',
    },
  },
  deliveryTrouble: {
    problem: {
      not_in_channel: (reader, count) =>
        `The bot is not in ${reader}: ${count} messages for it cannot be posted yet. Type \`/invite\` in ${reader} and pick this app; once it is in, they are posted by themselves.`,
      channel_not_found: (reader, count) =>
        `${reader} cannot be found (deleted, or a private channel the bot cannot see): ${count} messages for it cannot be posted yet. Invite the bot to it, or give the units that use it another channel (\`/suggest unit\`).`,
      is_archived: (reader, count) =>
        `${reader} is archived: ${count} messages for it cannot be posted. Unarchive it, or give the units that use it another channel (\`/suggest unit\`).`,
      reader_gone: (reader, count) =>
        `Slack no longer knows ${reader} (left, or deactivated): ${count} messages for them cannot be delivered. Remove them from their units, or name another liaison (\`/suggest unit member\`).`,
      refused: (reader, count, error) => `Slack refused the messages for ${reader} (${error}): ${count} not delivered.`,
    },
    reason: {
      not_in_channel: () => 'the bot is not in the channel: invite it',
      channel_not_found: () => 'the channel cannot be found: check the unit’s channel',
      is_archived: () => 'the channel is archived',
      reader_gone: () => 'Slack no longer knows this person, or their account is deactivated',
      refused: (error) => `refused by Slack (${error})`,
    },
    state: {
      retrying: 'Once it is put right they go within the hour, each once. `/suggest outbox` lists what is not delivered.',
      dead: 'They were tried many times and are no longer retried. Once it is put right, resend them from `/suggest outbox`.',
    },
  },
  requestCancelled: {
    text: (code, title, kind, because) =>
      `*Request withdrawn* · Your ${kind} for ${code} ${title || '(untitled)'} was not decided before ${because}, so it no longer applies and was withdrawn. Ask again for the new situation if you still need it.`,
    kinds: { extension: 'extension request', transfer: 'transfer request' },
    because: {
      transferred: 'the suggestion passed to another unit',
      next_round: 'the suggestion began a new round',
      merged: 'the suggestion is now handled with another',
    },
  },

  people: {
    meantFor: (principal) => `For ${principal}, whom you stand in for`,
    routedNotice: (code, title, unit, role, as, by) =>
      `*Routed* · ${by} routed ${code} ${title || '(untitled)'} (${unit}, ${role}) to you as its ${as}. Work it by its time nodes; Details shows them.`,
    division: (name) => `Division: ${name}.`,
    routedAs: { handler: 'handler', leader: 'responsible leader' },
    routed: (code, unit, parts, told) =>
      `Routed ${code} (${unit}): ${parts}.${told > 0 ? ` ${told} ${told === 1 ? 'person was' : 'people were'} told.` : ''}`,
    routedPart: {
      handler: (who) => `handler ${who}`,
      division: (name) => `division ${name}`,
      leader: (who) => `responsible leader ${who}`,
    },
    routeUnchanged: (code) => `${code} is routed that way already; nothing changed.`,
    rolesRemoved: (unit, roles, by, unnamed) =>
      `${by} ${roles ? `removed your ${roles} role in “${unit}”` : `removed you from “${unit}”`}.${
        unnamed > 0 ? ` You are no longer named handler or responsible leader on ${unnamed} of its suggestions.` : ''
      } You will no longer get reminders or see or work what that gave you. Ask the supervision office if this is a mistake.`,
    unitWithoutLiaison: (unit, who, by) =>
      `*A unit without a liaison* · ${by} removed ${who}, the last liaison of “${unit}”: nobody signs for its new assignments, and reminders go to handlers only. Name one with \`/suggest unit member ${unit} @person liaison\`.`,
    delegationStartedPrincipal: (delegate, until) =>
      `${delegate} stands in for you until ${until}: your reminders, review requests and escalations go to them, and they may act in your roles; each act is recorded as done for you. End it early with \`/suggest delegate off\`.`,
    delegationStartedDelegate: (principal, until) =>
      `${principal} asked you to stand in for them until ${until}: their reminders, review requests and escalations come to you, and you may act in their roles; each act is recorded as done for ${principal}.`,
    endedBecause: (endedBy, principal) =>
      endedBy === null ? 'its date passed' : endedBy === principal ? `${principal} ended it` : `${endedBy} ended it`,
    delegationEndedPrincipal: (delegate, because) =>
      `${delegate} no longer stands in for you (${because}). Your reminders come to you again.`,
    delegationEndedDelegate: (principal, because) => `You no longer stand in for ${principal} (${because}).`,
    delegationSet: (delegate, until) => `${delegate} stands in for you until ${until}. Both of you were told.`,
    delegationEnded: (principal, delegate) => `${delegate} no longer stands in for ${principal}. Both were told.`,
    delegationNone: 'You have no stand-in and stand in for nobody. Before you travel: `/suggest delegate @person until:YYYY-MM-DD`.',
    delegationOut: (delegate, until) => `${delegate} stands in for you until ${until}.`,
    delegationIn: (principal, until) => `You stand in for ${principal} until ${until}.`,
    actingFor: (principal) => ` (for ${principal})`,
    routeTitle: 'Route',
    routeIntro: (code, unit, role) => `Name the handler, division and responsible leader of ${code} for “${unit}” (${role}).`,
    routeHandler: 'Handler',
    routeDivision: 'Division',
    routeLeader: 'Responsible leader',
    routeSubmit: 'Route',
  },

  merge: {
    merged: (code, main, unit, cancelled) =>
      `*${code}* is now handled with *${main}*: “${unit}” writes one reply, on *${main}*, which answers both once sent; both codes stay and each deputy’s verdict is recorded on its own. The steps of *${code}* are no longer reminded${cancelled > 0 ? `, and its ${cancelled} undecided request${cancelled === 1 ? ' was' : 's were'} withdrawn` : ''}. The lead unit is told.`,
    undone: (code, main) =>
      `Merge undone: *${code}* is handled on its own again, apart from *${main}*; its steps are planned anew from today and its units are told.`,
    notice: (code, title, mergedCode, mergedTitle, by) =>
      `*Merged* · ${by} merged *${mergedCode}* ${mergedTitle || '(untitled)'} into *${code}* ${title || '(untitled)'}: write one reply, on *${code}*; once sent it answers both. The steps of *${mergedCode}* are no longer reminded.`,
    mergedInto: (main) =>
      `*Merged* · handled with *${main}*: its steps and reply are the main one’s; its deputy’s verdict is recorded on its own.`,
    mergedHere: (codes) =>
      `*Merged* · handled with this one: ${codes}. One reply answers all; each deputy’s verdict is recorded on its own.`,
    listMark: (main) => ` (merged into ${main})`,
  },

  key: {
    marked: (code, leader, note) =>
      `Suggestion *${code}* is now a key suggestion. ${leader ? `Its leader is ${leader}, told now, who hears of its steps once overdue.` : 'No leader named (add one with `leader:@someone`).'}${note ? ` Instruction: ${note}` : ''}`,
    updated: (code, leader, note) =>
      `Key suggestion *${code}* updated: ${leader ? `leader ${leader}` : 'no leader named'}${note ? `; instruction: ${note}` : ''}.`,
    unchanged: (code) => `Suggestion *${code}* is already a key suggestion with the same leader and note. Nothing changed.`,
    ended: (code, leader) =>
      `Suggestion *${code}* is no longer a key suggestion${leader ? `; ${leader} no longer hears of its steps early` : ''}.`,
    notice: (code, title, unit, by) =>
      `*Key suggestion* · ${by} made *${code}* ${title || '(untitled)'}${unit ? ` (lead unit “${unit}”)` : ''} a key suggestion, with you as its leader.`,
    noticeNote: (note) => `Instruction: ${note}`,
    noticeEscalation: (days, due) =>
      `Statutory deadline ${due}. From ${days} working day(s) overdue, its steps are in your daily reminder.`,
    mark: '[KEY] ',
    detail: (leader, note) => `*Key suggestion*${leader ? ` · leader ${leader}` : ''}${note ? `\nInstruction: ${note}` : ''}`,
  },

  nudge: {
    text: (code, title, unit, due, by) =>
      `*Reminder from the lead unit* · ${by} asks “${unit}”: the co-handling opinion on *${code}* ${title || '(untitled)'} was due ${due} and is late. Please send it soon.`,
    done: (unit, told) =>
      told > 0
        ? `Chased “${unit}” (${told} ${told === 1 ? 'person' : 'people'} told by DM).`
        : `“${unit}” has no liaison or handler to chase; contact the supervision office.`,
  },

  contact: {
    title: 'Log a contact',
    submit: 'Log',
    about: (code, title, unit) => `*${code}* ${title || '(untitled)'} · ${unit}`,
    stage: 'Stage',
    mode: 'How',
    date: 'Date',
    note: 'What was discussed',
    notePlaceholder: 'The deputy’s views, what was agreed…',
    stageNames: { before: 'Before handling', during: 'During handling', after: 'After the reply' },
    modeNames: { in_person: 'In person', phone: 'Phone', forum: 'Forum', visit: 'Visit', online: 'Online' },
    dateInvalid: 'Pick the date of the contact.',
    doneTitle: 'Logged',
    repeated: (code, unit) => `This contact on *${code}* was already logged for “${unit}”; submitting it again logged nothing more.`,
    done: (code, unit, completed) => `Logged a contact on *${code}* for “${unit}”.${completed ? ` Node “${completed}” is done.` : ''}`,
  },

  extension: {
    requested: (code, current, requested, notified) =>
      `Asked to move the statutory deadline of *${code}* from ${current} to ${requested}. ${notified > 0 ? 'The supervision office has it and you will hear its decision.' : 'Nobody in the supervision office receives requests yet; contact the office directly.'}`,
    noticeHeading: 'Extension request',
    noticeBody: (code, title, unit, by) => `*${code}* ${title || '(untitled)'} (lead · ${unit}) · asked by ${by}`,
    noticeDates: (current, requested) => `Statutory deadline ${current} → *${requested}*`,
    noticeReason: (reason) => `Reason: ${reason}`,
    approve: 'Approve',
    refuse: 'Refuse',
    approvedAnswer: (code, statutory, internal, moved) =>
      `Approved the extension of *${code}*: statutory reply ${statutory}, internal deadline ${internal}; ${moved} open node${moved === 1 ? '' : 's'} re-planned.`,
    refusedAnswer: (code) => `Refused the extension of *${code}*; its deadlines stay.`,
    decidedApproved: (code, title, by, statutory, internal) =>
      `${by} approved your extension request for *${code}* ${title}: statutory reply ${statutory}, internal deadline ${internal}; open nodes re-planned.`,
    decidedRefused: (code, title, by, statutory) =>
      `${by} refused your extension request for *${code}* ${title}; the statutory deadline stays ${statutory}.`,
    formTitle: 'Request an extension',
    formSubmit: 'Send',
    formAbout: (code, title, unit, current, latest) =>
      `*${code}* ${title || '(untitled)'} (lead · ${unit})\nStatutory deadline now ${current}; this session allows at most ${latest}`,
    due: 'New deadline',
    reason: 'Reason',
    reasonPlaceholder: 'Why more time is needed, and what has been done so far',
    dueMissing: 'Pick the deadline you ask for.',
    reasonBlank: 'Write why the deadline should move.',
  },

  transfer: {
    requested: (code, unit, notified) =>
      `Asked to hand *${code}* back from “${unit}”. ${notified > 0 ? 'The supervision office has it and you will hear its decision; until then, keep to the nodes.' : 'Nobody in the supervision office receives requests yet; contact the office directly.'}`,
    noticeHeading: 'Transfer request',
    noticeBody: (code, title, unit, role, by) => `*${code}* ${title || '(untitled)'} (${role} · ${unit}) · asked by ${by}`,
    noticeReason: (reason) => `Reason: ${reason}`,
    reassign: 'Reassign',
    refuse: 'Refuse',
    reassignedAnswer: (code, from, to) =>
      `Reassigned *${code}* from “${from}” to “${to}”; “${to}” has been told and its nodes are planned from today.`,
    refusedAnswer: (code, from) => `Refused the transfer of *${code}*; “${from}” keeps it.`,
    decidedReassigned: (code, title, from, to, by) =>
      `${by} agreed to your transfer request for *${code}* ${title}: “${to}” handles it now, and “${from}” no longer needs to.`,
    decidedRefused: (code, title, from, by) =>
      `${by} refused your transfer request for *${code}* ${title}; “${from}” keeps it, so keep to its nodes.`,
    formTitle: 'Request a transfer',
    formSubmit: 'Send',
    formAbout: (code, title, unit, closes) => `*${code}* ${title || '(untitled)'} · ${unit}\nTransfers can be asked until ${closes}`,
    reason: 'Reason',
    reasonPlaceholder: 'Why this is not your unit’s to handle, and which unit it belongs to',
    reasonBlank: 'Write why the suggestion should be transferred.',
    reassignTitle: 'Reassign',
    reassignSubmit: 'Reassign',
    reassignAbout: (code, title, unit, role, by, reason) =>
      `*${code}* ${title || '(untitled)'}\nNow with “${unit}” (${role}) · asked by ${by}\nReason: ${reason}`,
    toUnit: 'Unit that takes it over',
    handler: 'Handler (optional)',
    noUnits: 'There is no other unit to reassign it to. Register one with `/suggest unit add` first.',
  },

  rank: {
    periodNames: { week: 'this week', month: 'this month', year: 'the session to date' },
    heading: (period, from, to) => `Units ranked · ${period} (${from} – ${to})`,
    columns: {
      rank: 'Rank',
      unit: 'Unit',
      workload: 'Lead / co',
      nodes: 'Nodes on time',
      overdue: 'Overdue',
      score: 'Score',
      change: 'Change',
    },
    rateNames: {
      acceptedOnTime: 'Accepted',
      preContact: 'Contact',
      coOpinionsOnTime: 'Co-opinion',
      draftsOnTime: 'Drafts',
      divisionReviewsOnTime: 'Division review',
      leaderReviewsOnTime: 'Leader review',
      headSignoffsOnTime: 'Head sign-off',
      repliesOnTime: 'Replies',
      feedbackOnTime: 'Feedback',
      satisfaction: 'Satisfied',
      commitmentsOnTime: 'Promises',
    },
    rate: (percent, done, due) => `${percent}% (${done}/${due})`,
    workload: (lead, co) => `${lead} / ${co}`,
    notApplicable: '—',
    up: (n) => `↑${n}`,
    down: (n) => `↓${n}`,
    same: '—',
    tied: (rank) => `=${rank}`,
    place: (rank, tied) => (tied ? `joint ${rank}` : `${rank}`),
    new: 'new',
    how: (penalty) =>
      `Score: the weighted mean of the rates that apply in the period; ${penalty} off per overdue node; at most 100, at least 0. Equal scores share a rank, listed by name. "—" means nothing was due in the period: no rank.`,
    cut: (shown, total) => `The table lists the first ${shown} units (of ${total}).`,
    empty: 'No units are registered yet.',
  },

  weekly: {
    heading: (from, to, part, parts) => `Weekly report · units ranked · ${from} – ${to}${parts > 1 ? ` (${part}/${parts})` : ''}`,
    unitHeading: (unit) => `Weekly report for “${unit}”`,
    standing: (from, to, place, count, score, change) =>
      `${from} – ${to}: rank *${place}* of ${count} · score *${score}* · change ${change}`,
    unranked: (from, to) => `${from} – ${to}: nothing was due in the period, so no rank.`,
    nothingMeasured: 'Nothing was due this period.',
    rate: (name, value) => `${name} ${value}`,
    overdueHeading: (count) => `*Overdue: ${count}*`,
    dueHeading: (count, from, to) => `*Due this week (${from} – ${to}): ${count}*`,
    line: (code, title, step, date, owners) => `*${code}* ${title || '(untitled)'} · ${step} · ${date} · ${owners}`,
    noOwner: 'nobody (name a handler or a liaison)',
    nothingLate: 'Nothing is overdue.',
    nothingDue: 'Nothing falls due this week.',
  },

  chart: {
    title: (from, to) => `Scores of the units · ${from} – ${to}`,
    legend: 'Green: 90 and above   Blue: 60 – 90   Red: below 60',
    idle: 'nothing was due',
    tied: 'tied',
    comment: (from, to, count) => `Weekly report · ${from} – ${to}: the scores of ${count} units`,
    altText: (from, to, leaders) => `Bar chart of the units' scores, ${from} – ${to}; leading: ${leaders}`,
    fileName: (from) => `unit-scores-${from}.png`,
  },

  report: {
    title: (session) => `${session} Report on the Handling of Deputies' Suggestions`,
    periodLine: (from, to) => `Suggestions assigned ${from} to ${to}`,
    madeBy: (day) => `Supervision office · ${day}`,
    date: (day) => day,
    sections: {
      overall: '1. Overview',
      byUnit: '2. By handling unit',
      byField: '3. By field',
      ranking: '4. Ranking of the units',
      attention: '5. Matters needing attention',
      promises: (count) => `6. B-class promises not yet kept (${count})`,
      verdicts: "7. The deputies' verdicts",
    },
    overall: (lead, co, replied, onTime, closed, satisfied, kept) =>
      `${lead} suggestions were assigned (and ${co} co-handling assignments). Replied ${replied}, on time ${onTime}; closed ${closed}; deputies satisfied or basically satisfied ${satisfied}; B-class promises kept ${kept}.`,
    how: 'Each share shows what it counts out of, counted as /suggest stats and the ledger’s 统计 sheet count it: replied and closed out of the suggestions led; on time by whether the first reply went by the statutory deadline then in force; satisfaction by the latest verdict.',
    fieldColumn: 'Field',
    rankingHow:
      'Units are scored on the time nodes done on time, the deputies’ satisfaction and the promises kept over the session to date, less points for each open overdue node; /suggest rank shows each score’s parts.',
    rankColumns: { rank: 'Rank', unit: 'Unit', score: 'Score', overdue: 'Overdue nodes' },
    keyHeading: (count) => `5.1 Key suggestions (${count})`,
    keyLine: (code, title, unit, leader, note, overdue, day) =>
      `${code} ${title}: led by ${unit || 'no unit'}${leader ? `, taken on by ${leader}` : ''}, statutory deadline ${day}, ${overdue > 0 ? `${overdue} step${overdue === 1 ? '' : 's'} overdue` : 'nothing overdue'}.${note ? ` Instruction: ${note}` : ''}`,
    overdueHeading: (count) => `5.2 Overdue steps (${count})`,
    overdueLine: (code, title, unit, step, day) => `${code} ${title}: ${unit}'s "${step}" was due ${day} and is not done.`,
    nearHeading: (count) => `5.3 Not yet answered, the statutory deadline near or past (${count})`,
    nearLine: (code, title, unit, day) => `${code} ${title}: led by ${unit}, statutory deadline ${day}.`,
    promiseLine: (code, title, unit, description, day) => `${code} ${title} (${unit}): ${description}, promised by ${day}.`,
    verdictCounts: (judged, satisfied, basically, dissatisfied) =>
      `${judged} verdicts (the latest round of each): satisfied ${satisfied}, basically satisfied ${basically}, dissatisfied ${dissatisfied}.${dissatisfied > 0 ? ' Every dissatisfied one is being handled again; the deputies said:' : ''}`,
    dissatisfiedLine: (code, title, unit, note) => `${code} ${title} (${unit}): ${note || 'no reason given'}`,
    none: 'None.',
    chartOfFirst: (shown, total) => `The chart shows the first ${shown} of ${total} units (every rank is in the table above).`,
    more: (count) => `${count} more are not listed; the ledger (/suggest export) holds them all.`,
    requested: 'Writing the handling report (Word); it comes to you as a file shortly.',
    fileName: (session, day) => `handling-report-${session}-${day}.docx`,
    comment: (session, from, to) => `${session} handling report · suggestions assigned ${from}–${to}`,
  },

  statsChart: {
    title: (from, to, narrowed) => `Handling figures${narrowed ? ` · ${narrowed}` : ''} · assigned ${from}–${to}`,
    series: { replied: 'Replied', onTime: 'On time', closed: 'Closed', satisfied: 'Satisfied' },
    none: '—',
    comment: (from, to, count) =>
      `Handling figures as a chart · suggestions assigned ${from}–${to}, ${count} units; each bar shows its count and what it is out of.`,
    altText: (from, to, count) =>
      `Bar chart of ${count} units' reply, on-time, closing and satisfaction shares for suggestions assigned ${from}–${to}`,
    fileName: (from, to, ref) => `handling-figures-${from}-${to}${ref ? `-${ref}` : ''}.png`,
  },

  monthly: {
    heading: (month) => `Monthly supervision report · ${month}`,
    monthName: (year, month) => `${months[month - 1]} ${year}`,
    keyHeading: (count) => `*Key suggestions: ${count}*`,
    keyLine: (code, title, unit, leader, overdue, due) =>
      `*${code}* ${title} (lead · ${unit || 'none'})${leader ? ` · leader ${leader}` : ''} · ${overdue > 0 ? `${overdue} overdue step${overdue === 1 ? '' : 's'}` : 'nothing overdue'} · statutory reply ${due}`,
    overdueHeading: (count) => `*Units with overdue steps as the month begins: ${count}*`,
    overdueLine: (unit, count) => `${unit} · ${count} overdue`,
    fellHeading: (from, to, count) => `*Units that fell in last month's ranking (${from} – ${to}): ${count}*`,
    fellLine: (unit, place, places) => `${unit} · ranked ${place}, down ${places}`,
    commitmentsHeading: (count) => `*B-class promises due this month or late, not written off: ${count}*`,
    commitmentLine: (code, title, unit, seq, description, due) =>
      `*${code}* ${title || '(untitled)'} (${unit}) · no. ${seq}: ${description} · due ${due}`,
    nearHeading: (count) => `*Suggestions due this month or past due, without a sent reply: ${count}*`,
    nearLine: (code, title, unit, due) => `*${code}* ${title || '(untitled)'} (lead · ${unit}) · statutory reply ${due}`,
    none: 'None.',
  },

  config: {
    heading: (session) =>
      `*Rules of this session (${session})* · the supervision office changes one with \`/suggest config <setting> <value>\``,
    line: (name, label, value) => `\`${name}\` ${label}: *${value}*`,
    noChannel: 'not set (each supervisor gets a DM)',
    changed: (label, before, after) =>
      `Changed “${label}” from ${before} to *${after}*. Nodes already planned keep their dates; what is planned from now on follows the new rule.`,
    channelNote: 'Invite the bot to that channel (type `/invite @duban` there), or its messages cannot be posted.',
    labels: {
      statutoryMonths: 'Statutory reply term (months after assignment)',
      maxExtensionMonths: 'Longest term with an extension (months after assignment)',
      internalLeadDays: 'Internal deadline ahead of the statutory one (days)',
      acceptWorkingDays: 'Accept within (working days)',
      transferWindowWorkingDays: 'Transfer requests within (working days)',
      preContactWorkingDays: 'Pre-handling contact within (working days)',
      coOpinionMonths: 'Co-unit opinion within (months)',
      draftWorkingDaysBefore: 'Draft (working days before the internal deadline)',
      divisionReviewWorkingDaysBefore: 'Division review (working days before)',
      leaderReviewWorkingDaysBefore: 'Leader review (working days before)',
      headSignoffWorkingDaysBefore: 'Head sign-off (working days before)',
      feedbackWorkingDaysAfter: 'Ask for feedback (working days after the reply)',
      secondRoundMonths: 'Second round reply term (months)',
      publishWithinWorkingDays: 'Publish replies within (working days)',
      replyClasses: 'Reply classes',
      reminderWindowWorkingDays: 'Daily reminder looks ahead (working days)',
      escalateToLeaderAfterWorkingDays: 'Tell the leader after (working days overdue)',
      escalateKeyToLeaderAfterWorkingDays: 'Tell a key suggestion’s leader after (working days overdue)',
      escalateToChannelAfterWorkingDays: 'Tell the supervision office after (working days overdue)',
      statutoryAlertDays: 'Tell the office this many days before the statutory deadline',
      supervisionChannel: 'Supervision channel',
      rankWeightAccepted: 'Ranking weight: accepted on time',
      rankWeightPreContact: 'Ranking weight: pre-handling contact',
      rankWeightCoOpinion: 'Ranking weight: co-opinions on time',
      rankWeightDraft: 'Ranking weight: drafts on time',
      rankWeightDivisionReview: 'Ranking weight: division reviews on time',
      rankWeightLeaderReview: 'Ranking weight: leader reviews on time',
      rankWeightHeadSignoff: 'Ranking weight: head sign-offs on time',
      rankWeightReply: 'Ranking weight: replies on time',
      rankWeightFeedback: 'Ranking weight: feedback asked on time',
      rankWeightSatisfaction: 'Ranking weight: satisfaction',
      rankWeightCommitment: 'Ranking weight: commitments written off on time',
      rankOverduePenalty: 'Ranking: points off per overdue node',
    },
  },

  sessions: {
    title: 'Sessions',
    line: (name, since, total, open) => `*${name}*: since ${since}, ${total} suggestions, ${open} not closed`,
    current: ' (current)',
    hint: 'New assignments and imports join the current session; earlier sessions’ suggestions not yet closed are still reminded, listed, shown and handled by their codes. The supervision office starts the next session with `/suggest session new <name>`.',
    started: (name, previous) =>
      `Session ${name} has begun: suggestions assigned or imported from now on join it, with the rules of ${previous} (see \`/suggest config\`). What ${previous} left open is handled and reminded as before.`,
  },
  supervisors: {
    title: 'Supervision office',
    line: (who, since, by) => `${who}: since ${since}, added by ${by}`,
    bySetting: 'the SUPERVISORS setting at start',
    hint: 'The supervision office adds people with `/suggest supervisor add @someone` and removes them with `/suggest supervisor remove @someone`.',
    added: (who) => `${who} is now in the supervision office: they can register units, assign, decide requests and change settings.`,
    removed: (who) => `${who} has left the supervision office.`,
  },
  calendar: {
    gap: (year) =>
      `*The working calendar lacks ${year}'s holidays* · The holiday data the bot uses has no ${year} yet (the State Council usually publishes the next year's arrangement in November or December). Until it does, ${year}'s public holidays count as working days, and every step planned across them is wrong. ` +
      `Once published, add each holiday with \`/suggest calendar add ${year}-01-01 holiday New Year\` (a weekend worked in lieu with \`workday\`), or have the administrator update the holiday package (\`npm update chinese-days\`, then restart). The notice stops once the first day is added.`,
    gapHome: (years) =>
      `⚠️ The working calendar lacks the holidays of ${years}: until they are added or the package updated, those years' public holidays count as working days. Add them with \`/suggest calendar add\`.`,
    kindNames: { workday: 'a working day', holiday: 'a rest day' },
    set: (day, kind, published) =>
      `${day} is now ${kind} (the published calendar says ${published}). Nodes already planned keep their dates; nodes planned from now on count it.`,
    removed: (day, published) => `${day} follows the published calendar again: ${published}.`,
    heading: (count) => `*Working-calendar adjustments by the supervision office* · ${count} day${count === 1 ? '' : 's'}`,
    line: (day, kind, published, note) => `${day} · ${kind} (published: ${published})${note ? ` · ${note}` : ''}`,
    empty: 'The supervision office has adjusted no days; every day follows the published calendar (with its adjusted workdays).',
  },

  list: {
    heading: (filter, total) => `*${filter}* · ${total} in all`,
    filterNames: {
      mine: 'Suggestions that involve me',
      overdue: 'Suggestions with overdue nodes',
      open: 'Open suggestions',
      replied: 'Replied suggestions',
      closed: 'Closed suggestions',
      followup: 'Commitments under follow-up',
      requests: 'Suggestions with a request to decide (extension, transfer)',
      key: 'Key suggestions',
      all: 'All suggestions of this session',
    },
    fieldFilter: (field) => `Suggestions in the field “${field}”`,
    unitFilter: (unitName) => `Suggestions handled by “${unitName}”`,
    empty: 'No suggestion matches.',
    line: (code, title, lead, status, due) => `*${code}* ${title || '(untitled)'}\nlead “${lead}” · ${status} · statutory reply ${due}`,
    next: (date) => `next node ${date}`,
    earliestOverdue: (date) => `earliest overdue node was due ${date}`,
    overdue: (count) => `🔴 ${count} overdue node${count === 1 ? '' : 's'}`,
    more: (shown, total) => `Showing the first ${shown} of ${total}. Narrow with \`unit:<unit>\`, \`overdue\` and the like.`,
  },

  show: {
    heading: (code, title) => `*${code}* ${title || '(untitled)'}`,
    facts: (status, deputy, assigned, internal, statutory) =>
      `${status} · lead deputy ${deputy || 'not given'} · assigned ${assigned} · internal due ${internal} · statutory reply ${statutory}`,
    assignment: (role, unit, handler, accepted) => `*${role} · ${unit}* · handler ${handler} · ${accepted}`,
    notAccepted: 'not accepted',
    acceptedOn: (date) => `accepted ${date}`,
    ended: 'transferred/withdrawn',
    node: (mark, name, date, state) => `${mark} ${name} · ${date}${state ? ` · ${state}` : ''}`,
    nodeDone: (date) => `done ${date}`,
    nodeOverdue: 'overdue',
    historyHeading: '*History*',
    contactLine: (date, stage, mode, by, note) => `${date} · ${stage} (${mode}) · ${by}${note ? `: ${note}` : ''}`,
    opinionLine: (date, unit, by, body) => `${date} · co-unit opinion · ${unit} ${by}: ${body}`,
    replyLine: (round, cls, state, by, sentOn) =>
      `Round ${round} reply · class ${cls} · ${state} · drafted by ${by}${sentOn ? ` · sent ${sentOn}` : ''}`,
    replySummary: (summary) => `Summary: ${summary}`,
    reviewLine: (date, level, decision, by, comment) => `${date} · ${level} · ${decision} · ${by}${comment ? `: ${comment}` : ''}`,
    commitmentLine: (seq, due, text, state) => `Commitment ${seq}. by ${due} · ${text} · ${state}`,
    commitmentDone: (date) => `written off ${date}`,
    verdictLine: (date, round, verdict, by, note) =>
      `${date} · round ${round} verdict · ${verdict} · recorded by ${by}${note ? `: ${note}` : ''}`,
    approve: 'approved',
    return: 'returned',
    sign: 'signed',
  },

  opinion: {
    title: 'Co-unit opinion',
    submit: 'Send to lead unit',
    about: (code, title, unit, lead) => `*${code}* ${title || '(untitled)'} · ${unit} (co-handling) → lead ${lead}`,
    body: 'Opinion',
    bodyPlaceholder: 'What your unit proposes within its remit',
    bodyEmpty: 'Write the opinion.',
    doneTitle: 'Sent',
    done: (code, lead, told) =>
      `Your opinion on *${code}* went to the lead unit ${lead}${told ? ', and its handler was told' : ' (it has no handler or liaison to tell: contact it directly)'}. The co-unit opinion step is done.`,
    noticeHeading: 'Co-unit opinion received',
    noticeBody: (code, title, unit, by) => `*${code}* ${title || '(untitled)'} · from ${unit} · ${by}`,
  },

  reply: {
    title: 'Reply',
    submit: 'Submit for review',
    about: (code, title, unit, round) => `*${code}* ${title || '(untitled)'} · lead ${unit}${round > 1 ? ` · round ${round}` : ''}`,
    replyClass: 'Class',
    classNames: {
      A: 'A · solved or mostly solved, adopted',
      B: 'B · being solved or planned',
      C: 'C · cannot be solved now',
      D: 'D · kept for reference',
    },
    summary: 'Summary',
    summaryPlaceholder: 'What the reply says',
    summaryEmpty: 'Write the summary of the reply.',
    documentUrl: 'Link to the reply document',
    mayPublish: 'Publication',
    mayPublishOption: 'The reply may be published',
    commitments: 'Commitments (required for class B)',
    commitmentsHint: 'One a line: due date, then what is promised, e.g. 2027-06-30 finish phase two',
    reason: 'Why it cannot be solved now (required for class C)',
    opinionsHeading: "*Co-handling units' opinions*",
    noOpinions: 'No co-unit opinion received this round yet.',
    opinionLine: (unit, by, body) => `${unit} ${by}: ${body}`,
    returned: (level, by, comment) => `*Returned* · ${level} · ${by}\nTo change: ${comment}`,
    doneTitle: 'Submitted',
    done: (code, level, reviewers, again) =>
      `The reply to *${code}* was ${again ? 'submitted again' : 'submitted'}; it waits on ${level}: ${reviewers}.`,
    levelNames: { division: 'division review', leader: 'leader review', head: 'head sign-off' },
    reviewHeading: (level) => `Reply to review · ${level}`,
    reviewIntro: (round) =>
      round > 1 ? `The round ${round} reply, after the deputy was dissatisfied. Please review it.` : 'Please review this reply.',
    reviewClass: (cls, publish) => `${cls} · ${publish ? 'may be published' : 'not for publication'}`,
    reviewSummary: (summary) => `Summary: ${summary}`,
    reviewDocument: (url) => `Document: ${url}`,
    reviewReason: (reason) => `Why it cannot be solved now: ${reason}`,
    reviewCommitments: 'Commitments:',
    reviewCommitment: (seq, due, text) => `${seq}. by ${due} · ${text}`,
    reviewApprovals: (list) => `Approved so far: ${list}`,
    reviewDraftedBy: (by) => `Drafted by ${by}`,
    approve: 'Approve',
    sign: 'Sign off',
    return: 'Return',
    returnTitle: 'Return the reply',
    returnSubmit: 'Return',
    returnComment: 'What to change',
    returnAbout: (code, level) => `Return the reply to *${code}* (${level}). Your comment goes to the one who drafted it.`,
    approvedAnswer: (code, level, next, told) => `${level} of the reply to *${code}* is done; it went on to ${next}: ${told}.`,
    signedAnswer: (code, told) => `The reply to *${code}* is signed off; ${told} was told to send it.`,
    returnedAnswer: (code, told) => `The reply to *${code}* was returned; your comment went to ${told}.`,
    returnedHeading: 'Reply returned',
    returnedBody: (code, title, level, by) => `The reply to *${code}* ${title || '(untitled)'} was returned at ${level} by ${by}.`,
    returnedComment: (comment) => `To change: ${comment}`,
    returnedHint: (code) => `Once changed, submit it again with \`/suggest reply ${code}\`.`,
    signedHeading: 'Reply signed off',
    signedBody: (code, title, by) =>
      `The reply to *${code}* ${title || '(untitled)'} was signed off by ${by}. Send it to the deputy as your procedure says, then press "Sent".`,
    markSent: 'Sent',
    sentAnswer: (code, sentOn, feedbackBy) =>
      `The reply to *${code}* is recorded as sent on ${sentOn}.${feedbackBy ? ` Ask the deputy's verdict by ${feedbackBy}.` : ''}`,
    sentHeading: 'Reply sent',
    sentBody: (code, title, unit, cls, sentOn) => `*${code}* ${title || '(untitled)'} · lead ${unit} · class ${cls} · sent ${sentOn}`,
    sentFeedback: (date) => `Ask the deputy's verdict by ${date}`,
    sentHint: (code) =>
      `Once the deputy answers, record it with \`/suggest evaluate ${code} <satisfied|basically-satisfied|dissatisfied>\`.`,
    sentAsk: (code) =>
      `Once the deputy answers, record the verdict with the buttons below ("dissatisfied" asks for the reasons), or with \`/suggest evaluate ${code} <satisfied|basically-satisfied|dissatisfied>\`.`,
    sentPublish: 'This reply may be published: list it for publication as the rules say.',
    sentPublishBy: (date) => `This reply may be published: publish it by ${date}, then mark it "Published" in \`/suggest publish\`.`,
  },
  breakdown: {
    open: 'Score breakdown',
    title: 'Score breakdown',
    close: 'Close',
    heading: (unit, from, to) => `*${unit}: score breakdown*\n${from} – ${to}`,
    line: (name, done, due, weight) => `${name}: ${done} on time of ${due} due · weight ${weight}`,
    notApplying: (names) => `Nothing due, not scored: ${names}`,
    mean: (terms, weightTotal, base) => `Weighted mean: (${terms}) ÷ ${weightTotal} × 100 = ${base}`,
    noneApplies: 'Nothing applied this period: the base is 100.',
    deduction: (nodes, per, total) => `${nodes} overdue nodes × ${per} points = ${total} points off`,
    score: (base, deduction, score, clamped) =>
      `Score: ${base} − ${deduction} = *${score}*${clamped ? ' (scores are kept within 0–100)' : ' (to one decimal)'}`,
    none: 'You hold no role in a unit ranked this period: a breakdown is for the unit’s own people and the office.',
    page: (page, pages, units) => `Page ${page} of ${pages}, ${units} units.`,
    previous: 'Previous',
    next: 'Next',
    settings: "Computed with the session's current weights and penalty.",
  },

  reviewQueue: {
    open: (count) => `Review queue (${count})`,
    title: 'Review queue',
    close: 'Close',
    heading: (count) =>
      count === 1 ? 'One reply awaits your review.' : `${count} replies await your review; please take them one by one.`,
    none: 'No reply is waiting for your review now.',
    item: (about, level) => `${about}\nFor your ${level}.`,
    cut: (shown, total) =>
      `The first ${shown} of ${total} are listed. Once you have dealt with them, open the review queue again for the rest.`,
  },

  verdict: {
    names: { satisfied: 'satisfied', basically_satisfied: 'basically satisfied', dissatisfied: 'dissatisfied' },
    recorded: (code, verdict) => `The deputy's verdict on *${code}* is recorded: ${verdict}.`,
    closed: (code) => `*${code}* is closed.`,
    followup: (code, open) =>
      `*${code}* has ${open} commitments not written off: it moves to follow-up, and closes once all are written off (\`/suggest commitment done ${code} <n>\`).`,
    reopened: (code, round, internal, statutory) =>
      `*${code}* is handled again (round ${round}): internal due ${internal}, reply due ${statutory}; the round's steps are planned in order.`,
    noticeHeading: (verdict) => `Deputy's verdict: ${verdict}`,
    noticeBody: (code, title, unit, by) => `*${code}* ${title || '(untitled)'} · lead ${unit} · recorded by ${by}`,
    note: (note) => `The deputy said: ${note}`,
    buttonNames: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', dissatisfied: 'Dissatisfied' },
    askInShow: (round) =>
      `The round ${round} reply has gone to the deputy. Once the deputy answers, record the verdict here; "dissatisfied" needs the deputy's reasons.`,
    formTitle: 'Verdict: dissatisfied',
    formSubmit: 'Record',
    formAbout: (code, title, unit, round) =>
      `Record the deputy's verdict on the round ${round} reply to *${code}* ${title || '(untitled)'}: dissatisfied. The suggestion then goes back to the lead unit ${unit} for another round, and the unit and its responsible leader are told.`,
    reasons: "The deputy's reasons",
    reasonsHint: (limit) =>
      `As the deputy gave them, at most ${limit} characters; the lead unit reads them when it handles the suggestion again.`,
    reasonsPlaceholder: 'e.g. wants a date for the works to start',
    reasonsNeeded: "Write down the deputy's reasons for being dissatisfied.",
    reasonsTooLong: (length, limit) => `The reasons are ${length} characters long, over ${limit}: please shorten them.`,
  },

  commitment: {
    writtenOff: (code, seq, text, onTime) => `Commitment ${seq} of *${code}*, "${text}", is written off (${onTime ? 'on time' : 'late'}).`,
    left: (open) => `${open} left open.`,
    closed: (code) => `Every commitment is written off: *${code}* is closed.`,
    states: { open: 'open', followup: 'on follow-up', written_off: 'written off' },
  },

  notice: {
    assignedHeader: (role) => `New suggestion (${role})`,
    assignedIntro: {
      handler: (unit) => `You are the handler for “${unit}”.`,
      liaison: (unit) => `As liaison of “${unit}”, please accept it and arrange the handling.`,
      channel: (unit) => `This suggestion is assigned to “${unit}”.`,
    },
    assignedBody: (code, title, deputy) => `*${code}* ${title || '(untitled)'}${deputy ? `\nLead deputy: ${deputy}` : ''}`,
    assignedUnits: (lead, co) => `Lead: ${lead}${co ? ` · co-handling: ${co}` : ''}`,
    assignedDates: (acceptBy, internalDue, statutoryDue) =>
      `Accept by *${acceptBy}* · internal due ${internalDue} · statutory reply ${statutoryDue}`,
    coDates: (acceptBy, opinionBy, lead) => `Accept by *${acceptBy}* · send your opinion to the lead unit “${lead}” by *${opinionBy}*`,
    assignedBy: (user) => `assigned by ${user}`,
    acceptedText: (unit, code, title, role) => `“${unit}” accepted the ${role} suggestion *${code}* ${title}`,
    acceptedTiming: (onTime, planned) => (onTime ? `on time (due ${planned})` : `late (due ${planned})`),
  },

  carried: {
    gatheredHeading: (count) => `*Your to-do list* · ${count} items`,
    gatheredIntro: 'These come together as one message; please go through each.',
    groups: {
      extension_requested: (n) => `*${n} extension requests*: approve or refuse`,
      transfer_requested: (n) => `*${n} transfer requests*: reassign or refuse`,
      nudge: (n) => `*${n} co-handling opinions the lead unit is asking for*`,
      key_marked: (n) => `*${n} key suggestions you lead*`,
      merged: (n) => `*${n} suggestions now handled with another*: answer the main one`,
      reply_returned: (n) => `*${n} replies sent back for changes*`,
      verdict_recorded: (n) => `*${n} suggestions to handle again after a dissatisfied verdict*`,
      extension_decided: (n) => `*${n} extension requests refused*: keep to the deadline`,
      transfer_decided: (n) => `*${n} transfer requests refused*: keep handling them`,
      review_requested: (n) => `*${n} replies waiting for your review*`,
      reply_signed: (n) => `*${n} signed replies to send*; click "Sent" once sent`,
      assigned: (n) => `*${n} newly assigned suggestions*: please accept them in time`,
      routed: (n) => `*${n} suggestions routed to you*`,
      request_cancelled: (n) => `*${n} requests withdrawn*`,
    },
    assignedBy: (n, date) => `*${n} newly assigned suggestions*: please accept them by ${date}`,
    listHint: "To go through them one by one: `/suggest list mine`, or the app's Home tab.",
    acceptAll: (n) => `Accept all (${n})`,
    sinceHeading: (count) => `*Since the last reminder* · ${count} updates`,
    summaryHeading: (day) => `*Daily summary* · ${day}`,
    summaryIntro: (count) => `${count} updates since the last summary, none of which needs action:`,
    title: (code, title) => `*${code}* ${title || '(untitled)'}`,
    assignedShort: (about, role, unit) => `${about} (${unit}, ${role})`,
    assigned: (about, role, unit, acceptBy) => `${about} (${unit}, ${role}) · accept by ${acceptBy}`,
    reviewRequested: (about, unit, level) => `${about} (lead: ${unit}) · ${level}`,
    replyReturned: (about, level, comment) => `${about} · sent back at ${level}: ${comment}`,
    replySigned: (about) => `${about} · reply signed off; send it to the deputy`,
    nudge: (about, due) => `${about} · the opinion was due ${due}; please submit it`,
    merged: (about, mergedCode) => `${about} · *${mergedCode}* is now handled with it; one reply answers both`,
    keyMarked: (about, note) => `${about} · made a key suggestion, with you as its leader${note ? `; instruction: ${note}` : ''}`,
    extensionRequested: (about, unit, due, reason) => `${about} (${unit}) · asks for a deadline of ${due}: ${reason}`,
    transferRequested: (about, unit, role, reason) => `${about} (${unit}, ${role}) · asks for a transfer: ${reason}`,
    verdictRecorded: (about, unit, verdict) => `${about} (lead: ${unit}) · the deputy's verdict: ${verdict}`,
    verdictOutcome: {
      closed: '; closed.',
      followup: (open) => `; ${open} promises followed up.`,
      reopened: (round, internal) => `; round ${round} begins, reply again by ${internal}.`,
    },
    extensionApproved: (about, due) => `${about} · extension approved, statutory deadline now ${due}`,
    extensionRefused: (about, due) => `${about} · extension refused, still due ${due}`,
    transferApproved: (about, to) => `${about} · transfer approved, now handled by ${to}`,
    transferRefused: (about, from) => `${about} · transfer refused, still handled by ${from}`,
    accepted: (about, unit, role, onTime) => `${about} · ${unit} accepted it${onTime ? ' on time' : ' late'} (${role})`,
    replySent: (about, unit, round, replyClass) =>
      `${about} · ${unit}'s ${round > 1 ? `round ${round} ` : ''}reply went to the deputy (class ${replyClass})`,
    opinionReceived: (about, unit) => `${about} · co-handling unit ${unit} sent its opinion; use it in the reply`,
    requestCancelled: (about, kind, because) => `${about} · ${kind} withdrawn: not decided before ${because}`,
    routed: (about, unit, as) => `${about} · routed to you by “${unit}” as its ${as}`,
  },
  reminder: {
    heading: (day) => `*Today's reminders* · ${day}`,
    summary: (total, overdue, soon, window) => {
      const parts = [overdue > 0 ? `${overdue} overdue` : '', soon > 0 ? `${soon} due within ${window} working days` : ''].filter(Boolean);
      return `You have ${total} node${total === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
    },
    overdue: (days) => `🔴 ${days} working day${days === 1 ? '' : 's'} overdue`,
    dueToday: '🟠 Due today',
    dueIn: (days) => `${days <= 1 ? '🟠' : '🟡'} ${days} working day${days === 1 ? '' : 's'} left`,
    line: (urgency, code, title, role, unit) => `${urgency} · *${code}* ${title || '(untitled)'} (${role} · ${unit})`,
    step: (step, date) => `${step} · due ${date}`,
    more: (count, list) => `${count} more not listed one by one: ${list}`,
    notCarried: (count) => `${count} more not listed here.`,
    moreHint: 'See them all with `/suggest list overdue` or `/suggest list mine`.',
    group: (urgency, step, date, count) => `${urgency} · ${step} · due ${date} · ${count} items`,
    groupBrief: (step, date, count) => `${step} due ${date} (${count})`,
    groupListTitle: 'Steps due',
    groupListHeading: (step, date, count) => `*${step} · due ${date}* · ${count} open step${count === 1 ? '' : 's'} of yours:`,
    groupListNone: (step, date) => `You have no open steps left in ${step} · due ${date}.`,
    groupListCut: (shown, total) => `The first ${shown} of ${total} are listed. See them all with \`/suggest list mine\`.`,
    groupListClose: 'Close',
    leaderHeading: (day) => `*Overdue in your units* · ${day}`,
    keyLeaderSummary: (count, days) =>
      `${count} node${count === 1 ? ' is' : 's are'} of key suggestions overdue by ${days} working day${days === 1 ? '' : 's'} or more, listed first (marked [KEY]):`,
    leaderSummary: (count, days) =>
      `${count} node${count === 1 ? ' is' : 's are'} overdue by ${days} working days or more in units you are responsible for:`,
    supervisionHeading: (day) => `*Supervision office* · ${day}`,
    supervisionOverdue: (count, days) => `*${count} node${count === 1 ? '' : 's'} overdue by ${days} working days or more*`,
    nearStatutory: (count, days) =>
      `*${count} suggestion${count === 1 ? '' : 's'} within ${days} days of the statutory deadline without a sent reply*`,
    nearLine: (code, title, unit, date, daysLeft) =>
      `*${code}* ${title || '(untitled)'} (lead · ${unit}) · statutory reply ${date} · ${daysLeft < 0 ? `${-daysLeft} days late` : daysLeft === 0 ? 'due today' : `${daysLeft} days left`}`,
    promisesHeading: (count) => `*Promises to keep* · ${count} (made in B-class replies)`,
    promiseLine: (urgency, code, title, seq, text, due) =>
      `${urgency} · *${code}* ${title || '(untitled)'} · promise ${seq}: ${text} · due ${due}`,
    promisesHint: 'Once kept, the liaison or the supervision office writes it off with `/suggest commitment done <code> <n>`.',
    unowned: (count) =>
      `*${count} node${count === 1 ? '' : 's'} nobody can be reminded of* (the unit has no liaison and no handler was named): add people with \`/suggest unit member\`.`,
    publicationDue: (count, window) =>
      `*${count} repl${count === 1 ? 'y' : 'ies'} to publish within ${window} working days or late, not yet published*`,
    publicationLine: (urgency, code, title, unit, date) =>
      `${urgency} · *${code}* ${title || '(untitled)'}${unit ? ` (lead · ${unit})` : ''} · publish by ${date}`,
    publicationHint: 'Once one is published, mark it "Published" in `/suggest publish`.',
  },

  publication: {
    title: 'Replies to publish',
    none: (days) =>
      `No reply is waiting to be published. A reply that may be published is published within ${days} working days of being sent.`,
    summary: (pending, overdue, days) =>
      `${pending} repl${pending === 1 ? 'y' : 'ies'} that may be published ${pending === 1 ? 'is' : 'are'} not yet published${overdue > 0 ? `, ${overdue} of them past the date` : ''}. A reply is published within ${days} working days of being sent.`,
    line: (urgency, code, title, round, unit, replyClass, sentOn, publishBy) =>
      `${urgency} · *${code}* ${title || '(untitled)'}${round > 1 ? ` · round ${round}` : ''}\n${unit ? `${unit} (lead) · ` : ''}class ${replyClass} · sent ${sentOn} · publish by ${publishBy}`,
    publishedTitle: (count) => `*${count} repl${count === 1 ? 'y' : 'ies'} published*`,
    publishedLine: (code, title, round, unit, publishedOn, publishBy, by) =>
      `*${code}* ${title || '(untitled)'}${round > 1 ? ` · round ${round}` : ''}${unit ? ` · ${unit}` : ''} · published ${publishedOn} · due ${publishBy} · ${by}`,
    nonePublished: 'No reply has been published yet.',
    more: (count) =>
      `${count} more repl${count === 1 ? 'y is' : 'ies are'} waiting and not listed here. Export the ledger with \`/suggest export\`: its Replies sheet has every reply's dates.`,
    hint: (listed, all) =>
      `${listed ? 'Once a reply is published, click "Published" beside it. ' : ''}${all ? "Every reply's publication dates are in the ledger's Replies sheet too (`/suggest export`)." : '`/suggest publish all` lists those published too.'}`,
    markPublished: 'Published',
    marked: (code, round, publishedOn, publishBy, lateBy) =>
      `Recorded: the reply to *${code}*${round > 1 ? ` (round ${round})` : ''} was published on ${publishedOn}.${lateBy > 0 ? ` It was due by ${publishBy}: ${lateBy} working day${lateBy === 1 ? '' : 's'} late.` : ''}`,
  },

  button: {
    doneStep: (step) => `Done: ${step}`,
    accept: 'Accept',
    route: 'Route',
    details: 'Details',
    done: 'Done',
    snooze: 'Remind me later',
    nudge: 'Chase',
    transfer: 'Request transfer',
    contact: 'Log contact',
    extend: 'Request extension',
    writeOpinion: 'Send opinion',
    writeReply: 'Write reply',
    openGroup: 'View list',
  },

  modal: {
    /** The title of a form's answer once it was submitted (a request, a decision). */
    submittedTitle: 'Done',
    answerTitle: 'duban',
    title: 'Assign a suggestion',
    submit: 'Assign',
    close: 'Cancel',
    code: 'Suggestion code',
    codeHint: 'e.g. 2026-0123',
    titleLabel: 'Title',
    deputy: 'Lead deputy',
    lead: 'Lead unit',
    co: 'Co-handling units',
    handler: 'Handler (lead unit)',
    due: 'Statutory reply due',
    dueHint: (months) => `Leave empty for ${months} months after today`,
    pick: 'Choose',
    doneTitle: 'Assigned',
    doneClose: 'Done',
    codeInvalid: 'Codes are letters, digits and - _ . /, at most 32 characters, e.g. 2026-0123.',
    dueInvalid: 'Pick a valid date.',
    tooManyUnits: (shown) => `Only the first ${shown} units fit in this form; assign to the others with the command.`,
  },

  import: {
    columnNames: {
      code: 'code',
      title: 'title',
      leadDeputy: 'lead deputy',
      coSigners: 'co-signers',
      field: 'field',
      lead: 'lead unit',
      co: 'co-handling units',
      handler: 'handler',
      dueOn: 'statutory due date',
      round: 'round',
      verdict: 'verdict',
      note: 'comments',
      communication: 'communication',
      attitude: 'attitude',
      result: 'result',
    },
    missingColumns: (columns) =>
      `The table lacks these columns: ${columns}. Its first row must be the headers, e.g. code, title, lead deputy, lead unit, co-handling units, handler, statutory due date.`,
    surveyMissingColumns: (columns) =>
      `The survey lacks these columns: ${columns}. Its first row must be the headers, e.g. code, verdict, comments, communication, attitude, result.`,
    row: (line, code, reason) => `Line ${line}${code ? ` (${code})` : ''}: ${reason}`,
    missing: (column) => `no ${column}.`,
    badCode: (given) => `"${given}" is not a code: letters, digits and - _ . /, at most 32 characters.`,
    badDate: (given) => `"${given}" is not a date; write YYYY-MM-DD.`,
    badHandler: (given) => `handler "${given}" is neither a Slack member ID (like U01AB2CD3) nor an e-mail address.`,
    duplicateInFile: (firstLine) => `the same code as line ${firstLine}.`,
    titleTooLong: (length, limit) => `The title has ${length} characters, more than ${limit}: please shorten it.`,
    emailNeedsSlack: (given) =>
      `the handler's e-mail "${given}" is looked up in Slack: set SLACK_BOT_TOKEN and run again, import with \`/suggest import\` in Slack, or give the Slack member ID.`,
    unknownEmail: (given) => `no member of this Slack has the e-mail "${given}": check it, or give the Slack member ID.`,
    badVerdict: (column, given) => `the ${column} "${given}" is not a verdict: write satisfied, basically satisfied or dissatisfied.`,
    noteTooLong: (length, limit) => `The comments have ${length} characters, more than ${limit}: please shorten them.`,
    badRound: (given) => `the round "${given}" is not a round's number: write 1, 2 and so on, or leave it empty for the current round.`,
    title: 'Import a list',
    previewTitle: 'Import preview',
    about:
      "Upload the list of assigned suggestions, or the deputies' verdict survey (CSV or Excel). Every row is checked first and you see a preview; only on confirmation is it written: every row, or none.",
    fileLabel: 'List of suggestions or verdict survey',
    fileHint:
      'The first row holds the headers. A list of suggestions: code, title, lead deputy, co-signers, field, lead unit, co-handling units (several separated by commas), handler (Slack member ID or e-mail), statutory due date (YYYY-MM-DD). A verdict survey: code, verdict (satisfied, basically satisfied or dissatisfied), comments, and optionally communication, attitude, result, and round (which round of the reply it answers; empty for the current one). A table with a verdict column and no lead unit column is read as a survey. Chinese headers work too.',
    check: 'Check',
    confirm: 'Import',
    checking: (file) => `Reading and checking "${file}"…`,
    importing: (file) => `Importing "${file}"…`,
    confirmNote: 'On confirmation every row is written (or none), and the units and people concerned are told.',
    fixAndRetry: 'Nothing was written. Fix the rows with problems, then import again with `/suggest import`.',
    doneTitle: 'Imported',
    wrongFile: 'Please upload one CSV or Excel (.xlsx) file.',
    tooLarge: 'The file is over 5 MB: split it and import the parts one after another.',
    outOfBounds: {
      rows: (file, limit) => `"${file}" has more than ${limit} rows; nothing was written. Split it and import the parts one after another.`,
      columns: (file, line, limit) =>
        `Line ${line} of "${file}" has more than ${limit} columns; nothing was written. Keep only the columns of the list and import again.`,
      cell: (file, line, limit) =>
        `Line ${line} of "${file}" has a cell of more than ${limit} characters; nothing was written. Shorten it and import again.`,
      line: (file, line, limit) =>
        `Line ${line} of "${file}" is longer than ${limit} characters; nothing was written. Check it for stray commas or text and import again.`,
      unpacked: (file) =>
        `"${file}" unpacks to too much; nothing was written. Keep only the list's sheet, or save it as CSV, and import again.`,
    },
    downloadFailed: (file) => `Slack did not hand over "${file}"; nothing was written. Please try again shortly.`,
    unreadable: (file) => `"${file}" cannot be read: make sure it is a CSV or an Excel (.xlsx) file and not damaged. Nothing was written.`,
    noFile: (file) => `There is no file "${file}".`,
    lookupFailed: 'Slack cannot be asked for the handlers’ e-mails just now; nothing was written. Please try again shortly.',
    empty: 'The table has no rows below its headers: nothing to import.',
    surveyPreview: (total, ok, bad) =>
      `The survey has ${total} rows: ${ok} verdicts can be recorded${bad > 0 ? `, ${bad} rows have problems` : ''}.`,
    surveyAlreadyRecorded: (count) =>
      `${count} more rows match verdicts already recorded (from a button or a command) and are not recorded again.`,
    surveyNothingNew: (count) => `All ${count} verdicts of the survey are recorded already, the same; there is nothing to import.`,
    surveyVerdicts: (counts) => `Verdicts: ${counts}`,
    surveyCount: (verdict, count) => `${verdict} ${count}`,
    surveyOutcome: {
      closed: (count) => `${count} will be closed`,
      followup: (count) => `${count} will move to follow-up (commitments not yet written off)`,
      reopened: (count) => `${count} will be handled again (dissatisfied: the round's steps are planned in order)`,
    },
    surveyConfirmNote: 'On confirmation every verdict is recorded (or none), as `/suggest evaluate` records one; the lead units are told.',
    verdictsWritten: (count) => `The deputy's verdict is recorded on ${count} suggestions; the lead units are being told.`,
    preview: (total, ok, bad) => `${total} rows: ${ok} can be assigned${bad > 0 ? `, ${bad} have problems` : ''}.`,
    unitLine: (unit, lead, co) => `${unit}: leads ${lead}, co-handles ${co}`,
    likelyDuplicate: (code, similar) => `Possible duplicate: ${code} has a title close to ${similar}`,
    likelyDuplicateMany: (code, shown, count) => `Possible duplicate: ${code} has a title close to ${shown} and others, ${count} in all`,
    likelyDuplicatesCut: (count) => `${count} more ${count === 1 ? 'group' : 'groups'} not listed`,
    andMore: ' and more',
    sharedDays: (count, codes) =>
      `${count} suggestions have so little time that some of their steps share a day: ${codes}. They are planned so once confirmed; a unit may ask for an extension.`,
    likelyDuplicatesNote:
      'These are pointers only: suggestions with close titles are assigned as usual, and nothing is merged. Where two are the same matter, `/suggest merge <code> into <code>` handles them together once imported.',
    ignoredColumns: (headers) => ` The headers "${headers}" name no column an import reads: what is under them is not imported.`,
    nothingWritten: 'Nothing was written: fix the rows with problems and import again.',
    confirmHint: 'When it looks right, add --commit to import (every row, or none).',
    written: (count) => `${count} suggestions assigned; the units and people concerned are being told.`,
    template: {
      requested: 'Building the template of the list of suggestions (Excel); it comes to you as a file shortly.',
      alreadyRequested:
        'You asked for a template less than a minute ago, so no second one is built; it comes to you as a file in your messages with the bot.',
      filename: (day, ref) => `import-template-${day}-${ref}`,
      title: 'Template of the list of suggestions',
      comment: (units) =>
        `The template of the list of suggestions. The lead unit column offers the ${units} registered units as a drop-down list; line 2 is an example: rewrite or delete it, then import with \`/suggest import\`.`,
      sheet: 'suggestions',
      unitSheet: 'units',
      unitColumns: { name: 'unit', aliases: 'aliases' },
      example: {
        title: 'On safer drinking water in rural areas (an example: rewrite or delete this line)',
        leadDeputy: 'Zhang',
        coSigners: ['Li', 'Wang'],
        field: 'agriculture',
      },
      prompts: {
        code: 'Required. Letters, digits and - _ . /, e.g. 2026-0123.',
        lead: 'Required. Choose the lead unit from the list; the units are on the "units" sheet.',
        leadNotListedTitle: 'Not a listed unit',
        leadNotListed: 'No unit on the "units" sheet has this name. A unit\'s alias imports too; continue if it is right.',
        co: 'Optional. Several units separated by commas or 、, e.g. 省民政厅、省财政厅; names or aliases as on the "units" sheet.',
        handler: "Optional. The handler's Slack member ID (like U01AB2CD3) or e-mail; left empty, the unit's liaison routes it.",
        dueOn: (months) => `Optional; left empty, ${months} months after the assignment. A date, e.g. 2026-06-30.`,
      },
    },
  },

  ledger: {
    filename: (session, day) => `ledger-${session}-${day}`,
    title: (session, unit) => `${session} ledger of deputies' suggestions${unit ? ` (${unit})` : ''}`,
    comment: (count, unit) => `Ledger${unit ? ` · ${unit}` : ''} · ${count} suggestions`,
    requested: (unit) => `Building the ledger${unit ? ` of ${unit}` : ''} (Excel); it comes to you as a file shortly.`,
    sheets: {
      suggestions: 'Suggestions',
      assignments: 'Assignments and steps',
      contacts: 'Contacts',
      opinions: 'Co-unit opinions',
      replies: 'Replies',
      reviews: 'Reviews',
      verdicts: 'Verdicts',
      commitments: 'Promises',
      statistics: 'Figures',
    },
    statistics: {
      scope: 'Scope',
      name: 'Name',
      scopes: { total: 'Total', unit: 'Unit', field: 'Field' },
      noField: 'No field given',
      lead: 'Led',
      co: 'Co-handled',
      replied: 'Replied',
      timed: 'First replies with a known deadline',
      onTime: 'On time',
      closed: 'Closed',
      judged: 'With a verdict',
      satisfied: 'Satisfied or basically',
      promises: 'B-class promises',
      kept: 'Written off',
      classOf: (replyClass) => `Class ${replyClass}`,
    },
    columns: {
      nameOf: (header) => `${header} (name)`,
      code: 'Code',
      title: 'Title',
      leadDeputy: 'Lead deputy',
      coSigners: 'Co-signers',
      field: 'Field',
      status: 'Status',
      round: 'Round',
      assignedOn: 'Assigned',
      internalDueOn: 'Internal due',
      statutoryDueOn: 'Statutory due',
      key: 'Key suggestion',
      keyLeader: 'Its leader',
      keyNote: 'Instruction',
      mergedInto: 'Merged into (main code)',
      lead: 'Lead unit',
      co: 'Co-handling units',
      unit: 'Unit',
      role: 'Lead/co',
      handler: 'Handler',
      division: 'Division',
      responsibleLeader: 'Responsible leader',
      startedOn: 'Started',
      acceptedAt: 'Accepted at',
      planned: (step) => `${step} · planned`,
      done: (step) => `${step} · done`,
      stage: 'Stage',
      mode: 'Mode',
      contactedOn: 'Date',
      note: 'Note',
      loggedBy: 'Logged by',
      body: 'Opinion',
      submittedBy: 'Sent by',
      submittedAt: 'Sent at',
      replyClass: 'Class',
      summary: 'Summary',
      documentUrl: 'Document',
      mayPublish: 'May publish',
      reason: 'Why not now',
      draftedBy: 'Drafted by',
      sentOn: 'Sent on',
      dueWhenSent: 'Statutory deadline when sent',
      publishBy: 'Publish by',
      publishedOn: 'Published on',
      level: 'Level',
      decision: 'Decision',
      comment: 'Comment',
      reviewer: 'Reviewer',
      reviewedAt: 'Reviewed at',
      verdict: 'Verdict',
      communication: 'Communication',
      attitude: 'Attitude',
      result: 'Result',
      recordedBy: 'Recorded by',
      recordedAt: 'Recorded at',
      seq: 'No.',
      description: 'Promise',
      dueOn: 'Due',
      writtenOffAt: 'Written off at',
      writtenOffBy: 'Written off by',
      followup: 'On follow-up',
    },
    yes: 'yes',
    no: 'no',
    keyMark: 'key',
  },

  lifecycle: {
    records: { suggestion: 'This suggestion', assignment: 'This assignment', reply: 'This reply', commitment: 'This commitment' },
    suggestion: {
      states: {
        assigned: 'assigned',
        in_progress: 'in progress',
        replied: 'replied',
        evaluated: 'evaluated, its commitments followed up',
        closed: 'closed',
        reopened: 'reopened',
      },
      events: {
        accept: 'accept it',
        send_reply: 'send the reply',
        close: 'close it',
        follow_up: 'follow it up',
        reopen: 'reopen it',
        write_off_last: 'write off the last commitment',
      },
    },
    assignment: {
      states: {
        pending: 'waiting to be accepted',
        accepted: 'accepted',
        transferred: 'transferred',
        withdrawn: 'withdrawn',
        merged: 'merged',
      },
      events: { accept: 'accept it', transfer: 'transfer it', withdraw: 'withdraw it', merge: 'merge it' },
    },
    reply: {
      states: {
        draft: 'a draft',
        division_review: 'with the division head',
        leader_review: 'with the responsible leader',
        head_review: 'with the head for sign-off',
        returned: 'returned for changes',
        approved: 'signed off, not yet sent',
        sent: 'sent',
      },
      events: { submit: 'submit it for review', approve: 'approve it', return: 'return it', send: 'mark it sent' },
    },
    commitment: {
      states: { open: 'open', followup: 'followed up', written_off: 'written off' },
      events: { carry: 'follow it up', write_off: 'write it off' },
    },
  },

  home: {
    heading: 'duban',
    commands: {
      assign: 'Assign',
      import: 'Import',
      export: 'Export ledger',
      rank: 'Ranking',
      stats: 'Figures',
      outbox: 'Outbox',
      mine: 'My suggestions',
      requests: 'Requests to decide',
      help: 'Help',
    },
    tableInCommand: (command) => `For the whole table, type \`/suggest ${command}\`.`,
    empty: 'No steps are waiting for you.',
    hint: 'Type `/suggest help` for everything duban can do.',
    answered: '*What you just did*',
    nodesHeading: (total, overdue) => `*Your open steps* · ${total}${overdue > 0 ? `, ${overdue} overdue` : ''} (most urgent first)`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    previous: 'Previous',
    next: 'Next',
    unitsHeading: '*Your units this week*',
    unitLine: (unit, standing, overdue, due) => `*${unit}* · ${standing} · ${overdue} overdue · ${due} due this week`,
    ranked: (place, count, score) => `rank ${place} of ${count} this week, score ${score}`,
    unranked: 'not ranked yet',
    idleWeek: 'nothing due this week, so no rank',
    boardHeading: (count) => `*All units this week* · ${count} units (the full table: \`/suggest rank\`)`,
    standing: (place, unit, score, overdue) => `${place}. ${unit} · score ${score} · ${overdue} overdue`,
    officeHeading: '*The supervision office’s work*',
    requestsHeading: (count) => `Requests to decide · ${count} (oldest first)`,
    extensionLine: (code, title, unit, date, by) =>
      `*${code}* ${title}\n${unit} asks for the statutory deadline to move to ${date} (asked by ${by})`,
    transferLine: (code, title, unit, by) => `*${code}* ${title}\n${unit} asks to hand it back for reassignment (asked by ${by})`,
    moreRequests: (count) => `${count} more to decide: \`/suggest list requests\`.`,
    undelivered: (count) => `⚠️ ${count} messages refused by Slack or not delivered: see why and resend with \`/suggest outbox\`.`,
    idleLine: (unit) => `—. ${unit} · nothing due this week, no rank`,
  },
};
