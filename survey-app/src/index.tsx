import { render } from 'preact';
import { App } from './app';
import { loadReviewStep } from './load-review';
import { startSender } from './outbox/sender';
import { registerServiceWorker } from './register-sw';
import { kioskKeyOf } from './survey-state';
import './style.css';

const root = document.getElementById('app');
const kioskKey = kioskKeyOf(location.pathname);
// The kiosk's code is not part of what a phone downloads.
const kiosk = kioskKey ? import('./kiosk/kiosk-app') : undefined;
if (root && kiosk && kioskKey) void kiosk.then(({ KioskApp }) => render(<KioskApp kioskKey={kioskKey} />, root));
else if (root) render(<App />, root);
startSender();
// Both lazy parts are fetched before the service worker is told what to keep for offline use.
addEventListener('load', () => registerServiceWorker([loadReviewStep(), ...(kiosk ? [kiosk] : [])]));
