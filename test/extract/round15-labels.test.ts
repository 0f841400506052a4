/**
 * Round 15 (v15 as a development set): the studio's name labelled by the studio's full official
 * kind, as the notice names it ("江州市＋学科＋主持人姓名＋名师网络工作室"): 名师网络工作室名称.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const mingshi = builtinPack('mingshi-2024-studio');

describe('the studio pack’s name label', () => {
  for (const label of ['名师网络工作室名称', '网络工作室名称']) {
    it(`reads the name beside ${label}`, () => {
      const facts = extractFacts(
        [
          page([
            '江州市2024年中小学名师网络工作室申报表',
            {
              kind: 'table',
              rows: [
                [label, '江州市信息科技张三名师网络工作室'],
                ['主持人所在单位', '白沙县第二中学'],
              ],
            },
          ]),
        ],
        { pack: mingshi },
      );
      expect(facts.projectName?.value).toBe('江州市信息科技张三名师网络工作室');
    });
  }
});
