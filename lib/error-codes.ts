/**
 * Every reason a ReviewDeskError can carry, as one typed list: the namespace before the slash is
 * the i18n namespace whose `errors.<reason>` holds its sentence (lib/errors, `errorKey`). A code
 * not listed here does not compile, and a test checks that each has a sentence in zh-CN and en.
 * To add one: add it here, and its message to `errors` in both languages' namespace files.
 */
export const ERROR_CODES = [
  // cli
  'cli/badArguments',
  'cli/missingOption',
  // cliInput
  'cliInput/badPanelRubric',
  'cliInput/badPort',
  'cliInput/badRedisUrl',
  'cliInput/cannotWrite',
  'cliInput/hostUnavailable',
  'cliInput/isDirectory',
  'cliInput/nativeMismatch',
  'cliInput/noApplications',
  'cliInput/noRdsync',
  'cliInput/notFound',
  'cliInput/notPanelDirectory',
  'cliInput/notPanelFile',
  'cliInput/notReadable',
  'cliInput/optionNeedsValue',
  'cliInput/optionTakesNoValue',
  'cliInput/outIsDirectory',
  'cliInput/outIsFile',
  'cliInput/passphraseNeeded',
  'cliInput/portForbidden',
  'cliInput/portInUse',
  'cliInput/rdsyncUndecodable',
  'cliInput/redisUnreachable',
  'cliInput/unexpectedArgument',
  'cliInput/unknownOption',
  // collab
  'collab/badRelayUrl',
  // common
  'common/notFound',
  'common/storageQuota',
  // extract
  'extract/noFile',
  'extract/unreadable',
  // intake
  'intake/noPages',
  'intake/removeUnavailable',
  // panel
  'panel/badIdentityFile',
  'panel/badInvitation',
  'panel/cannotRemoveChair',
  'panel/chairOnly',
  'panel/duplicateApplication',
  'panel/identityNotExportable',
  'panel/invalidValue',
  'panel/notMember',
  'panel/notYourAnnotation',
  'panel/outNotEmpty',
  'panel/passphraseEmpty',
  'panel/readOnly',
  'panel/removed',
  'panel/reviewSubmitted',
  'panel/saveFailed',
  'panel/sealedElsewhere',
  'panel/unknownApplication',
  'panel/unknownMember',
  'panel/unknownThread',
  'panel/wrongPassphrase',
  // panelDirectory
  'panelDirectory/badFile',
  'panelDirectory/missing',
  'panelDirectory/noState',
  // pdf
  'pdf/corrupt',
  'pdf/empty',
  'pdf/notPdf',
  'pdf/pageUnreadable',
  'pdf/passwordRequired',
  'pdf/tooComplex',
  'pdf/wrongPassword',
  // rubric
  'rubric/badPack',
  'rubric/builtinInvalid',
  'rubric/duplicateApplication',
  'rubric/factsEntry',
  'rubric/factsShape',
  'rubric/missingSubcommand',
  'rubric/notJson',
  'rubric/unknownPack',
  'rubric/unknownSubcommand',
  'rubric/unreadable',
  // rubricEditor
  'rubricEditor/badId',
  'rubricEditor/builtinReadOnly',
  'rubricEditor/damaged',
  'rubricEditor/idTaken',
  'rubricEditor/invalidPack',
  'rubricEditor/notFound',
  'rubricEditor/notJson',
  'rubricEditor/notJsonAt',
  'rubricEditor/readFailed',
  'rubricEditor/tooLarge',
  // sync
  'sync/badSignature',
  'sync/corrupt',
  'sync/deletions',
  'sync/fileCorrupt',
  'sync/fileMissing',
  'sync/fileTooLarge',
  'sync/foreign',
  'sync/hashMismatch',
  'sync/invalidContent',
  'sync/malformed',
  'sync/mixedPanels',
  'sync/noRelay',
  'sync/noToken',
  'sync/notMember',
  'sync/notRdsync',
  'sync/refused',
  'sync/relayError',
  'sync/relayUnreachable',
  'sync/removedAuthor',
  'sync/timeout',
  'sync/truncated',
  'sync/wrongPanel',
  // viewer
  'viewer/exportEncrypted',
  'viewer/exportFailed',
  'viewer/fileMissing',
  // workspace
  'workspace/alreadyJoined',
  'workspace/badDemo',
  'workspace/badInvitation',
  'workspace/badRubric',
  'workspace/demoUnavailable',
  'workspace/noIdentity',
  'workspace/notTheSameFile',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** For codes that cross a boundary as text (a helper thread's message): is it one of ours? */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}
