/**
 * What a fact read from a scan carries in the facts list: a chip with the OCR confidence (and
 * "uncertain" below the floor, which also means it was not proposed as certain), readings
 * snapped to a known name, and the crop of the scan where it was read.
 */
import { useTranslation } from 'react-i18next';
import type { FileHash } from '@/lib/ids';
import type { OcrFactInfo } from '@/lib/ocr/facts';
import { ScanCrop } from './ScanCrop';
import './ocr.css';

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

export function OcrEvidence({ info, fileHash }: { info: OcrFactInfo; fileHash: FileHash }) {
  const { t } = useTranslation('ocr');
  const confidence = percent(info.confidence);
  return (
    <div
      className={`ocr-evidence ${info.certain ? '' : 'ocr-uncertain'}`}
      data-testid="ocr-evidence"
      data-certain={info.certain}
    >
      <span className={`chip ${info.certain ? 'chip-ocr' : 'chip-ocr-uncertain'}`}>
        {info.certain ? t('app.chip', { confidence }) : t('app.chipUncertain', { confidence })}
      </span>
      <p className="muted">{info.certain ? t('app.factHelp') : t('app.uncertainHelp')}</p>
      {info.snapped?.map((s) => (
        <p key={`${s.read}→${s.value}`} className="muted">
          {t('app.snapped', s)}
        </p>
      ))}
      {info.evidence.map((e) => (
        <ScanCrop
          key={`${e.page}:${e.rect.join(',')}`}
          fileHash={fileHash}
          page={e.page}
          rect={e.rect}
        />
      ))}
    </div>
  );
}
