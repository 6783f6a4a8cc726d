import type { Catalog } from './zh-CN.js';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const en: Catalog = {
  roleNames: {
    supervisor: 'supervision office', liaison: 'liaison', handler: 'handler', division: 'division head', leader: 'responsible leader', head: 'head', member: 'member',
  },
  milestoneNames: {
    accept: 'Accept', transfer_window: 'Transfer window closes', pre_contact: 'Pre-handling contact', co_opinion: 'Co-unit opinion', draft: 'Draft',
    division_review: 'Division review', leader_review: 'Leader review', head_signoff: 'Head sign-off', reply: 'Reply', feedback: 'Deputy feedback',
  },
  statusNames: {
    assigned: 'assigned', in_progress: 'in progress', replied: 'replied', evaluated: 'evaluated', closed: 'closed', reopened: 'reopened',
  },
  assignmentRoleNames: { lead: 'lead', co: 'co-handling' },
  date: (month, day, isoWeekday) => `${weekdays[isoWeekday - 1]} ${day} ${months[month - 1]}`,
  listJoin: ', ',
  cut: (count) => `…and ${count} more not listed.`,
  none: 'none',

  help: {
    title: 'duban · usage',
    intro: 'Type `/suggest` and a subcommand in any channel or DM (Chinese aliases in brackets).',
    lines: [
      '`/suggest assign` [交办] open the assignment form',
      '`/suggest assign <code> lead:<unit> [co:<unit>,<unit>] [handler:@person] [due:YYYY-MM-DD] [title:<title>]` assign directly',
      '`/suggest list [mine|overdue|open|replied|closed|followup|unit:<unit>|all]` [列表] list suggestions',
      '`/suggest show <code>` [查看] one suggestion with all its time nodes',
      '`/suggest accept <code>` [签收] accept a suggestion assigned to your unit',
      '`/suggest unit add <name> [alias:<a>,<b>] [channel:#channel] [liaison:@person] [leader:@person]` register a unit',
      '`/suggest unit member <unit> @person <liaison|handler|division|leader|head|member>` give someone a role in a unit',
      '`/suggest contact <code>` log a contact with the lead deputy (one before handling completes that node)',
      '`/suggest extend <code> <YYYY-MM-DD> <reason>` ask the supervision office for a later statutory deadline',
      '`/suggest transfer <code> <reason>` [调整] hand back a wrongly assigned suggestion (within 5 working days); the supervision office reassigns it',
      '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [note]` · `calendar list` · `calendar remove <YYYY-MM-DD>` adjust the working calendar',
    ],
    later: 'Co-unit opinions, replies, evaluations, rankings, commitments, settings, sessions, import and export come in later versions.',
  },

  usage: {
    help: '`/suggest help`',
    assign: '`/suggest assign <code> lead:<unit> [co:<unit>,<unit>] [handler:@person] [due:YYYY-MM-DD] [title:<title>]`, or just `/suggest assign` for the form',
    list: '`/suggest list [mine|overdue|open|replied|closed|followup|unit:<unit>|all]`',
    show: '`/suggest show <code>`, e.g. `/suggest show 2026-0123`',
    accept: '`/suggest accept <code>`, e.g. `/suggest accept 2026-0123`',
    unit: '`/suggest unit add <name> …` or `/suggest unit member <unit> @person <role>`',
    'unit add': '`/suggest unit add <name> [alias:<a>,<b>] [channel:#channel] [liaison:@person] [leader:@person]`',
    'unit member': '`/suggest unit member <unit> @person <liaison|handler|division|leader|head|member>`',
    contact: '`/suggest contact <code>` opens the form to log a contact, e.g. `/suggest contact 2026-0123`',
    extend: '`/suggest extend <code> <YYYY-MM-DD> <reason>`, e.g. `/suggest extend 2026-0123 2026-09-30 needs several departments`',
    transfer: '`/suggest transfer <code> <reason>`, e.g. `/suggest transfer 2026-0123 this is the transport department’s remit`',
    calendar: '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [note]`, `/suggest calendar list` or `/suggest calendar remove <YYYY-MM-DD>`',
  },

  problem: {
    unknownSubcommand: (given, closest) =>
      `There is no subcommand \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Type \`/suggest help\` for all of them.`,
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
    cannotSnooze: (step, date) => `“${step}” is due ${date}; its reminder cannot be pushed any later. Do it on time, or ask for an extension.`,
    transferWindowClosed: (closedOn) => `The window to ask for a transfer closed on ${closedOn}; the unit can no longer hand it back. If it must move, ask the supervision office to reassign it.`,
    sameUnit: (unit) => `“${unit}” is handling it already; pick another unit.`,
    unitAlreadyAssigned: (unit) => `“${unit}” already handles this suggestion (lead or co-handling); pick another unit.`,
    badDayKind: (given) => `\`${given}\` is not a kind of day. Write workday or holiday.`,
    noCalendarOverride: (day) => `${day} has no adjustment by the supervision office; it follows the published calendar. See the adjusted days with \`/suggest calendar list\`.`,
    badListFilter: (given, closest) =>
      `Cannot list by \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}Use mine, overdue, open, replied, closed, followup, unit:<unit> or all.`,
    forbidden: (needs) => `This needs one of these roles: ${needs}. Ask the supervision office to grant it.`,
    unknownUnit: (given, closest) =>
      `There is no unit called \`${given}\`. ${closest ? `Did you mean “${closest}”? ` : ''}The supervision office registers units with \`/suggest unit add\`.`,
    unknownSuggestion: (given, closest) =>
      `This session has no suggestion \`${given}\`. ${closest ? `Did you mean \`${closest}\`? ` : ''}See \`/suggest list all\`.`,
    unknownAssignment: 'That assignment no longer exists. See `/suggest show <code>` for the current state.',
    duplicateCode: (given) => `Suggestion \`${given}\` is already assigned. See \`/suggest show ${given}\`; to move it to another unit, request a transfer.`,
    duplicateUnit: (given) => `“${given}” is already registered (as a name or alias). Use \`/suggest unit member\` to set its people.`,
    aliasTaken: (given, unitName) => `The alias “${given}” belongs to “${unitName}”; choose another.`,
    channelTaken: (unitName) => `That channel is already bound to “${unitName}”; a channel belongs to one unit.`,
    leadAlsoCo: (unitName) => `“${unitName}” cannot be both the lead and a co-handling unit; remove it from co:.`,
    dueNotAfterAssignment: (given, months) => `The due date ${given} is not after today. Give a later date, or leave out due: for the statutory ${months} months.`,
    dueBeyondLimit: (given, months) => `The due date ${given} is beyond this session's limit of ${months} months. Assign it on time, then request an extension.`,
    alreadyAccepted: (unitName) => `“${unitName}” has already accepted this suggestion.`,
    alreadyMember: 'That person already has this role; nothing changed.',
    noLongerAssigned: (unitName) => `This suggestion is no longer with “${unitName}” (transferred or withdrawn); nothing to accept.`,
    unavailable: (subcommand) => `\`/suggest ${subcommand}\` comes in a later version and cannot be used yet. Type \`/suggest help\` for what works now.`,
    malformed: 'The request arrived incomplete; nothing was changed. Please try once more, and tell the supervision office if it keeps failing.',
    internal: 'Something went wrong; nothing was changed. Please try again later, and tell the supervision office if it keeps failing.',
    noUnitsYet: 'No units are registered yet. Register them with `/suggest unit add <name>` first.',
    unknownNode: 'That node no longer exists. See the latest with `/suggest show <code>`.',
    nodeIsAccept: 'Accept with the Accept button or `/suggest accept <code>`.',
    alreadyDone: (step) => `“${step}” is already marked done; nothing changed.`,
  },

  done: {
    unitAdded: (name, extras) => `Registered the unit “${name}”. ${extras}`,
    unitExtras: (aliases, channel, liaison, leader) =>
      [aliases && `aliases: ${aliases}`, channel && `channel: ${channel}`, liaison && `liaison: ${liaison}`, leader && `leader: ${leader}`]
        .filter(Boolean)
        .join('; '),
    memberAdded: (user, unitName, role) => `${user} is now ${role} of “${unitName}”.`,
    assigned: (code, lead, co) => `Assigned *${code}*: lead “${lead}”${co ? `, co-handling “${co}”` : ''}.`,
    assignedDates: (acceptBy, internalDue, statutoryDue) => `Accept by ${acceptBy} · internal due ${internalDue} · statutory reply ${statutoryDue}`,
    assignedNotified: (count) => (count > 0 ? `${count} notices queued (DMs and unit channels).` : 'No unit has a liaison or channel yet, so nobody was told.'),
    accepted: (code, units) => `Accepted *${code}* (${units}).`,
    nodeSnoozed: (step, code, date) => `“${step}” of *${code}* will be reminded again from ${date}.`,
    nodeDone: (step, code, onTime, planned) => `Marked “${step}” of *${code}* done (${onTime ? 'on time' : 'late'}; node date ${planned}).`,
    acceptedLate: ' (after the deadline)',
  },

  nudge: {
    text: (code, title, unit, due, by) =>
      `*Reminder from the lead unit* · ${by} asks “${unit}”: the co-handling opinion on *${code}* ${title || '(untitled)'} was due ${due} and is late. Please send it soon.`,
    done: (unit, told) => (told > 0 ? `Chased “${unit}” (${told} ${told === 1 ? 'person' : 'people'} told by DM).` : `“${unit}” has no liaison or handler to chase; contact the supervision office.`),
  },

  contact: {
    title: 'Log a contact',
    submit: 'Log',
    close: 'Cancel',
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
    done: (code, unit, completed) => `Logged a contact on *${code}* for “${unit}”.${completed ? ' The pre-handling contact node is done.' : ''}`,
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
    decidedRefused: (code, title, by, statutory) => `${by} refused your extension request for *${code}* ${title}; the statutory deadline stays ${statutory}.`,
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
    reassignedAnswer: (code, from, to) => `Reassigned *${code}* from “${from}” to “${to}”; “${to}” has been told and its nodes are planned from today.`,
    refusedAnswer: (code, from) => `Refused the transfer of *${code}*; “${from}” keeps it.`,
    decidedReassigned: (code, title, from, to, by) => `${by} agreed to your transfer request for *${code}* ${title}: “${to}” handles it now, and “${from}” no longer needs to.`,
    decidedRefused: (code, title, from, by) => `${by} refused your transfer request for *${code}* ${title}; “${from}” keeps it, so keep to its nodes.`,
    formTitle: 'Request a transfer',
    formSubmit: 'Send',
    formAbout: (code, title, unit, closes) => `*${code}* ${title || '(untitled)'} · ${unit}\nTransfers can be asked until ${closes}`,
    reason: 'Reason',
    reasonPlaceholder: 'Why this is not your unit’s to handle, and which unit it belongs to',
    reasonBlank: 'Write why the suggestion should be transferred.',
    reassignTitle: 'Reassign',
    reassignSubmit: 'Reassign',
    reassignAbout: (code, title, unit, role, by, reason) => `*${code}* ${title || '(untitled)'}\nNow with “${unit}” (${role}) · asked by ${by}\nReason: ${reason}`,
    toUnit: 'Unit that takes it over',
    handler: 'Handler (optional)',
    noUnits: 'There is no other unit to reassign it to. Register one with `/suggest unit add` first.',
    doneTitle: 'Done',
  },

  calendar: {
    kindNames: { workday: 'a working day', holiday: 'a rest day' },
    set: (day, kind, published) => `${day} is now ${kind} (the published calendar says ${published}). Nodes already planned keep their dates; nodes planned from now on count it.`,
    removed: (day, published) => `${day} follows the published calendar again: ${published}.`,
    heading: (count) => `*Working-calendar adjustments by the supervision office* · ${count} day${count === 1 ? '' : 's'}`,
    line: (day, kind, published, note) => `${day} · ${kind} (published: ${published})${note ? ` · ${note}` : ''}`,
    empty: 'The supervision office has adjusted no days; every day follows the published calendar (with its adjusted workdays).',
  },

  list: {
    heading: (filter, total) => `*${filter}* · ${total} in all`,
    filterNames: {
      mine: 'Suggestions that involve me', overdue: 'Suggestions with overdue nodes', open: 'Open suggestions', replied: 'Replied suggestions',
      closed: 'Closed suggestions', followup: 'Commitments under follow-up', all: 'All suggestions of this session',
    },
    unitFilter: (unitName) => `Suggestions handled by “${unitName}”`,
    empty: 'No suggestion matches.',
    line: (code, title, lead, status, due) => `*${code}* ${title || '(untitled)'}\nlead “${lead}” · ${status} · statutory reply ${due}`,
    next: (date) => `next node ${date}`,
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
    assignedDates: (acceptBy, internalDue, statutoryDue) => `Accept by *${acceptBy}* · internal due ${internalDue} · statutory reply ${statutoryDue}`,
    coDates: (acceptBy, opinionBy, lead) => `Accept by *${acceptBy}* · send your opinion to the lead unit “${lead}” by *${opinionBy}*`,
    assignedBy: (user) => `assigned by ${user}`,
    acceptedText: (unit, code, title, role) => `“${unit}” accepted the ${role} suggestion *${code}* ${title}`,
    acceptedTiming: (onTime, planned) => (onTime ? `on time (due ${planned})` : `late (due ${planned})`),
  },

  reminder: {
    heading: (day) => `*Today's reminders* · ${day}`,
    summary: (total, overdue, soon, window) =>
      `You have ${total} node${total === 1 ? '' : 's'}: ${overdue} overdue, ${soon} due within ${window} working days.`,
    overdue: (days) => `🔴 ${days} working day${days === 1 ? '' : 's'} overdue`,
    dueToday: '🟠 Due today',
    dueIn: (days) => `${days <= 1 ? '🟠' : '🟡'} ${days} working day${days === 1 ? '' : 's'} left`,
    line: (urgency, code, title, role, unit) => `${urgency} · *${code}* ${title || '(untitled)'} (${role} · ${unit})`,
    step: (step, date) => `${step} · due ${date}`,
    more: (count, list) => `${count} more not listed one by one: ${list}`,
    moreHint: 'See them all with `/suggest list overdue` or `/suggest list mine`.',
    leaderHeading: (day) => `*Overdue in your units* · ${day}`,
    leaderSummary: (count, days) => `${count} node${count === 1 ? ' is' : 's are'} overdue by ${days} working days or more in units you are responsible for:`,
    supervisionHeading: (day) => `*Supervision office* · ${day}`,
    supervisionOverdue: (count, days) => `*${count} node${count === 1 ? '' : 's'} overdue by ${days} working days or more*`,
    nearStatutory: (count, days) => `*${count} suggestion${count === 1 ? '' : 's'} within ${days} days of the statutory deadline without a sent reply*`,
    nearLine: (code, title, unit, date, daysLeft) =>
      `*${code}* ${title || '(untitled)'} (lead · ${unit}) · statutory reply ${date} · ${daysLeft < 0 ? `${-daysLeft} days late` : daysLeft === 0 ? 'due today' : `${daysLeft} days left`}`,
    unowned: (count) => `*${count} node${count === 1 ? '' : 's'} nobody can be reminded of* (the unit has no liaison and no handler was named): add people with \`/suggest unit member\`.`,
  },

  button: { accept: 'Accept', details: 'Details', done: 'Done', snooze: 'Remind me later', nudge: 'Chase', transfer: 'Request transfer', contact: 'Log contact', extend: 'Request extension' },

  modal: {
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

  home: {
    heading: 'duban',
    empty: 'Nothing open involves you right now.',
    hint: 'Type `/suggest help` for everything duban can do.',
  },
};
