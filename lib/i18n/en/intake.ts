/** Intake of application files: refused files, locked forms, likely duplicates, deleting a mistake. */
import type { Messages } from '../shape';
import type { intake as zh } from '../zh-CN/intake';

export const intake: Messages<typeof zh> = {
  rejected: {
    title: '{{count}} file(s) cannot be application material and were not added:',
  },
  locked:
    'The form of "{{title}}" is protected by a password: open this application and type the password on the left; its title and form facts are then read.',
  duplicates: {
    title: 'These applications may repeat ones already here. Add them?',
    intro: '"{{title}}" ({{file}})',
    reason: {
      sameFile: 'Has the very same file as "{{title}}".',
      sameFacts: 'States the same as "{{title}}" ({{count}} form facts are equal).',
      sameTitle: 'Has the same project name and applicant as "{{title}}".',
    },
    inThisDrop: '(also among the files just added)',
    addAnyway: 'Add this application anyway',
    continue: 'Continue',
    declined: '"{{title}}" repeats an application already here and was not added.',
  },
  remove: {
    button: 'Delete this application',
    confirm:
      'Delete "{{title}}"? It leaves the panel\'s list of applications for every member; its history is kept. Use this only for an application added by mistake.',
    done: '"{{title}}" was deleted.',
  },
  errors: {
    noPages:
      '"{{file}}" has no pages and cannot be application material. Ask the applicant for the complete PDF and add it again.',
  },
};
