/** Messages of fact extraction (lib/extract) and `review-desk extract`. */
export const extract = {
  facts: {
    projectName: '项目名称',
    category: '类别',
    direction: '应用方向',
    leadUnit: '牵头单位',
    memberUnits: '主要成员单位',
    practiceStart: '实践起始时间',
    practiceYears: '实践年限',
    typicalCases: '预期典型案例数',
    existingCases: '已形成的典型案例',
    expectedOutcomes: '预期成果',
    recommendingBody: '推荐单位',
    host: '主持人/负责人',
    counselors: '辅导员',
    advisors: '顾问',
    coreMembers: '核心成员',
    resourceReviewers: '资源内容审核管理员',
    hostQualifications: '主持人申报条件',
    stages: '学段',
    gradeVolumes: '年级册',
    researchCategory: '研究类别',
    annualResourceTarget: '每年资源开发目标',
    memberUnitCount: '主要成员单位数',
  },
  qualifications: {
    provincialCompetition2ndPlus: '①省级教学现场竞赛二等奖以上',
    jinhuanCup1stPlus: '②“金鹮杯”一等奖以上',
    municipalProjectCompleted: '③主持市级及以上课题且已结题',
    qualityCourseMunicipal1stPlus: '④精品课/一师一优课/微课大赛市级一等奖及以上',
    teachingResearcher: '⑤县市级专兼职教研员',
    backboneTeacher: '⑥公认的骨干教师',
  },
  values: {
    separator: '、',
    characters: '（{{count}} 字）',
    items: '共 {{count}} 项：',
    people: '共 {{count}} 人：',
    years: '{{years}} 年',
    researchReport: '研究报告',
    guide: '应用指南',
    yes: '有',
    no: '无',
    none: '（无）',
  },
  cli: {
    summary: '从申报 PDF 中读取事实，每项附页码和原文依据',
    usage:
      '用法：review-desk extract 文件.pdf [--rubric 规则包ID|规则包.json] [--password 密码] [--json] [--explain] [--no-ocr]\n  读出文件中的项目名称、成员单位、实践时间、人员等事实，每项给出所在页码和原文。扫描页（没有文字层）在本机由 OCR 识别，报告每页的平均置信度；结果按文件缓存。\n  --rubric    按该规则包的截止日期计算实践年限，并读取规则包自己的事实\n  --password  打开加密 PDF 的密码\n  --json      输出一个 JSON 对象：{file, sha256, pages, pagesWithText, pagesWithoutText, facts, ocr}（每项事实含 value、evidence、confidence、source）\n  --explain   同时说明每个值读自哪种结构（表格、勾选框、键值对、句子、列表、章节）\n  --no-ocr    不识别扫描页（没有文字层的页面只报告，不读取）',
    header: '{{file}}：共 {{pages}} 页，{{withText}} 页有文字',
    sha256: 'SHA-256：{{sha256}}',
    evidence: '第 {{page}} 页：{{quote}}',
    notFound: '未找到（请人工核对）：{{facts}}',
    nothing: '没有读到任何事实。',
    progress: '正在读取第 {{done}}/{{total}} 页…',
    confidence: '把握 {{percent}}%',
    uncertain: '把握 {{percent}}%，不确定，请核对',
    source: '来自{{source}}',
    sources: {
      table: '表格',
      grid: '勾选框',
      keyValue: '键值对（标签与值）',
      sentence: '句子',
      list: '列表',
      section: '章节',
    },
  },
  review: {
    uncertain: '不确定，请核对（把握 {{percent}}%）',
  },
  /** Why a structural check doubts a value (lib/extract/certainty), by the check's code. */
  doubt: {
    other: '文件的结构与此值不完全相符，请核对原文。',
    unitsByShape:
      '未找到此项的栏目：这些条目是按其形似学校或机构名称、逐条排列而读出的，请核对是否确为成员单位。',
    columnsJoined:
      '此值部分位于另页打印的表格右侧各列，这些行可能接续前面不止一页的行，各格属于哪一行是推断的，请核对。',
    weakLabel: '值读自只是提示此项的栏目（如“填报日期”之于报送日期），两者未必相同，请核对。',
    labelAsValue:
      '读到的值只是表格中的标签文字（如“所在单位”），真正的值可能在旁边的格子里，请核对。',
    promptAsValue: '读到的是表中的提问或填写说明，不是填写的内容，请找到实际填写的值并核对。',
    dittoAsValue:
      '值是“同上”“〃”“同左”一类的省略符号，其上方或左侧没有可重复的内容，请根据上下行核对实际的值。',
    runsIntoLabel: '值中含有另一栏的标签，可能读过了界，连带读入了下一栏，请核对。',
    formMarks:
      '值中带有模板的括号或勾选框符号，或只是空白日期（年 月 日），可能把模板或整行选项一并读入，请核对实际填写或勾选的内容。',
    leadersInValue:
      '值中带有引导用的一串圆点（……、····），可能连带读入了圆点前的标签，或漏读了部分内容，请核对。',
    noteInValue:
      '值的开头或末尾带有模板括号中的填写说明（如“（限20字以内）”“（盖章）”），说明不是填写的内容，请核对。',
    citedOptions: '原文用序号注明了所符合的条件，与读出的选项不一致，请按序号核对。',
    numberDisagrees: '读出的数字与原文写的数字不一致（如“一年半”），请核对。',
    numberInName: '名称中夹带一长串数字（如电话号码），可能连带读入了相邻的格子，请核对。',
    optionBeyondQuote: '依据之后的文字还写有（或勾选了）未读入的选项，可能只读了一部分，请核对。',
    listNumberGoesOn: '名单后面（或前面）还有接着编号的条目未读入，请核对是否漏项。',
    listNumberSkipped: '名单条目的编号有跳号，中间可能漏读了条目，请核对。',
    listRowsLeft: '表中此栏下方还有未读入此名单的行，请核对是否漏项。',
    listItemCut: '其他各项都以“案例”等词结尾，这一项只到词的一半，末尾的字可能漏读了，请核对。',
    listItemsJoined: '某一项中间已有“案例”等结尾，像是两项连在了一起，请核对并拆分。',
    peopleUnreadPhone: '所引原文中有手机号码未读入任何人员，请核对是否漏人或漏填电话。',
    peopleUnreadTitle: '所引原文中有职称未读入任何人员的职称，请核对职务与职称是否读错或漏人。',
    peopleLabelElsewhere: '文件别处以该角色名称列出了不在此名单中的人员，请核对是否漏人。',
    personFieldsFollow:
      '该人员之后紧接的行写有未读入的信息（单位、职称、职务或电话），请核对其各项信息。',
    peopleCrossRole:
      '名单中间隔着另一角色的标题（如核心成员名单），可能把该角色的人员读入了此名单，请核对。',
    recordFieldGap:
      '名单中某一行缺少上下两行都有的一项（如单位、类型），可能是合并单元格跨了这几行，请核对该行。',
    personUnitAbove:
      '未读入单位的人员上方有单独一行单位名称（按单位分列人员），该单位可能就是其所在单位，请核对。',
    noteReference:
      '值只是指向别处的说明（如“见注①”“详见页下注”“见附件”），实际内容在所指的注释或附件中，请到该处核对。',
    templateText:
      '值中含有模板自带的文字：填写提示（如“点击此处输入文字”“请作答”）或示例内容（如“张XX”“XX县实验小学”“139XXXXXXXX”），实际填写的内容可能缺失或与之混在一起，请核对。',
    draftMarker:
      '值中带有草稿的标记（如“（暂定名）”“（筹）”“（待补充）”），可能读自初稿或尚未确定，请按定稿核对。',
    voidedDraft:
      '值读自文件中注明已作废的初稿，其后的正式稿未写同样的内容，申报人可能已作更正，请按正式稿核对。',
    listStartsLate: '已读的条目从序号2开始，前面没有序号为1的行，第一项可能漏读了，请核对。',
    listSideBySide:
      '表格把名单分成左右两半并排，已读的行中间还有接续的序号，右半部分可能未读入，请核对是否漏项。',
    outlineNumber:
      '值以大纲式编号开头（如“3.1.1”），读到的可能带有栏目或条目的编号，甚至是标签所在的行，请核对。',
    strayGlyph:
      '值中含有申报内容不会用到的字符（制表符、无法识别的字形或带重音的拉丁字母），可能由几段拼接而成或字形映射有误，请核对。',
    holdsOtherValue:
      '值里完整包含了另一栏的值（原文中二者是分开的两段），可能把页眉或相邻单元格一并读入了，请核对。',
    peopleNoneRead:
      '整份文件没有读到任何人员（各类人员名单都为空或未读到），这份名单为空多半是因为内容没能读出（如以批注或表单域填写），请对照原文核对。',
    pageBackwards:
      '值所在的页面文字读出来是倒着的（如“页4共页1第”），该页可能被倒置存放，标签旁的内容可能属于别的栏目，请在原页面上核对。',
    pageOrderBreak:
      '值位于页面的开头或末尾，而文件中各页的存放顺序与页面上印的页码不一致，这一行可能接续在别的页面上，内容可能不完整，请核对。',
  },
  errors: {
    noFile: '请给出要读取的一个 PDF 文件：review-desk extract 文件.pdf',
    unreadable: '无法读取文件“{{file}}”（{{detail}}）：请检查路径和权限。',
  },
} as const;
