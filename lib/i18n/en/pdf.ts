import type { Messages } from '../shape';
import type { pdf as zh } from '../zh-CN/pdf';

export const pdf: Messages<typeof zh> = {
  page: {
    noText: 'Page {{page}} has no text layer (probably a scan): it needs OCR or manual entry.',
    unreadable: 'Page {{page}} could not be read and was skipped.',
  },
  errors: {
    empty:
      '"{{file}}" is empty (0 bytes): there is nothing in it. Export or download the PDF again, then add it.',
    notPdf:
      '"{{file}}" is not a PDF (it may be a web page, an image, a Word document or a text file renamed to .pdf). Find the original PDF, or use "Save as PDF" in Word/WPS, then add it.',
    corrupt:
      '"{{file}}" is damaged or incomplete and cannot be opened (a download or copy may have been cut short). Ask the applicant for the complete file, or download it again, then add it.',
    passwordRequired:
      '"{{file}}" is protected by a password. Enter the password to open it; ask the applicant if you do not have it.',
    wrongPassword:
      'The password for "{{file}}" is wrong. Check it (letter case, full-width and half-width characters) and try again.',
    tooComplex:
      '"{{file}}" is too complex: it could not be read within {{seconds}} seconds (it may hold abnormally large or deeply nested content). "Save as PDF" or "Print to PDF" it with other software, then add it.',
    pageUnreadable:
      'Page {{page}} of "{{file}}" is damaged and cannot be read; the other pages are fine. Ask the applicant for the complete file.',
  },
};
