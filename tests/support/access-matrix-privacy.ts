import { gql, registerWithArchivist, freshCode, write } from './access-matrix-core';

let subjects = 0;

/**
 * Erasure of a person's data: the national administrator's alone, wherever the person is named. Each row erases a
 * person of its own (an archivist of a fresh unit), so that an allowed row never erases anyone another row reads.
 */
export const PRIVACY_OPERATIONS = {
  erasePersonalData: write({
    doc: gql<{ erasePersonalData: { eventIds: string[]; keysDestroyed: number } }, { subjectId: string; legalBasis: string }>(
      'mutation M_erasePersonalData($subjectId: ID!, $legalBasis: String!) { erasePersonalData(subjectId: $subjectId, legalBasis: $legalBasis) { eventIds keysDestroyed } }',
    ),
    prepare: async (ctx) => {
      const subjectId = `ERASE-${++subjects}`;
      await registerWithArchivist(ctx.server, freshCode(ctx.target.place), ctx.target.place, { archivistId: subjectId, name: `待删除档案员${subjects}` });
      return { subjectId, legalBasis: '《个人信息保护法》第四十七条' };
    },
    appended: (data) => data.erasePersonalData.eventIds.length,
    allowed: (data) => expect(data.erasePersonalData.keysDestroyed).toBeGreaterThan(0),
  }),
};
