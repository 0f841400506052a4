/**
 * A form sent as a mail and printed from the webmail: the headers (发件人 with the sender's
 * address, 收件人, 抄送), the body and the sender's signature come before the attached form. An
 * address there is the sender's or the recipient's, never the host's contact.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');

const MAIL = [
  '网易邮箱 - 打印邮件',
  '发件人： 瞿亚楠 <jky22@qq.com>',
  '收件人： 岳阳市教科院信息科技教研室 <yysyj@126.com>',
  '时间： 2023年10月12日 13:44',
  '您好：现将申报表发送给您，详见附件。',
  '瞿亚楠',
  '湘阴县城西镇小学 教务处',
  '邮箱 qylnan@163.com',
  '------------------ 原始邮件 ------------------',
  '附件预览：申报表.docx',
];

describe('a form printed from a webmail', () => {
  it('takes no address of the headers or the signature for the host’s contact', () => {
    const facts = extractFacts(
      [
        page([
          ...MAIL,
          { kind: 'table', rows: [['网络教研联盟名称', '小学数字生活网络教研联盟']] },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.hostContact).toBeUndefined();
  });

  it('still reads an address the form itself gives', () => {
    const facts = extractFacts(
      [page([...MAIL, '联系人邮箱地址见下', '主持人常用地址 tangpq@126.com'])],
      { pack: yueyang },
    );
    expect(facts.hostContact?.value).toBe('tangpq@126.com');
  });

  it('reads an address as before where no mail headers stand (one 收件人 line is a field)', () => {
    const facts = extractFacts([page(['收件人：某某', '来信请寄 abc@qq.com'])], { pack: yueyang });
    expect(facts.hostContact?.value).toBe('abc@qq.com');
  });
});
