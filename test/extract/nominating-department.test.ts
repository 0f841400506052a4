/**
 * 推选部门, the department that puts an application forward, as forms name the recommending
 * body beside 推荐单位, 推荐部门 and 推选单位: read as the recommending body in every pack.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

describe('推选部门 names the recommending body', () => {
  it.each(['liaoning-2022-community', 'yueyang-2023-alliance', 'mingshi-2024-studio'] as const)(
    'in %s',
    (id) => {
      const facts = extractFacts(
        [
          page([
            '申报表',
            {
              kind: 'table',
              widths: [0.3, 0.7],
              rows: [
                ['单位名称', '甲县第一中学'],
                ['推选部门', '甲县教育技术中心'],
              ],
            },
          ]),
        ],
        { pack: builtinPack(id) },
      );
      expect(facts.recommendingBody?.value).toBe('甲县教育技术中心');
    },
  );
});
