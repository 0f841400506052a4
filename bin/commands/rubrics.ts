/** `review-desk rubrics [--json]`: the built-in packs with their counts of facts, rules, criteria. */
import { allCriteria, builtinPacks, pickText } from '../../lib/rubric';
import { type Command, EXIT_OK, parseCommandArgs } from '../cli-kit';

export const rubricsCommand: Command = {
  name: 'rubrics',
  summaryKey: 'rubric:cli.rubrics.summary',
  usageKey: 'rubric:cli.rubrics.usage',
  async run(ctx, argv) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
    const rows = builtinPacks().map((pack) => ({
      id: pack.id,
      title: pickText(pack.title, ctx.i18n.language),
      facts: pack.facts.length,
      rules: pack.rules.length,
      panelRules: pack.panelRules.length,
      criteria: allCriteria(pack.scoring).length,
    }));
    if (values.json) ctx.out(JSON.stringify(rows, null, 2));
    else for (const row of rows) ctx.out(ctx.t('rubric:cli.rubrics.line', row));
    return EXIT_OK;
  },
};
