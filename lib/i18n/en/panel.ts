import type { Messages } from '../shape';
import type { panel as zh } from '../zh-CN/panel';

export const panel: Messages<typeof zh> = {
  cli: {
    summary: 'Panels: create a panel and its member invitations',
    usage:
      "Usage:\n  review-desk panel create --rubric RUBRIC --name NAME --chair CHAIR --out DIR …   make a panel and its members' invitations\n  review-desk panel add-applications --panel DIR FILE.pdf|FOLDER…                add applications to the panel\n  Add --help to a subcommand for its details.",
    passphrasePrompt: "Choose a passphrase to protect the chair's private key: ",
    created: 'Created the panel "{{name}}" (id {{id}}) in {{dir}}',
    invitation: '  invitation: {{file}} ({{name}}, {{role}})',
    roles: { chair: 'chair', reviewer: 'reviewer', observer: 'observer' },
  },
  errors: {
    passphraseEmpty: 'The passphrase is empty. Choose a passphrase and try again.',
    passphraseNeeded:
      "A passphrase is needed to protect the chair's private key. Add --passphrase P, or run in a terminal to type it.",
    wrongPassphrase:
      'Wrong passphrase, or the identity file is damaged. Check the passphrase and try again.',
    badInvitation: 'This is not a valid panel invitation. Ask the chair for a new one.',
    identityNotExportable:
      'This identity cannot be exported from this device (its key is not extractable and there is no invitation key). Export it from the original device, or open the invitation again.',
    badIdentityFile:
      'This is not a valid identity file, or it belongs to another panel. Export it again and import the new file.',
    notMember:
      'You are not a member of this panel yet (or its data has not reached this device). Sync first, or check your invitation with the chair.',
    removed:
      'The chair removed you from this panel; you can no longer change it. Contact the chair if this is a mistake.',
    readOnly: 'Observers can read but not change reviews.',
    chairOnly: 'Only the chair can do this (members, applications and decisions).',
    unknownApplication:
      'Application {{id}} was not found. It may not have reached this device yet: sync and try again.',
    duplicateApplication: 'Application {{id}} already exists; nothing was added.',
    notSubmitted:
      'This review has not been submitted (or was already returned), so it cannot be returned.',
    reviewSubmitted:
      'This review has been submitted and can no longer be changed. Contact the chair to change it.',
    invalidValue:
      'The value is not valid ({{field}}). Check it and try again; nothing was changed.',
    sealedElsewhere:
      'Part of this review was filled in on another of your devices and cannot be read here. Export your identity there, import it here, then submit.',
    notYourAnnotation: 'You can only change your own annotations.',
    unknownThread: 'This discussion was not found. It may not have reached this device yet.',
    unknownMember: 'Member {{id}} was not found.',
    cannotRemoveChair: 'The chair cannot be removed.',
    saveFailed:
      'Your changes could not be saved on this device. They are kept in memory and saving is retried: keep this page open and check the save status.',
    badRubric:
      'Cannot read the rubric "{{rubric}}": it is neither a built-in pack nor a readable JSON file. Check the path.',
    oldFormat:
      'This panel was stored by an earlier Review Desk (format 1), whose entries are not signed one by one, so it is no longer opened. Remove it and ask the chair to create the panel again or send a new invitation.',
    notReady:
      'This device is not ready to write yet (its signing session is starting). Wait a moment and try again.',
    sessionConflict:
      'This device’s writing session conflicts with the document (another window may be writing the same data). Reopen the panel and try again; what was saved is not affected.',
    tooLarge:
      'This change is too large (over 2 MB or 1,000 items) and was not written. Make it in several steps.',
    outNotEmpty:
      '{{dir}} already holds panel files. Choose an empty directory so that no chair identity is overwritten.',
  },
};
