// Every page of the admin app: its path, who may open it, and its code (loaded on first visit).
import type { Role } from '@sipas/api/types';
import type { AnyComponent } from 'preact';
import lazy from 'preact-iso/lazy';
import type { common } from './messages';

export interface PageRoute {
  path: string;
  nav: keyof (typeof common)['vi']['nav'];
  roles: readonly Role[];
  component: AnyComponent;
}

const everyone: readonly Role[] = ['province_admin', 'unit_manager', 'viewer'];
const admins: readonly Role[] = ['province_admin'];
const keyers: readonly Role[] = ['province_admin', 'unit_manager', 'data_entry'];

export const pages: PageRoute[] = [
  {
    path: '/admin/',
    nav: 'dashboard',
    roles: everyone,
    component: lazy(() => import('./pages/dashboard/dashboard').then((m) => m.Dashboard)),
  },
  {
    path: '/admin/comments',
    nav: 'comments',
    roles: everyone,
    component: lazy(() => import('./pages/comments/comments').then((m) => m.Comments)),
  },
  {
    path: '/admin/reports',
    nav: 'reports',
    roles: everyone,
    component: lazy(() => import('./pages/reports/reports').then((m) => m.Reports)),
  },
  { path: '/admin/units', nav: 'units', roles: everyone, component: lazy(() => import('./pages/units/units').then((m) => m.Units)) },
  {
    path: '/admin/periods',
    nav: 'periods',
    roles: admins,
    component: lazy(() => import('./pages/periods/periods').then((m) => m.Periods)),
  },
  {
    path: '/admin/questionnaires',
    nav: 'questionnaires',
    roles: admins,
    component: lazy(() => import('./pages/questionnaires/questionnaires').then((m) => m.Questionnaires)),
  },
  {
    path: '/admin/transactions',
    nav: 'transactions',
    roles: admins,
    component: lazy(() => import('./pages/transactions/transactions').then((m) => m.Transactions)),
  },
  {
    path: '/admin/quality',
    nav: 'quality',
    roles: everyone,
    component: lazy(() => import('./pages/quality/quality').then((m) => m.Quality)),
  },
  { path: '/admin/kiosks', nav: 'kiosks', roles: admins, component: lazy(() => import('./pages/kiosks/kiosks').then((m) => m.Kiosks)) },
  { path: '/admin/users', nav: 'users', roles: admins, component: lazy(() => import('./pages/users/users').then((m) => m.Users)) },
  {
    path: '/admin/settings',
    nav: 'settings',
    roles: admins,
    component: lazy(() => import('./pages/settings/settings').then((m) => m.Settings)),
  },
  { path: '/admin/audit', nav: 'audit', roles: admins, component: lazy(() => import('./pages/audit/audit').then((m) => m.Audit)) },
  {
    path: '/admin/paper-entry',
    nav: 'paperEntry',
    roles: keyers,
    component: lazy(() => import('./pages/paper/entry').then((m) => m.PaperEntry)),
  },
  {
    path: '/admin/paper',
    nav: 'paper',
    roles: [...everyone, 'data_entry'],
    component: lazy(() => import('./pages/paper/coverage').then((m) => m.PaperCoverage)),
  },
  {
    path: '/admin/account',
    nav: 'account',
    roles: [...everyone, 'data_entry'],
    component: lazy(() => import('./pages/account/account').then((m) => m.Account)),
  },
];
