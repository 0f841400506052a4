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

/**
 * A name labelled with 名 for 名称 ("共同体名：", "联盟名：", "工作室名："), as some forms write it
 * and as a scan reads a traditional label whose 稱 the recogniser cannot write (共同體名稱 → 共同體名).
 */
describe('a name labelled with 名 for 名称', () => {
  const cases = [
    ['liaoning-2022-community', '共同體名', '鞍山市足球视频分析实践共同体'],
    ['liaoning-2022-community', '项目名', '鞍山市足球视频分析实践共同体'],
    ['yueyang-2023-alliance', '联盟名', '汨罗市初中巡线机器人网络教研联盟'],
    ['mingshi-2024-studio', '名師工作室名', '江州市信息科技薄涛名师网络工作室'],
  ] as const;
  for (const [pack, label, name] of cases) {
    it(`reads the name after ${label}：`, () => {
      const facts = extractFacts(
        [page(['申报表', `${label}：${name}`, '填报日期：2024年3月1日'])],
        {
          pack: builtinPack(pack),
        },
      );
      expect(facts.projectName?.value).toBe(name);
    });
  }
});
