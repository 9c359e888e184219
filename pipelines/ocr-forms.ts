/**
 * Characters OCR reads as their traditional forms (預算, 項目, 金額): the keys used for matching
 * the vocabulary fold them back (src/recognize/stream.ts matchKey); printed texts keep what
 * was read. Add a pair when an OCR engine is seen reading another one.
 */
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  預: '预', 項: '项', 額: '额', 資: '资', 級: '级', 標: '标', 類: '类', 單: '单', 設: '设', 計: '计',
  實: '实', 績: '绩', 數: '数', 據: '据', 員: '员', 門: '门', 際: '际', 執: '执', 總: '总', 評: '评',
  滿: '满', 價: '价', 務: '务', 質: '质', 時: '时', 產: '产', 經: '经', 濟: '济', 態: '态', 環: '环',
};
