/** A fillable form for the tests of form fields (the extraction's and the viewer's). */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';

/** A fillable form as an office makes one: labels and a header row printed, values in fields. */
export async function fillableForm(): Promise<Uint8Array> {
  const labels =
    '辽宁省教学应用实践共同体推荐表项目名称类别智慧德育智慧体育牵头单位推荐单位主要成员单位序号';
  const values =
    '锦州市校际体育赛事直播共同体黑山县励家镇小学锦州市教育局凌海市双羊镇中学锦州市第八中学12';
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, labels + values), { subset: false });
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  const draw = (s: string, x: number, y: number, size = 10) =>
    page.drawText(s, { x, y, size, font });
  draw('辽宁省教学应用实践共同体推荐表', 150, 790, 15);
  const field = (name: string, value: string, x: number, y: number, w: number, h = 20) => {
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x, y, width: w, height: h, font, borderColor: rgb(0, 0, 0) });
  };
  draw('项目名称', 50, 740);
  field('name', '锦州市校际体育赛事直播共同体', 170, 734, 376);
  draw('类别', 50, 712);
  for (const [i, option] of ['智慧德育', '智慧体育'].entries()) {
    const box = form.createCheckBox(`c${i}`);
    box.addToPage(page, { x: 170 + i * 58, y: 710, width: 11, height: 11 });
    if (i === 1) box.check();
    draw(option, 184 + i * 58, 712);
  }
  draw('牵头单位', 50, 684);
  field('lead', '黑山县励家镇小学', 170, 678, 376);
  draw('推荐单位', 50, 656);
  field('body', '锦州市教育局', 170, 650, 376);
  draw('主要成员单位', 50, 620);
  // The header row is printed with its borders; the rows below are the fields' boxes only.
  for (const [x0, x1, label] of [
    [50, 150, '序号'],
    [150, 546, '单位名称'],
  ] as const) {
    page.drawRectangle({
      x: x0,
      y: 590,
      width: x1 - x0,
      height: 20,
      borderWidth: 1,
      borderColor: rgb(0, 0, 0),
    });
    draw(label, x0 + 4, 596, 9);
  }
  for (const [r, unit] of ['凌海市双羊镇中学', '锦州市第八中学'].entries()) {
    field(`n${r}`, String(r + 1), 50, 570 - r * 20, 100);
    field(`u${r}`, unit, 150, 570 - r * 20, 396);
  }
  form.updateFieldAppearances(font);
  return doc.save();
}
