/**
 * Every text reaches its document. The one place the document can lack is article 7: it prints the
 * tiers only when some target exists, so wording in `targets` or a tier without any target would
 * be dropped.
 */
import type { CheckContext } from './context.js';

export function reportUnplacedTexts(ctx: CheckContext): void {
  const blocks = [...ctx.declarations('Targets'), ...ctx.declarations('Tier')];
  if (blocks.some((b) => b.body.some((s) => s.kind === 'Target'))) return;
  for (const b of blocks) {
    for (const s of b.body) {
      if (s.kind !== 'TextStmt') continue;
      ctx.report(
        'text-without-place',
        s.range,
        'this text has no place in the contract: article 7 (response and resolution times) is empty without any response or resolution target; add targets, or move the text to the agreement',
      );
    }
  }
}
