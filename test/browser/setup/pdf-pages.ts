/** How many A4 pages `page` prints to, counted in the PDF Chromium makes of it (print tests). */
import type { Page } from 'playwright-core';

export async function pdfPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}
