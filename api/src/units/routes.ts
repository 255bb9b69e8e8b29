import { Hono } from 'hono';
import { rootUnitOf } from '../auth/scope';
import type { AppEnv } from '../context';
import { listUnitTree } from './queries';

export const units = new Hono<AppEnv>()
  // Everyone reads the tree; a unit manager only their own subtree, rooted at their unit.
  .get('/', async (c) => {
    const root = await rootUnitOf(c.var.deps.db, c.var.user);
    return c.json({ rootId: root.id, units: await listUnitTree(c.var.deps.db, root.path) });
  });
