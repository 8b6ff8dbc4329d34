import type { PublishedChecklist } from './checklist';

/**
 * The checklist versions the product ships, published at start-up by InspectionService.seedReferenceData().
 *
 * Each is appended with a fixed event id, so publishing on every start appends nothing after the first (the event
 * store is idempotent by event id). A published version is never edited: changing one below would make the next
 * start-up fail with a CONFLICT on its event id. A new rule is a new version with a new id.
 */
export interface ShippedChecklist {
  /** Fixed event id of its ChecklistVersionPublished (a valid UUID; never reuse one). */
  eventId: string;
  /** Business time of the publication: the day the rules it follows were issued or took effect (China time). */
  occurredAt: string;
  checklist: PublishedChecklist;
}

export const GRASSROOTS_CHECKLIST_ID = 'grassroots-archival-work';

/** 档办〔2007〕59号 (2007-04-10): four law-enforcement focus items and four special-business items. */
const NOTICE_2007: PublishedChecklist = {
  checklistId: GRASSROOTS_CHECKLIST_ID,
  version: 1,
  title: '基层单位档案工作监督检查（2007年意见）',
  basis: '档办〔2007〕59号',
  effectiveFrom: '2007-04-10',
  // Legal bases are today's articles for the 2007 items (LAW.md, "The 2007 items on today's law").
  items: [
    { code: 'WORK_PLAN', title: '档案工作纳入工作计划、纳入领导议事日程', legalBasis: '档案法§42(1)', kinds: ['LAW_ENFORCEMENT', 'ANNUAL'], key: false },
    { code: 'ORGANISATION_AND_STAFF', title: '建立档案工作机构、配备档案工作人员', legalBasis: '档案法§42(3)', kinds: ['LAW_ENFORCEMENT', 'ANNUAL'], key: false },
    { code: 'COLLECTION_COMPLETE', title: '应归档文件材料收集齐全、分类保管', legalBasis: '档案法§42(4)', kinds: ['LAW_ENFORCEMENT', 'ANNUAL'], key: false },
    // A safety hazard must get an order to rectify (§45): the key item of the law-enforcement focus.
    { code: 'STORAGE_SAFETY', title: '档案保管不存在安全隐患', legalBasis: '档案法§42(2)', kinds: ['LAW_ENFORCEMENT', 'ANNUAL'], key: true },
    { code: 'COLLECTION_AND_ARRANGEMENT', title: '档案收集整理符合国家规范标准', legalBasis: '档案法§42(4)', kinds: ['SPECIAL_BUSINESS'], key: false },
    { code: 'SAFE_CUSTODY', title: '档案安全保管符合国家规范标准', legalBasis: '档案法§42(2)', kinds: ['SPECIAL_BUSINESS'], key: false },
    { code: 'ACCESS_AND_USE', title: '档案提供利用符合国家规范标准', legalBasis: '档案法§42(4)', kinds: ['SPECIAL_BUSINESS'], key: false },
    { code: 'MODERNISATION', title: '档案现代化管理符合国家规范标准', legalBasis: '档案法§42(5)', kinds: ['SPECIAL_BUSINESS'], key: false },
  ],
};

const ALL_KINDS = ['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL', 'ASSESSMENT'] as const;

/** 《档案法》(revised 2020, in force 2021-01-01) §42: the six inspection items, for every kind of inspection. */
const ARCHIVES_LAW_2020: PublishedChecklist = {
  checklistId: GRASSROOTS_CHECKLIST_ID,
  version: 2,
  title: '档案工作监督检查事项（《档案法》第四十二条）',
  basis: '《档案法》(2020年修订)',
  effectiveFrom: '2021-01-01',
  items: [
    { code: 'RESPONSIBILITY_AND_RULES', title: '档案工作责任制和管理制度落实情况', legalBasis: '档案法§42(1)', kinds: [...ALL_KINDS], key: false },
    // §45: a hazard found here must get an order to rectify within a deadline; §48(8) makes ignoring it sanctionable.
    {
      code: 'STOREROOM_AND_EQUIPMENT',
      title: '档案库房、设施、设备配置使用情况（发现安全隐患的，依档案法§45责令限期整改）',
      legalBasis: '档案法§42(2)',
      kinds: [...ALL_KINDS],
      key: true,
    },
    { code: 'ARCHIVIST_MANAGEMENT', title: '档案工作人员管理情况', legalBasis: '档案法§42(3)', kinds: [...ALL_KINDS], key: false },
    { code: 'COLLECTION_TO_USE', title: '档案收集、整理、保管、提供利用等情况', legalBasis: '档案法§42(4)', kinds: [...ALL_KINDS], key: false },
    { code: 'DIGITAL_AND_SECURITY', title: '档案信息化建设和信息安全保障情况', legalBasis: '档案法§42(5)', kinds: [...ALL_KINDS], key: false },
    { code: 'SUBORDINATE_SUPERVISION', title: '对所属单位等的档案工作监督和指导情况', legalBasis: '档案法§42(6)', kinds: [...ALL_KINDS], key: false },
  ],
};

export const SHIPPED_CHECKLISTS: readonly ShippedChecklist[] = [
  { eventId: '0190c1a0-2007-7059-8000-000000000001', occurredAt: '2007-04-09T16:00:00.000Z', checklist: NOTICE_2007 },
  { eventId: '0190c1a0-2020-7042-8000-000000000002', occurredAt: '2020-12-31T16:00:00.000Z', checklist: ARCHIVES_LAW_2020 },
];
