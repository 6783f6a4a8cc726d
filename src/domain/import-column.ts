/** The columns of a 交办清单 in the order a template lays them out (编号, 标题, 领衔代表 … 法定答复期限). */
export const importColumns = ['code', 'title', 'leadDeputy', 'coSigners', 'field', 'lead', 'co', 'handler', 'dueOn'] as const;

/** A column of a 交办清单, whatever its header says (编号, 标题, 主办单位 …). */
export type ImportColumn = (typeof importColumns)[number];
