/**
 * A page that runs the signing core in Chromium exactly as the app will: non-extractable keys,
 * the panel CA and certificates, a signed opinion with the lazily fetched font, its verification,
 * the 汇总表 XLSX, and an identity backup round trip. Results go back to the test as plain data.
 */
import { toBase64 } from '../../../../lib/crypto/bytes';
import { exportPrivateJwk, generateSigningKey } from '../../../../lib/crypto/ecdsa';
import { writeSummaryXlsx } from '../../../../lib/export/summary-xlsx';
import { exportIdentityBackup, importIdentityBackup } from '../../../../lib/identity/backup';
import type { MemberId } from '../../../../lib/ids';
import { loadWebPdfFonts } from '../../../../lib/platform/web-font-assets';
import { signOpinion } from '../../../../lib/sign/sign-opinion';
import { verifyFile } from '../../../../lib/sign/verify';
import { MEMBERS, sampleResults } from '../../../export/fixtures';
import { makePanel, sampleOpinion, signerOf } from '../../../sign/sample';

async function run() {
  const panel = await makePanel();
  const reviewer = panel.reviewers[0]!;
  const fonts = await loadWebPdfFonts();
  const signed = await signOpinion({
    opinion: sampleOpinion(panel),
    fonts,
    signer: signerOf(panel, reviewer),
  });
  const report = await verifyFile(signed.pdf);
  const xlsx = await writeSummaryXlsx(
    sampleResults({ panelId: panel.id, apps: 5, members: MEMBERS }),
  );
  const invite = await generateSigningKey(true);
  const backup = await exportIdentityBackup(
    {
      panelId: panel.id,
      memberId: reviewer.info.id as MemberId,
      name: reviewer.info.name,
      role: 'reviewer',
      signing: reviewer.key,
      inviteKey: await exportPrivateJwk(invite.privateKey),
      sealSecret: crypto.getRandomValues(new Uint8Array(32)),
      token: null,
      relayUrl: null,
    },
    { passphrase: '口令', iterations: 100_000 },
  );
  const restored = await importIdentityBackup(JSON.parse(JSON.stringify(backup)), '口令');
  let wrong = '';
  try {
    await importIdentityBackup(backup, 'nope');
  } catch (error) {
    wrong = (error as { code?: string }).code ?? String(error);
  }
  return {
    extractable: reviewer.key.privateKey.extractable,
    valid: report.valid,
    signer: report.signers[0]?.name,
    missingGlyphs: signed.missingGlyphs,
    pdf: toBase64(signed.pdf),
    xlsxHead: [...xlsx.subarray(0, 2)],
    backupNewDeviceKey: restored.newDeviceKey,
    wrongPassphrase: wrong,
    hasBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer !== 'undefined',
  };
}

(window as unknown as { runSignTest: typeof run }).runSignTest = run;
document.title = 'ready';
