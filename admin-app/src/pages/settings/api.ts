// The province settings the report's header and signature print (api/src/settings).
import type { ProvinceSettings, ProvinceSettingsBody } from '@sipas/api/types';
import { request } from '../../api';

const path = '/api/admin/settings';

export const fetchSettings = () => request<{ settings: ProvinceSettings }>('GET', path).then((b) => b.settings);
export const saveSettings = (body: ProvinceSettingsBody) =>
  request<{ settings: ProvinceSettings }>('PUT', path, body).then((b) => b.settings);
