
/*
 * 81-column-comments: comments corrected in 1.1 (issue 12), true to what the
 * columns hold.  When you change one of these comments in the install script
 * later, change it here too (or drop the line): later parts win.
 */
COMMENT ON COLUMN @extschema@.indicator.unit IS
    'unit of value: a measure word (人, 家, 个), 元 for amounts in yuan (万元, 亿元 and 人民币 are normalised to 元 and the value multiplied out), another currency (美元), a physical unit (平方米, 吨), % (percent points), ‰, 百分点, 倍 or a time span; NULL where the text gives none';
COMMENT ON COLUMN @extschema@.indicator.qualifier IS
    'how the value is bounded: approx (约, 近, 左右), more_than (超, 逾, 余), at_least (以上, 不少于), less_than (不到, 不足), at_most (以下, 不超过); NULL for an exact figure';
COMMENT ON COLUMN @extschema@.indicator.kind IS
    'kind of figure: level (an amount or count), change (an increase or decrease in units: 新增, 减少), growth_rate (a rate of change: 增长8.5%, 增长2倍), share (a part of a whole: 占52%)';
COMMENT ON COLUMN @extschema@.park.name IS
    'full official name of the park, e.g. 江苏省溧阳高新技术产业开发区';
COMMENT ON COLUMN @extschema@.region_path.province IS 'province-level division of the region (the region itself for a province)';
COMMENT ON COLUMN @extschema@.region_path.city IS 'prefecture-level city (or municipality) of the region; NULL for a province and for counties directly under a province';
COMMENT ON COLUMN @extschema@.region_path.county IS 'the region itself if it is a county-level division, else NULL';
COMMENT ON COLUMN @extschema@.region_path.province_code IS 'code of the province of the region';
COMMENT ON COLUMN @extschema@.region_path.prefecture_code IS 'code of the prefecture of the region, if any';
