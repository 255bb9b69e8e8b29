// Answering the survey in Chromium, step by step, for the browser suites.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Answers every statement on the current factor page with `level`, N/A where listed. */
export async function answerFactorPage(page: Page, level: string, na: string[] = []) {
  const fieldsets = page.locator('fieldset[id^="q-"]');
  for (let i = 0; i < (await fieldsets.count()); i++) {
    const fieldset = fieldsets.nth(i);
    const code = (await fieldset.getAttribute('id'))!.slice(2);
    await fieldset.locator(`label:has(input[value="${na.includes(code) ? 'na' : level}"])`).click();
  }
}

export async function expectStep(page: Page, text: string) {
  await expect.poll(() => page.getByText(text, { exact: true }).count()).toBe(1);
}

/** A citizen rating every statement `level`, skipping everything optional, in Vietnamese; returns the reference. */
export async function answerQuickly(page: Page, level: string, onReview?: () => Promise<void>): Promise<string> {
  await expectStep(page, 'Bước 1/6');
  await page.getByText('Cá nhân (công dân)').click();
  for (let step = 1; step <= 4; step++) {
    await expectStep(page, `Bước ${step}/6`);
    await answerFactorPage(page, level);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
  }
  await expectStep(page, 'Bước 5/6');
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  await expectStep(page, 'Bước 6/6');
  await onReview?.();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const reference = page.getByTestId('reference');
  await expect.poll(() => reference.textContent()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  return (await reference.textContent())!;
}

/** The reference a respondent is shown for a response id (referenceOf on the API side). */
export function referenceOfId(id: string): string {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
