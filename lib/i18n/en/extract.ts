import type { Messages } from '../shape';
import type { extract as zh } from '../zh-CN/extract';

export const extract: Messages<typeof zh> = {
  facts: {
    projectName: 'Project name',
    category: 'Category',
    direction: 'Application direction',
    leadUnit: 'Lead unit',
    memberUnits: 'Main member units',
    practiceStart: 'Practice started',
    practiceYears: 'Years of practice',
    typicalCases: 'Typical cases promised',
    existingCases: 'Typical cases already produced',
    expectedOutcomes: 'Expected outcomes',
    recommendingBody: 'Recommending body',
    host: 'Host / project lead',
    counselors: 'Counselors',
    advisors: 'Advisors',
    coreMembers: 'Core members',
    resourceReviewers: 'Resource reviewers',
    hostQualifications: "Host's qualifications",
    stages: 'Stages',
    gradeVolumes: 'Grade volumes',
    researchCategory: 'Research category',
    memberUnitCount: 'Number of member units',
    annualResourceTarget: 'Yearly resource target',
  },
  qualifications: {
    provincialCompetition2ndPlus: '① 2nd prize or higher, provincial live teaching competition',
    jinhuanCup1stPlus: '② 1st prize or higher, Jinhuan Cup',
    municipalProjectCompleted: '③ led a completed municipal or higher research project',
    qualityCourseMunicipal1stPlus:
      '④ municipal 1st prize or higher, quality course or micro-lesson contest',
    teachingResearcher: '⑤ county or city teaching researcher',
    backboneTeacher: '⑥ recognised backbone teacher',
  },
  values: {
    separator: ', ',
    characters: ' ({{count}} characters)',
    items: '{{count}} in all: ',
    people: '{{count}} people: ',
    years: '{{years}} years',
    researchReport: 'research report',
    guide: 'application guide',
    yes: 'yes',
    no: 'no',
    none: '(none)',
  },
  cli: {
    summary: 'Read the facts of an application PDF, each with its page and quoted evidence',
    usage:
      "Usage: review-desk extract FILE.pdf [--rubric ID|PACK.json] [--password PASSWORD] [--json] [--explain] [--no-ocr]\n  Reads the project name, member units, practice dates, people and other facts from the file, each with the page and the text it was read from. Scanned pages (no text layer) are read by OCR on this device, with each page's mean confidence; results are cached per file.\n  --rubric    count years of practice to this pack's deadline and read the pack's own facts\n  --password  password of an encrypted PDF\n  --json      print one JSON object: {file, sha256, pages, pagesWithText, pagesWithoutText, facts, ocr} (each fact with value, evidence, confidence, source)\n  --explain   also say which structure each value was read from (table, checkbox grid, key–value pair, sentence, list, section)\n  --no-ocr    do not read scanned pages (pages without a text layer are reported, not read)",
    header: '{{file}}: {{pages}} pages, {{withText}} with text',
    sha256: 'SHA-256: {{sha256}}',
    evidence: 'page {{page}}: {{quote}}',
    notFound: 'Not found (check by hand): {{facts}}',
    nothing: 'No facts were read.',
    progress: 'Reading page {{done}}/{{total}}…',
    confidence: 'confidence {{percent}}%',
    uncertain: 'confidence {{percent}}%, uncertain: please check',
    source: 'from {{source}}',
    sources: {
      table: 'a table',
      grid: 'a checkbox grid',
      keyValue: 'a label and its value',
      sentence: 'a sentence',
      list: 'a list',
      section: 'a section',
    },
  },
  review: {
    uncertain: 'Uncertain: please check (confidence {{percent}}%)',
  },
  doubt: {
    other: "The file's structure does not quite agree with this value: check it against the text.",
    unitsByShape:
      'No label of this list was found: these entries were read because they look like names of schools or institutions, one under another. Please check that they are the member units.',
    columnsJoined:
      "Part of this value stands on a page of the table's right-hand columns, printed apart; its rows could continue more than one earlier page's rows, so which row each cell belongs to is a guess: please check.",
    weakLabel:
      'The value was read under a label that only suggests this fact (the day the form was filled in, for the day it was submitted); the two may differ: please check.',
    labelAsValue:
      "The value read is only label text of the form (such as 'unit'); the real value may be in a neighbouring cell: please check.",
    promptAsValue:
      'What was read is a question or instruction of the form, not the answer filled in: please find the answer and check it.',
    dittoAsValue:
      'The value is a ditto mark (同上, 〃, 同左) with nothing above or beside it to repeat: please read the value from the rows around.',
    runsIntoLabel:
      "The value holds another field's label: it may run into the next field. Please check where it ends.",
    formMarks:
      'The value carries brackets or checkbox marks of the template, or is a blank date (年 月 日): the template or a whole row of options may have been read with it. Please check what was filled in or ticked.',
    leadersInValue:
      'The value holds a row of leader dots (……, ····): the label before the dots may have been read with it, or part of the answer left out. Please check.',
    noteInValue:
      "The value starts or ends with a template's note in brackets (such as '（限20字以内）' or '（盖章）'): the note is not part of the answer. Please check.",
    citedOptions:
      'The form cites the conditions met by number, and these numbers differ from the options read: please check against the numbers.',
    numberDisagrees:
      "The number read differs from the number the quote writes (such as 'one and a half years'): please check.",
    numberInName:
      'The name carries a long run of digits (such as a phone number): a neighbouring cell may have been read with it. Please check.',
    optionBeyondQuote:
      'The text right after the evidence names (or ticks) an option that was not read: only part of it may have been read. Please check.',
    listNumberGoesOn:
      'The numbering goes on past the list (after its last item or before its first): check for items left out.',
    listNumberSkipped: "The list's item numbers skip one: an item may have been left out, check.",
    listRowsLeft:
      'Rows further down in this column of the table were not read into the list: check for items left out.',
    listItemCut:
      "Every other item ends with a word such as '案例' and this one with only part of it: its last characters may have been lost. Please check.",
    listItemsJoined:
      'An item ends as an item does (案例, 课例) in its middle too: two items may have been read as one, check and split.',
    peopleUnreadPhone:
      'The quoted text holds a mobile number no person of the list carries: check for a person or a phone left out.',
    peopleUnreadTitle:
      "The quoted text holds a professional title no person's title carries: check duty and title, and for a person left out.",
    peopleLabelElsewhere:
      "Elsewhere in the file the role's label introduces a person not in this list: check for people left out.",
    personFieldsFollow:
      "The rows right after the person give a field (unit, title, duty or phone) that was not read: check the person's details.",
    peopleCrossRole:
      "The list runs across a heading of another role (such as the core members' list): people of that role may have been read into it, check.",
    recordFieldGap:
      'A row of the list lacks a field (such as unit or type) that the rows above and below it both carry: a merged cell may span them. Please check that row.',
    personUnitAbove:
      "A person read without a unit stands under a row naming a unit (people listed unit by unit): that unit may be the person's, check.",
    noteReference:
      "The value only says where the answer is (such as '见注①', '详见页下注', '见附件'): the answer is in that note or annex. Please read it there.",
    templateText:
      "The value holds the template's own text: a field's prompt ('点击此处输入文字', '请作答') or its sample filling ('张XX', 'XX县实验小学', '139XXXXXXXX'). The answer may be missing or mixed with it: please check.",
    draftMarker:
      "The value carries a draft's marker ('（暂定名）', '（筹）', '（待补充）'): it may come from a draft, or not be settled yet. Please check against the final text.",
    voidedDraft:
      'The value was read from a draft the file marks as void (作废), and the final copy after it does not write the same text: the applicant may have corrected it. Please read it from the final copy.',
    listStartsLate:
      'The items read are numbered from 2 on and no row numbered 1 stands before them: the first item may have been left out. Please check.',
    listSideBySide:
      'The table sets the list in two halves side by side, and the rows read carry further item numbers in their middle: the second half may not have been read. Please check for items left out.',
    outlineNumber:
      "The value opens with an outline number (such as '3.1.1'): a label's or an item's number was read with it, perhaps the label's line itself. Please check.",
    strayGlyph:
      'The value holds a character no answer holds (a tab, an unmapped glyph, an accented Latin letter): it may be joined from pieces or read through a broken font. Please check.',
    holdsOtherValue:
      "The value holds another field's whole value, which the file writes as a piece of its own: a running header or the next cell may have been read with it. Please check.",
    peopleNoneRead:
      'No person was read anywhere in the file (every list of people is empty or unread): this empty list more likely means the content could not be read (typed as annotations, in form fields) than that nobody is named. Please check against the file.',
    pageBackwards:
      "The value was read from a page whose text comes out backwards (such as '页4共页1第'): the page may be stored upside down, and what stands beside a label may belong to another field. Please check it on the page.",
    pageOrderBreak:
      'The value stands at the top or foot of a page, and the file stores its pages in another order than the page numbers they print: the row may go on on another page, so the value may be incomplete. Please check.',
  },
  errors: {
    noFile: 'Give one PDF file to read: review-desk extract FILE.pdf',
    unreadable: 'Cannot read the file "{{file}}" ({{detail}}): check the path and permissions.',
  },
};
