// npm run demo:remove        takes the demo responses out (and recomputes the summaries)
// npm run demo:add           adds them to a database that has no response yet
// On DATABASE_URL, or the embedded database in DATA_DIR (stop the server first: it holds that one open).
import { parseArgs } from 'node:util';
import { recordAudit, systemActor } from '../audit/record';
import { openCliDatabase } from './open-db';
import { periodsFrozenWithDemo, removeDemoResponses, seedDemoResponses } from '../demo/demo-responses';

const { values } = parseArgs({ options: { remove: { type: 'boolean', default: false } } });
const { db, close } = await openCliDatabase();
try {
  if (values.remove) {
    const frozen = await periodsFrozenWithDemo(db);
    const removed = await removeDemoResponses(db);
    if (removed > 0)
      await recordAudit(
        db,
        systemActor,
        { action: 'remove', entity: 'demo_responses', entityId: null, before: { count: removed } },
        new Date(),
      );
    console.log(
      removed > 0 ? `removed ${removed} demo responses; the dashboard's summaries were recomputed` : 'there are no demo responses',
    );
    if (frozen.length > 0)
      console.log(`note: ${frozen.join(', ')} was frozen with demo responses in it; its snapshot (and report) keeps their figures`);
  } else {
    const added = await seedDemoResponses(db, new Date());
    if (added > 0)
      await recordAudit(
        db,
        systemActor,
        { action: 'create', entity: 'demo_responses', entityId: null, after: { count: added } },
        new Date(),
      );
    console.log(
      added > 0
        ? `added ${added} demo responses ("dữ liệu minh hoạ"); npm run demo:remove takes them out`
        : 'not added: the database already has responses (or no open period)',
    );
  }
} finally {
  await close();
}
