/** A small breakdown sheet read by the core, for the views' tests. */
import { readSheet } from '../../src/core/read/read-sheet';
import { detectionOf, type Detection } from '../../src/taskpane/model/detection';
import { initialSettings, type PaneSettings } from '../../src/taskpane/model/settings';
import { grid } from '../helpers/grid';

export const AS_OF = '2026-11-30';

export const SHEET = grid(
  [
    ['2026年重点任务分解表'],
    ['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '完成情况'],
    [1, '整治集贸市场', '市场监管科', '城南分局、城北分局', '2026年10月31日', null],
    [2, '清理户外广告', '执法大队', '城南分局', '2026年12月5日', null],
    [3, '窗口规范化服务', '行政审批科', null, '2026年9月20日', '已完成'],
    [4, '迎检查漏补缺', '办公室', '各科室', '20xx年11月10日', null],
    [5, '创文资料整理', '办公室', null, '长期', null],
  ],
  ['A1:F1'],
  '任务分解',
);

export function detection(map = {}): Detection {
  return detectionOf(SHEET, readSheet(SHEET, { asOf: AS_OF, map }), AS_OF);
}

export function settings(patch: Partial<PaneSettings> = {}): PaneSettings {
  return { ...initialSettings('任务分解', null, AS_OF, 'zh-CN'), ...patch };
}
