/** The columns of a 交办清单 in the order a template lays them out (编号, 标题, 领衔代表 … 法定答复期限). */
export const importColumns = ['code', 'title', 'leadDeputy', 'coSigners', 'field', 'lead', 'co', 'handler', 'dueOn'] as const;

/** A column of a 交办清单, whatever its header says (编号, 标题, 主办单位 …). */
export type ImportColumn = (typeof importColumns)[number];

/**
 * A column of a 征询意见表 (the deputies' verdicts): 编号, 评价, 意见, the verdict on each aspect,
 * and which round's reply it answers (轮次), when the office keeps it.
 */
export type SurveyColumn = 'code' | 'round' | 'verdict' | 'note' | 'communication' | 'attitude' | 'result';
