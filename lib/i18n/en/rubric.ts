import type { Messages } from '../shape';
import type { rubric as zh } from '../zh-CN/rubric';

export const rubric: Messages<typeof zh> = {
  values: { yes: 'yes', no: 'no', separator: ', ', clauseSeparator: '; ' },
  factTypes: {
    text: 'text',
    integer: 'a whole number',
    number: 'a number',
    date: 'a date (YYYY-MM-DD)',
    month: 'a month (YYYY-MM)',
    enum: 'one of the options',
    boolean: 'true or false',
    names: 'a list of names',
    units: 'a list of units (each with a name)',
    people: 'a list of people (each with a name)',
    flags: 'a set of yes/no options',
  },
  facts: {
    notAnObject: 'The facts must be an object keyed by fact ids; every fact is treated as missing.',
    invalid:
      '{{fact}} has a value of the wrong form (at {{path}}; expected {{expected}}): treated as unknown. Check it against the application and correct it.',
  },
  bound: {
    gte: 'at least {{value}}',
    lte: 'at most {{value}}',
    eq: 'exactly {{value}}',
    between: '{{min}}–{{max}}',
  },
  dateOps: {
    before: 'before',
    onOrBefore: 'on or before',
    after: 'after',
    onOrAfter: 'on or after',
  },
  verdict: {
    missing: '{{fact}} is missing, so this cannot be decided: add it from the application.',
    invalid: '{{fact}} has the wrong form, so this cannot be decided: check and correct it.',
    undeclared:
      'The rule uses the fact "{{fact}}", which the pack does not declare, so it cannot be decided: fix the pack.',
    badRule: 'This rule is malformed and cannot be decided: fix it in the rubric editor.',
    error:
      'Evaluating this rule failed; it is treated as unknown. Please send the pack to support.',
    badPack:
      'The rubric pack is malformed and cannot be used: check it with review-desk rubric validate.',
    compare: '{{fact}}: {{actual}} (required: {{bound}})',
    compareDerived:
      '{{fact}}: {{actual}}, counted from {{from}} {{start}} to the deadline {{deadline}} (required: {{bound}})',
    length: '{{fact}} "{{text}}" has {{actual}} characters (required: {{bound}})',
    count: '{{fact}}: {{actual}} (required: {{bound}})',
    countExcluding:
      '{{fact}}: {{actual}}, not counting the {{excludeFact}} listed among them ({{excluded}}) (required: {{bound}})',
    oneOf: '{{fact}} "{{actual}}" is among those listed ({{options}})',
    notOneOf: '{{fact}} "{{actual}}" is not among those listed ({{options}})',
    notListed:
      '{{fact}} "{{actual}}" is not among those the notice names ({{options}}); the notice names only some, so check it by hand.',
    noList: 'The notice does not list the values of {{fact}}: check "{{actual}}" by hand.',
    date: '{{fact}} {{actual}} (required: {{op}} {{date}})',
    dateAmbiguous:
      '{{fact}} gives only a month ({{actual}}), so whether it is {{op}} {{date}} cannot be decided: check the exact date.',
    present: '{{fact}} is stated',
    absent: '{{fact}} is not stated',
    flag: '{{fact}}: {{actual}} (required: {{expected}})',
    allOf: '{{items}}',
    anyOfFail: 'None of the {{count}} alternatives holds (e.g. {{first}})',
    notPass: 'What must not occur does not occur ({{inner}})',
    notFail: 'What must not occur occurs: {{inner}}',
  },
  findings: {
    quota: '{{body}} ({{class}}) recommended {{count}}, more than its limit of {{limit}}',
    unclassified:
      'Cannot tell what kind of recommending body "{{body}}" is, so its quota was not checked: add it to the pack\'s classes.',
    notChecked:
      'These applications lack {{fact}}, so this could not be checked: add it and check again.',
    duplicatePerson: '{{name}} ({{units}}) is a core member of {{count}} applications',
    maybeSamePerson:
      'Several applications name "{{name}}" without enough unit or phone details to tell whether it is the same person: check by hand.',
    conflict:
      'Reviewer {{reviewer}} works at "{{unit}}", a unit of {{count}} application(s): consider recusal',
    reviewerNoUnit:
      'Reviewer {{reviewer}} has no unit, so conflicts of interest could not be checked: add it.',
  },
  scores: {
    notNumber: 'Enter a score as a number (0–{{max}}).',
    outOfRange: 'The score {{value}} is out of range: it must be from 0 to {{max}}.',
    offStep: 'The score {{value}} is not on the scale: it must be a multiple of {{step}}.',
    missing: '"{{criterion}}" has no score yet.',
    commentRequired: '"{{criterion}}" is below {{below}} points: a comment is required.',
  },
  problems: {
    notObject: 'A rubric pack must be a JSON object.',
    tooDeep: 'The pack is nested too deeply (more than {{max}} levels): check it for mistakes.',
    missingVersion:
      '{{path}}: the pack format version formatVersion is missing (current: {{current}}). Make sure the file is a rubric pack.',
    tooNew:
      '{{path}}: pack format {{version}} is newer than the {{current}} this program supports: update Review Desk, then import it again.',
    required: '{{path}}: required, but missing.',
    invalidType: '{{path}}: wrong type: expected {{expected}}, got {{received}}.',
    unknownKey: '{{path}}: unknown field "{{key}}" (a typo?).',
    invalidValue: '{{path}}: invalid value; allowed: {{options}}.',
    unknownKind: '{{path}}: invalid {{key}}; allowed: {{options}}.',
    tooSmall: '{{path}}: too few or too small (at least {{minimum}}).',
    tooBig: '{{path}}: too many or too large (at most {{maximum}}).',
    invalidFormat: '{{path}}: wrong format; expected {{format}}.',
    emptyMatcher:
      '{{path}}: empty class matcher; give at least one of equals / startsWith / endsWith / contains.',
    invalid: '{{path}}: invalid value.',
    duplicateId: '{{path}}: the id "{{id}}" is used more than once; each id must be unique.',
    standardFactType: '{{path}}: the standard fact {{fact}} must have type {{expected}}.',
    optionsNotAllowed: '{{path}}: a fact of type {{type}} cannot have options.',
    optionsRequired: '{{path}}: a fact of type {{type}} needs its options listed.',
    unknownOption: '{{path}}: "{{option}}" is not an option of the fact {{fact}}.',
    badPattern: '{{path}}: the extraction pattern "{{pattern}}" is not a valid regular expression.',
    unknownFact:
      '{{path}}: the pack does not declare the fact "{{fact}}". Add it to the facts first, or use a declared fact.',
    factTypeMismatch:
      '{{path}}: the fact {{fact}} has type {{type}} and cannot be used in {{kind}}.',
    derivedNotNumber: '{{path}}: the derived fact {{fact}} must be a number.',
    impossibleRange:
      '{{path}}: impossible range (the lower bound {{min}} is above the upper bound {{max}}).',
    negativeBound: '{{path}}: bounds on lengths and counts cannot be negative.',
    emptyOptions:
      '{{path}}: the options list is empty; if the notice does not list them, set complete to false.',
    flagKeyRequired: '{{path}}: the fact {{fact}} is a set of options: say which with key.',
    flagKeyNotAllowed: '{{path}}: the fact {{fact}} is a single yes/no value: remove key.',
    deadlineBeforeNotice: '{{path}}: the deadline is before the notice date.',
    unknownClause:
      '{{path}}: there is no clause "{{clause}}". Add the clause to call.clauses first.',
    unknownLevel: '{{path}}: there is no level "{{level}}".',
    bandOutOfRange: '{{path}}: the band {{min}}–{{max}} is outside 0–{{limit}}.',
    bandsOverlap: '{{path}}: the band "{{level}}" overlaps the band "{{other}}".',
    maxNotOnStep: '{{path}}: the maximum {{max}} is not a multiple of the step {{step}}.',
    commentBelowOutOfRange:
      '{{path}}: the comment threshold must be between 0 and the maximum {{max}}.',
    bandGap: '{{path}}: the score {{score}} falls in no band.',
    weightRequired: '{{path}}: a weighted total needs a weight on every criterion.',
    totalMismatch:
      '{{path}}: the criteria add up to {{sum}}, not the total {{max}} (method {{method}}).',
    unknownPlaceholder: '{{path}}: the opinion template placeholder "{{name}}" cannot be filled.',
    fieldNotAllowed: '{{path}}: a fact of type {{type}} has no field "{{field}}".',
  },
  cli: {
    rubrics: {
      summary: 'List the built-in rubric packs',
      usage:
        'Usage: review-desk rubrics [--json]\n  Lists the built-in rubric packs: id, title, and the numbers of facts, rules and criteria.',
      line: '{{id}}  {{title}} ({{facts}} facts, {{rules}} rules, {{panelRules}} cross-application rules, {{criteria}} criteria)',
    },
    rubric: {
      summary: 'Validate or show a rubric pack (validate, show)',
      usage:
        'Usage:\n  review-desk rubric validate FILE.json   check a pack and list each problem with its JSON path (exit code 1 when it has problems)\n  review-desk rubric show ID|FILE.json [--json]   show a pack; --json prints the whole JSON, to copy and edit',
      valid:
        '{{file}}: valid rubric pack ({{id}}: {{facts}} facts, {{rules}} rules, {{criteria}} criteria)',
      migrated: '(the file is in format {{from}}; it was read as format {{to}})',
      invalid: '{{file}}: the rubric pack has {{count}} problem(s):',
      call: 'Call: {{title}} ({{issuer}}, {{noticeDate}}; deadline {{deadline}})',
      clauses: 'Clauses:',
      facts: 'Facts:',
      rules: 'Eligibility rules:',
      panelRules: 'Cross-application rules:',
      scoring: 'Criteria (total {{max}}, {{method}}):',
      criterion: '{{id}}  {{title}}  {{max}} points',
      summaryTable: 'Summary table columns:',
      methods: { sum: 'sum of points', weighted: 'weighted' },
    },
    check: {
      summary:
        'Check application facts against a rubric pack (eligibility and cross-application rules)',
      usage:
        "Usage: review-desk check --rubric ID|FILE.json (--facts FACTS.json | FORM.pdf…) [--json] [--no-ocr]\n  The facts file: an object keyed by fact ids, or an array of such objects, each with an id.\n  Or give application PDFs: facts are read from each (its id is the file name); scanned pages are read by OCR (with --no-ocr a scan's facts are unknown), never guessed.\n  A failing application is a result, not an error: the exit code is 0; it is 2 for bad input.",
      header: 'Rubric pack: {{id}}  {{title}}',
      application:
        'Application {{id}}: {{verdict}} ({{pass}} passed, {{fail}} failed, {{unknown}} unknown)',
      eligible: {
        yes: 'eligible',
        no: 'not eligible',
        unknown: 'eligibility unknown (a required condition cannot be decided)',
      },
      status: { pass: 'pass', fail: 'FAIL', unknown: 'unknown' },
      severity: { hard: 'required', warning: 'warning' },
      clause: 'Clause {{number}}: "{{text}}"',
      findings: 'Cross-application checks:',
      noFindings: 'Cross-application checks: no problems found',
      involved: 'Involved: {{ids}}',
    },
  },
  errors: {
    builtinInvalid:
      'The built-in rubric pack {{id}} is invalid ({{detail}}): please send this sentence to support.',
    unknownPack:
      'There is no rubric pack "{{id}}". Built-in packs: {{ids}}; you can also give the path of a pack JSON file.',
    unreadable: 'Cannot read the file {{file}} ({{detail}}): check the path and permissions.',
    notJson: '{{file}} is not valid JSON ({{detail}}): check its content.',
    badPack: '{{file}} is not a valid rubric pack ({{count}} problem(s), above): fix it first.',
    factsShape:
      '{{file}} must hold an object keyed by fact ids, or an array of such objects: check its content.',
    factsEntry: 'Item {{index}} of {{file}} must be an object with a string id: add the id.',
    duplicateApplication:
      'The application id "{{id}}" appears more than once: each application needs its own id.',
    missingSubcommand:
      'A subcommand is missing: use review-desk rubric validate or review-desk rubric show.',
    unknownSubcommand: 'There is no subcommand "{{sub}}": use validate or show.',
  },
};
