// A data-entry clerk keys paper sheets and nothing else: every other admin endpoint refuses them,
// so the role needs no check of its own in each feature.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';

const keyingPaths = ['/api/admin/paper-entries', '/api/admin/paper-sheets/', '/api/admin/paper/', '/api/admin/account'];

export const dataEntryOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.user.role === 'data_entry') {
    const path = c.req.path;
    const allowed = keyingPaths.some((p) => path === p || path.startsWith(p)) || (c.req.method === 'GET' && path === '/api/admin/periods');
    if (!allowed) throw new ApiError(403, 'forbidden', 'Your role does not allow this.');
  }
  await next();
};
