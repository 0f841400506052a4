/**
 * Cases listed one a line under their heading with no number or bullet (bullets a scan lost, or
 * a typist never wrote), the first beginning with a book's name in 《》: the list is every such
 * line, and 《红岩》 alone is no title when the line goes on after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const CASES = [
  '《红岩》整本书共读打卡案例',
  '乒乓球发球慢动作分析案例',
  '童声合唱AI分声部练习案例',
];

describe('case titles one a line under their heading', () => {
  it('reads every line ending in the item word, not the book name of the first', () => {
    const facts = extractFacts(
      [page(['已形成的典型案例', ...CASES, '典型案例数量：陆个', '报送日期：2022年9月8日'])],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual(CASES);
  });

  it('still reads titles in 《》 right after the words when the line ends with them', () => {
    const facts = extractFacts([page(['已形成典型案例《红岩共读》、《云研学》等2个。'])], {
      pack: liaoning,
    });
    expect(facts.existingCases?.value).toEqual(['红岩共读', '云研学']);
  });

  it('does not take lines not ending in the item word for a list of them', () => {
    const facts = extractFacts(
      [page(['已形成的典型案例', '我们开展了共读打卡活动', '组织了云研学', '典型案例数量：2个'])],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value ?? []).not.toEqual([
      '我们开展了共读打卡活动',
      '组织了云研学',
    ]);
  });
});
