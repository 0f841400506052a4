/**
 * Layout classes met on forms from other producers (issue 11, round 4), each on a small made-up
 * page: one team table whose role column is qualified (组内角色), … Every case states the
 * class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('one team table with a role column', () => {
  it('reads each row by its role cell when the header qualifies the role (组内角色)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '一、团队成员',
            {
              kind: 'table',
              widths: [0.1, 0.14, 0.16, 0.3, 0.14, 0.16],
              rows: [
                ['序号', '姓名', '组内角色', '工作单位', '职称', '联系电话'],
                ['1', '赵六', '核心成员', '丙县第三中学', '一级教师', '13800000004'],
                ['2', '张三', '项目负责人', '甲市第一中学', '高级教师', '13800000001'],
                ['3', '孙七', '核心成员', '丁县第四中学', '二级教师', '13800000005'],
              ],
            },
          ]),
        ],
        { pack: builtinPack('liaoning-2022-community') },
      ),
    );
    expect(facts.host).toEqual([
      { name: '张三', unit: '甲市第一中学', title: '高级教师', phone: '13800000001' },
    ]);
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['赵六', '孙七']);
  });
});

describe('people appointed in prose', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  it('reads role-由-people-担任, people-担任-role and role-为-people clauses', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '二、团队',
            '本联盟主持人为周文老师（教研组长，高级教师，联系电话13900000001）。联盟邀请吴斌（甲师范学院，院长）、郑华（乙县第一中学，校长）担任顾问，由王芳（丙县教育研究中心，教研员）担任辅导员。',
            '资源内容审核管理员由冯磊、陈静两位老师担任，负责审核。',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.host).toEqual([
      { name: '周文', duty: '教研组长', title: '高级教师', phone: '13900000001' },
    ]);
    expect(facts.advisors).toEqual([
      { name: '吴斌', unit: '甲师范学院', duty: '院长' },
      { name: '郑华', unit: '乙县第一中学', duty: '校长' },
    ]);
    expect(facts.counselors).toEqual([{ name: '王芳', unit: '丙县教育研究中心', duty: '教研员' }]);
    expect(facts.resourceReviewers).toEqual([{ name: '冯磊' }, { name: '陈静' }]);
  });

  it('reads a numbered roster announced by "名单如下", not a quoted requirement', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '按通知要求核心成员由各校骨干教师担任，本联盟核心成员三人，名单如下：',
            '1．林涛，甲市第一中学，高级教师',
            '2．何敏，乙县第二中学，一级教师',
            '（名单续）',
            '3．罗军，丙县第三中学，二级教师',
            '三、其他',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '林涛', unit: '甲市第一中学', title: '高级教师' },
      { name: '何敏', unit: '乙县第二中学', title: '一级教师' },
      { name: '罗军', unit: '丙县第三中学', title: '二级教师' },
    ]);
  });

  it('reads a role line with a count before its colon (核心成员共三人：…)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '核心成员共两人：林涛（甲市第一中学，高级教师）；何敏（乙县第二中学，一级教师）。',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '林涛', unit: '甲市第一中学', title: '高级教师' },
      { name: '何敏', unit: '乙县第二中学', title: '一级教师' },
    ]);
  });

  it('leaves a sentence about a role that names nobody unread', () => {
    const facts = values(
      extractFacts([page(['辅导员由县级教研员担任，负责指导。主持人为联盟的第一责任人。'])], {
        pack,
      }),
    );
    expect(facts.counselors).toBeUndefined();
    expect(facts.host).toBeUndefined();
  });
});
