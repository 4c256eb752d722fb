/**
 * The three presets the theme builder starts from, read from the repo's own
 * files (themes/*.css) as text, so the builder never carries a copy of their
 * colours.
 */
import dangjianRed from '../../themes/dangjian-red.css?raw';
import zhengwuBlue from '../../themes/zhengwu-blue.css?raw';
import neutral from '../../themes/neutral.css?raw';
import {parseTheme, type Theme} from './theme.js';

export const PRESET_IDS = ['dangjian-red', 'zhengwu-blue', 'neutral'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Each preset's colours, by its file name. */
export const PRESETS: Record<PresetId, Theme> = {
  'dangjian-red': parseTheme(dangjianRed),
  'zhengwu-blue': parseTheme(zhengwuBlue),
  neutral: parseTheme(neutral),
};
