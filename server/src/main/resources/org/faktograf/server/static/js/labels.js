// Names and colours of entity classes, fact types and roles, in Russian.

/** Fine entity type (the model's, NEREL's) → coarse class, as org.faktograf.model.EntityType. */
export const COARSE_OF = {
  PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', STATE_OR_PROVINCE: 'LOC', CITY: 'LOC', DISTRICT: 'LOC',
  LOCATION: 'LOC', FACILITY: 'FAC', PROFESSION: 'POS', DATE: 'DATE', TIME: 'DATE', MONEY: 'MONEY',
  PERCENT: 'NUM', NUMBER: 'NUM', ORDINAL: 'NUM', AGE: 'NUM', EVENT: 'EVENT', PROJECT: 'EVENT',
  PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', AWARD: 'MISC', NATIONALITY: 'MISC', RELIGION: 'MISC',
  IDEOLOGY: 'MISC', LANGUAGE: 'MISC', DISEASE: 'MISC', CRIME: 'MISC', PENALTY: 'MISC', FAMILY: 'MISC',
};

/** Coarse classes in display order. Knowledge-base classes WORK → MISC. */
export const CLASSES = {
  PER: { one: 'Персона', many: 'Персоны' },
  ORG: { one: 'Организация', many: 'Организации' },
  LOC: { one: 'Место', many: 'Места' },
  FAC: { one: 'Объект', many: 'Объекты' },
  EVENT: { one: 'Событие, проект', many: 'События и проекты' },
  POS: { one: 'Должность', many: 'Должности' },
  DATE: { one: 'Дата', many: 'Даты' },
  MONEY: { one: 'Сумма', many: 'Суммы' },
  NUM: { one: 'Число', many: 'Числа' },
  MISC: { one: 'Прочее', many: 'Прочее' },
};

export const TYPE_NAMES = {
  PERSON: 'персона', ORGANIZATION: 'организация', COUNTRY: 'страна', STATE_OR_PROVINCE: 'регион', CITY: 'город',
  DISTRICT: 'район', LOCATION: 'место', FACILITY: 'объект', PROFESSION: 'должность, профессия', DATE: 'дата',
  TIME: 'время', MONEY: 'сумма', PERCENT: 'процент', NUMBER: 'число', ORDINAL: 'порядковое число', AGE: 'возраст',
  EVENT: 'событие', PROJECT: 'проект, программа', PRODUCT: 'продукт', WORK_OF_ART: 'произведение', LAW: 'закон',
  AWARD: 'награда', NATIONALITY: 'национальность', RELIGION: 'религия', IDEOLOGY: 'идеология', LANGUAGE: 'язык',
  DISEASE: 'болезнь', CRIME: 'преступление', PENALTY: 'наказание', FAMILY: 'семья',
};

/** The coarse class of a fine type or of a knowledge-base class. */
export function coarseOf(type) {
  if (!type) return 'MISC';
  if (CLASSES[type]) return type;
  if (type === 'WORK') return 'MISC';
  return COARSE_OF[type] || 'MISC';
}

export function typeName(type) {
  return TYPE_NAMES[type] || (CLASSES[type] ? CLASSES[type].one.toLowerCase() : String(type || '').toLowerCase());
}

export const FACT_TYPES = {
  OCCUPATION: 'Должность',
  MEETING: 'Встреча',
  DEAL: 'Соглашение, сделка',
  OWNERSHIP: 'Владение',
  PROJECT: 'Проект',
};

export const FACT_EDGE_NAMES = {
  OCCUPATION: 'работает', MEETING: 'встреча', DEAL: 'соглашение', OWNERSHIP: 'владение', PROJECT: 'проект',
};

export const ROLES = {
  who: 'кто', position: 'должность', where: 'где', organization: 'организация', organisation: 'организация',
  participant: 'участники', participants: 'участники', place: 'место', date: 'дата', kind: 'вид', subject: 'предмет',
  owner: 'владелец', property: 'собственность', share: 'доля', name: 'название', amount: 'сумма', period: 'срок',
  status: 'статус', by: 'кто', investor: 'инвестор', organizations: 'организации', type: 'вид',
  reported_by: 'докладчик', reported_to: 'кому',
};

/** Values the fact rules write in English. */
const VALUES = { status: { current: 'сейчас', former: 'в прошлом', future: 'в будущем' } };

export function valueName(role, value) {
  return (VALUES[role] && VALUES[role][value]) || value;
}

export const MODALITY = {
  ASSERTED: null, NEGATED: 'отрицается', PLANNED: 'планируется', POSSIBLE: 'возможно',
};

export function roleName(role) {
  return ROLES[role] || role;
}
