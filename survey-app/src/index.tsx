import { render } from 'preact';
import { formUrl, type Source } from './api';
import { App } from './app';
import { loadReviewStep, reviewStepAsked } from './load-review';
import { startSender } from './outbox/sender';
import { registerServiceWorker } from './register-sw';
import { kioskKeyOf, servicePointCodeOf } from './survey-state';
import './style.css';

const root = document.getElementById('app');
const kioskKey = kioskKeyOf(location.pathname);
// The kiosk's code is not part of what a phone downloads.
const kiosk = kioskKey ? import('./kiosk/kiosk-app') : undefined;
if (root && kiosk && kioskKey) void kiosk.then(({ KioskApp }) => render(<KioskApp kioskKey={kioskKey} />, root));
else if (root) render(<App />, root);
startSender();
// Both lazy parts are fetched before the service worker is told what to keep for offline use. On a
// phone the review step waits until the first step shows; a kiosk, idle at its start screen, takes it at once.
// The form is named outright: the page's own request for it may still be in flight then.
const code = servicePointCodeOf(location.pathname);
const source: Source | undefined = kioskKey ? { kind: 'kiosk', key: kioskKey } : code ? { kind: 'qr', code } : undefined;
const forms = source ? [formUrl(source, 'vi'), formUrl(source, 'en')] : [];
addEventListener('load', () => registerServiceWorker(kiosk ? [loadReviewStep(), kiosk] : [reviewStepAsked()], forms));
