/** A column of a 交办清单, whatever its header says (编号, 标题, 主办单位 …). */
export type ImportColumn = 'code' | 'title' | 'leadDeputy' | 'coSigners' | 'field' | 'lead' | 'co' | 'handler' | 'dueOn';
