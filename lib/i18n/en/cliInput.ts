/**
 * The command line's own words for what it was given: each bad argument or file says what is
 * wrong and what to do; each subcommand's `--help`; the panel directory's messages.
 */
import type { Messages } from '../shape';
import type { cliInput as zh } from '../zh-CN/cliInput';

export const cliInput: Messages<typeof zh> = {
  usage: {
    panelCreate:
      'Usage: review-desk panel create --rubric RUBRIC --name NAME --chair CHAIR --out DIR [--reviewers A,B] [--observers C] [--relay ws://HOST:PORT] [--passphrase PASSPHRASE | --passphrase-file FILE]\n  --rubric is a built-in pack id (review-desk rubrics lists them) or a pack JSON file; an invalid pack is listed problem by problem (exit 1).\n  Writes to DIR: panel.json, the chair identity chair.identity.json (private key encrypted with the passphrase), the initial state panel.rdsync and one invitation per member, invitations/<name>.json.\n  The passphrase comes from --passphrase, --passphrase-file, or REVIEW_DESK_PASSPHRASE; without any, it is asked on the terminal.\n  In the app, "Open a panel made with the command line" and pick DIR: the chair goes on working there.',
    panelAddApplications:
      'Usage: review-desk panel add-applications --panel DIR [--passphrase PASSPHRASE | --passphrase-file FILE] [--allow-duplicates] FILE.pdf|FOLDER…\n  Adds applications to a panel made by panel create: each PDF is one application, each folder one with all the PDFs in it.\n  Files that are not PDFs, damaged or incomplete are not added and the reason is said (exit 2; the other files are added).\n  An application whose form states the same as one already there is skipped unless --allow-duplicates.\n  Files are kept in DIR/files and panel.rdsync is updated; import it in the app to see the new applications.',
    syncMerge:
      "Usage: review-desk sync merge A.rdsync B.rdsync… --out C.rdsync\n  Combines exchange files of one panel into one, keeping every author's signature. --out is the file to write (not a folder).",
    syncInspect:
      'Usage: review-desk sync inspect FILE.rdsync\n  Shows which panel an exchange file belongs to and, per part, its author, kind, time and contents; changes nothing.',
    rubricValidate:
      'Usage: review-desk rubric validate PACK.json\n  Checks a rubric pack; lists each problem with its JSON path and exits 1 when there are any.',
    rubricShow:
      "Usage: review-desk rubric show ID|PACK.json [--json]\n  Shows a pack's clauses, facts, rules and criteria; --json prints the whole pack.",
  },
  hints: {
    password:
      'On the command line, add --password PASSWORD, e.g. review-desk extract FILE.pdf --password PASSWORD.',
  },
  passphrasePrompt: 'Passphrase of the chair identity file: ',
  panel: {
    openInApp:
      'The chair goes on in the app: on the Panels page choose "Open a panel made with the command line", pick the folder {{dir}} and type the passphrase.',
    added:
      'Added {{applications}} application(s), {{files}} file(s); updated {{state}} (import it in the app to see them).',
    duplicateSkipped:
      '"{{title}}" states the same as "{{of}}" already in the panel, probably a second copy: skipped (add --allow-duplicates to add it anyway).',
    duplicateAdded:
      '"{{title}}" states the same as "{{of}}"; added anyway, as --allow-duplicates asks.',
    locked:
      'The form of "{{title}}" is protected by a password: added under its file name; open it in the app and type the password to read its title and facts.',
  },
  reasons: {
    ENOENT: 'it does not exist',
    EACCES: 'permission denied',
    EPERM: 'not allowed',
    EISDIR: 'it is a folder',
    ENOTDIR: 'part of the path is not a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EEXIST: 'it already exists',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many open files',
    EBUSY: 'another program is using it',
    other: 'the system refused',
  },
  errors: {
    unknownOption:
      "There is no option {{option}}: check its spelling; the command's --help lists its options.",
    unexpectedArgument:
      'The argument "{{arg}}" is one too many: this command does not take it. See the command\'s --help.',
    optionNeedsValue:
      "The option {{option}} needs a value after it, e.g. {{option}} VALUE. See the command's --help.",
    optionTakesNoValue: 'The option {{option}} takes no value: write just {{option}}.',
    badPort:
      '--port "{{value}}" is not a port number: give a whole number from 0 to 65535, e.g. --port 4321.',
    portInUse:
      'Port {{port}} on {{host}} is already in use by another program: choose another port (e.g. --port {{suggest}}) or stop the program using it.',
    portForbidden:
      'Not allowed to listen on port {{port}} of {{host}}: use a port above 1024, e.g. --port 4321.',
    hostUnavailable:
      'Cannot listen on {{host}}: this computer has no such address. Check --host; usually 127.0.0.1 (this computer only) or 0.0.0.0 (the local network).',
    badRedisUrl:
      '--redis "{{value}}" is not a Redis address: write redis://HOST:PORT, e.g. redis://127.0.0.1:6379.',
    notFound: 'Cannot find "{{file}}": check the path and the file name.',
    isDirectory: '"{{file}}" is a folder, and a file is needed here: give a file inside it.',
    notReadable:
      'Cannot read "{{file}}" ($t(cliInput:reasons.{{reason}})): check its permissions and try again.',
    outIsDirectory:
      '--out "{{path}}" is a folder, and a file name is needed here: e.g. --out {{example}}.',
    outIsFile:
      '--out "{{path}}" is a file, and a folder is needed here (it is made when missing): e.g. --out {{example}}.',
    cannotWrite:
      'Cannot write "{{path}}" ($t(cliInput:reasons.{{reason}})): check the folder, write permission and free space, then try again. No half-written file was left.',
    nativeMismatch:
      "The relay's database module better-sqlite3 was built for another Node version and cannot run on Node {{node}}: run npm rebuild better-sqlite3 in the project folder, or use the Node version it was installed with.",
    redisUnreachable:
      'Cannot reach Redis at {{url}}: start Redis, or check the host and port of --redis; a single relay node needs no --redis.',
    rdsyncUndecodable:
      'The contents of "{{file}}" cannot be decoded: it is not a complete Review Desk exchange file. Ask its author to export and send it again; nothing was changed.',
    noRdsync: 'Give at least one .rdsync file, e.g. review-desk sync inspect FILE.rdsync.',
    passphraseNeeded:
      "A passphrase is needed to protect the chair's private key, and there is no terminal to type it: add --passphrase PASSPHRASE, or --passphrase-file FILE, or set REVIEW_DESK_PASSPHRASE.",
    badPanelRubric:
      'The rubric pack "{{file}}" is invalid (problems above); no panel was made. Fix it and try again; review-desk rubric validate checks a pack.',
    notPanelDirectory:
      '"{{dir}}" is not a panel directory made by review-desk panel create ({{file}} is missing): give the --out folder of panel create.',
    notPanelFile:
      '"{{file}}" is not a valid file of a panel directory: make the panel again with review-desk panel create.',
    noApplications:
      'Give the application files to add: PDF files or folders, e.g. review-desk panel add-applications --panel DIR applications/*.pdf.',
  },
};
