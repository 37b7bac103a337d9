/*-------------------------------------------------------------------------
 *
 * pd_seg_names.c
 *	  Personal names the word list does not know (叶万彬, 陈茂波, 楊偉雄):
 *	  where the cheapest path cuts a surname and the two characters after
 *	  it into single characters, and the name stands where names stand
 *	  (after a title or at the start of a clause; before a verb of saying
 *	  or acting, a conjunction, or the end of a clause), the two characters
 *	  of the given name are one word: 叶|万彬.
 *
 * Only the given name is joined: the surname stays a word of its own, as
 * PKU's standard cuts names (MSR, CityU and jieba keep them whole), and as
 * the parser cut it before; a text that is the name alone (a query) is cut
 * the same way, its edges being a clause's.  Everything is read from the
 * folded text, so Traditional names (楊偉雄, 鄭志恆) and titles (局長) take
 * the same rule.  The rule reads only the cheapest path and the text around
 * it, and only where three characters stand alone on the path.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_names.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_seg_int.h"

/* single-character surnames (code point order: in_set searches them) */
static const uint16_t surnames[] = {
	0x4E01 /* 丁 */, 0x4E07 /* 万 */, 0x4E25 /* 严 */, 0x4E54 /* 乔 */,
	0x4EC7 /* 仇 */, 0x4ED8 /* 付 */, 0x4EFB /* 任 */, 0x4F55 /* 何 */,
	0x4F59 /* 余 */, 0x4FAF /* 侯 */, 0x4FDE /* 俞 */, 0x502A /* 倪 */,
	0x5085 /* 傅 */, 0x515A /* 党 */, 0x5173 /* 关 */, 0x5218 /* 刘 */,
	0x5353 /* 卓 */, 0x5355 /* 单 */, 0x5362 /* 卢 */, 0x53F2 /* 史 */,
	0x53F6 /* 叶 */, 0x5415 /* 吕 */, 0x5434 /* 吴 */, 0x5468 /* 周 */,
	0x5510 /* 唐 */, 0x590F /* 夏 */, 0x59DA /* 姚 */, 0x5B54 /* 孔 */,
	0x5B59 /* 孙 */, 0x5B5F /* 孟 */, 0x5B8B /* 宋 */, 0x5C39 /* 尹 */,
	0x5C48 /* 屈 */, 0x5CB3 /* 岳 */, 0x5D14 /* 崔 */, 0x5E38 /* 常 */,
	0x5E84 /* 庄 */, 0x5ED6 /* 廖 */, 0x5F20 /* 张 */, 0x5F6D /* 彭 */,
	0x5F90 /* 徐 */, 0x6234 /* 戴 */, 0x65B9 /* 方 */, 0x65BD /* 施 */,
	0x66F9 /* 曹 */, 0x66FE /* 曾 */, 0x6731 /* 朱 */, 0x674E /* 李 */,
	0x675C /* 杜 */, 0x6768 /* 杨 */, 0x6797 /* 林 */, 0x67EF /* 柯 */,
	0x67F4 /* 柴 */, 0x6842 /* 桂 */, 0x6881 /* 梁 */, 0x6885 /* 梅 */,
	0x6B27 /* 欧 */, 0x6B66 /* 武 */, 0x6BB5 /* 段 */, 0x6BB7 /* 殷 */,
	0x6BDB /* 毛 */, 0x6C5F /* 江 */, 0x6C64 /* 汤 */, 0x6C6A /* 汪 */,
	0x6C88 /* 沈 */, 0x6D2A /* 洪 */, 0x6E29 /* 温 */, 0x6F58 /* 潘 */,
	0x7126 /* 焦 */, 0x718A /* 熊 */, 0x725B /* 牛 */, 0x738B /* 王 */,
	0x7530 /* 田 */, 0x7533 /* 申 */, 0x767D /* 白 */, 0x77F3 /* 石 */,
	0x795D /* 祝 */, 0x79E6 /* 秦 */, 0x7A0B /* 程 */, 0x7AE0 /* 章 */,
	0x7AE5 /* 童 */, 0x7F57 /* 罗 */, 0x7FC1 /* 翁 */, 0x8042 /* 聂 */,
	0x8096 /* 肖 */, 0x80E1 /* 胡 */, 0x8212 /* 舒 */, 0x82CF /* 苏 */,
	0x8303 /* 范 */, 0x8305 /* 茅 */, 0x8363 /* 荣 */, 0x83AB /* 莫 */,
	0x8427 /* 萧 */, 0x845B /* 葛 */, 0x848B /* 蒋 */, 0x8521 /* 蔡 */,
	0x859B /* 薛 */, 0x8881 /* 袁 */, 0x8983 /* 覃 */, 0x8A79 /* 詹 */,
	0x8BB8 /* 许 */, 0x8C22 /* 谢 */, 0x8C2D /* 谭 */, 0x8C37 /* 谷 */,
	0x8D3A /* 贺 */, 0x8D3E /* 贾 */, 0x8D75 /* 赵 */, 0x8F9B /* 辛 */,
	0x8FB9 /* 边 */, 0x9093 /* 邓 */, 0x90AC /* 邬 */, 0x90B1 /* 邱 */,
	0x90B5 /* 邵 */, 0x90B9 /* 邹 */, 0x90D1 /* 郑 */, 0x90DD /* 郝 */,
	0x90ED /* 郭 */, 0x91D1 /* 金 */, 0x949F /* 钟 */, 0x94B1 /* 钱 */,
	0x95EB /* 闫 */, 0x960E /* 阎 */, 0x9646 /* 陆 */, 0x9648 /* 陈 */,
	0x9676 /* 陶 */, 0x96F7 /* 雷 */, 0x9773 /* 靳 */, 0x97E6 /* 韦 */,
	0x97E9 /* 韩 */, 0x987E /* 顾 */, 0x9A6C /* 马 */, 0x9A86 /* 骆 */,
	0x9AD8 /* 高 */, 0x9B4F /* 魏 */, 0x9C81 /* 鲁 */, 0x9EC4 /* 黄 */,
	0x9ECE /* 黎 */, 0x9F99 /* 龙 */, 0x9F9A /* 龚 */
};

/*
 * characters that are no part of a given name where they stand alone on the
 * cheapest path: function words, numerals, units, suffixes of places
 * (code point order)
 */
static const uint16_t not_given[] = {
	0x4E00 /* 一 */, 0x4E03 /* 七 */, 0x4E09 /* 三 */, 0x4E0A /* 上 */,
	0x4E0B /* 下 */, 0x4E0D /* 不 */, 0x4E0E /* 与 */, 0x4E14 /* 且 */,
	0x4E24 /* 两 */, 0x4E2A /* 个 */, 0x4E2D /* 中 */, 0x4E3A /* 为 */,
	0x4E4B /* 之 */, 0x4E5D /* 九 */, 0x4E5F /* 也 */, 0x4E86 /* 了 */,
	0x4E8C /* 二 */, 0x4E8E /* 于 */, 0x4E94 /* 五 */, 0x4EA7 /* 产 */,
	0x4EBA /* 人 */, 0x4EBF /* 亿 */, 0x4ECE /* 从 */, 0x4ED6 /* 他 */,
	0x4EE5 /* 以 */, 0x4EEC /* 们 */, 0x4F1A /* 会 */, 0x4F46 /* 但 */,
	0x4F4D /* 位 */, 0x4F60 /* 你 */, 0x5143 /* 元 */, 0x516B /* 八 */,
	0x516D /* 六 */, 0x5176 /* 其 */, 0x5185 /* 内 */, 0x5206 /* 分 */,
	0x5219 /* 则 */, 0x5230 /* 到 */, 0x533A /* 区 */, 0x5341 /* 十 */,
	0x5343 /* 千 */, 0x53BF /* 县 */, 0x53C8 /* 又 */, 0x53CA /* 及 */,
	0x53CC /* 双 */, 0x5404 /* 各 */, 0x5411 /* 向 */, 0x548C /* 和 */,
	0x56DB /* 四 */, 0x5728 /* 在 */, 0x5730 /* 地 */, 0x5916 /* 外 */,
	0x591A /* 多 */, 0x5979 /* 她 */, 0x5B83 /* 它 */, 0x5BF9 /* 对 */,
	0x5C06 /* 将 */, 0x5C31 /* 就 */, 0x5DDE /* 州 */, 0x5DF2 /* 已 */,
	0x5E02 /* 市 */, 0x5E74 /* 年 */, 0x5E76 /* 并 */, 0x5E94 /* 应 */,
	0x5F97 /* 得 */, 0x6211 /* 我 */, 0x6216 /* 或 */, 0x6240 /* 所 */,
	0x628A /* 把 */, 0x6307 /* 指 */, 0x6309 /* 按 */, 0x6444 /* 摄 */,
	0x65E5 /* 日 */, 0x65F6 /* 时 */, 0x662F /* 是 */, 0x66FE /* 曾 */,
	0x6708 /* 月 */, 0x6709 /* 有 */, 0x672C /* 本 */, 0x6751 /* 村 */,
	0x6BCF /* 每 */, 0x6BD4 /* 比 */, 0x6C0F /* 氏 */, 0x7528 /* 用 */,
	0x7684 /* 的 */, 0x7701 /* 省 */, 0x7740 /* 着 */, 0x79F0 /* 称 */,
	0x7B2C /* 第 */, 0x7B49 /* 等 */, 0x7ED8 /* 绘 */, 0x7ED9 /* 给 */,
	0x8001 /* 老 */, 0x800C /* 而 */, 0x8868 /* 表 */, 0x88AB /* 被 */,
	0x8BA9 /* 让 */, 0x8BB2 /* 讲 */, 0x8BE5 /* 该 */, 0x8BF4 /* 说 */,
	0x8C08 /* 谈 */, 0x8FD8 /* 还 */, 0x8FD9 /* 这 */, 0x90A3 /* 那 */,
	0x90FD /* 都 */, 0x91CC /* 里 */, 0x9547 /* 镇 */, 0x96F6 /* 零 */
};

/* a word of the tables below: its UTF-8 bytes and their count */
typedef struct NameWord
{
	const char *s;
	size_t		len;
} NameWord;

#define W(lit) {lit, sizeof(lit) - 1}
#define lengthof(a) (sizeof(a) / sizeof((a)[0]))

/* titles a name follows (folded: Simplified) */
static const NameWord name_titles[] = {
	W("书记"), W("市长"), W("区长"), W("州长"), W("县长"), W("镇长"), W("乡长"), W("省长"), W("主任"), W("部长"),
	W("局长"), W("处长"), W("科长"), W("院长"), W("校长"), W("司长"), W("署长"), W("厅长"), W("主席"), W("总理"),
	W("委员"), W("常委"), W("董事长"), W("经理"), W("总裁"), W("总监"), W("秘书"), W("教授"), W("研究员"), W("院士"),
	W("博士"), W("记者"), W("专家"), W("负责人"), W("创始人"), W("会长"), W("理事长"), W("社长"), W("行长"), W("所长"),
	W("议员"), W("主委"), W("队长"), W("站长"), W("工程师"), W("老师"), W("医生"), W("律师"), W("主编"), W("同志")
};

/*
 * what a name goes before (folded: Simplified): verbs of saying and acting,
 * conjunctions, days (杨伟雄今日), a title written after the name (黄志光副总监,
 * and name_titles)
 */
static const NameWord name_verbs[] = {
	W("表示"), W("说"), W("指出"), W("介绍"), W("强调"), W("认为"), W("回忆"), W("宣布"), W("致辞"), W("主持"),
	W("出席"), W("透露"), W("称"), W("代表"), W("提出"), W("告诉"), W("谈"), W("讲"), W("率"), W("带领"),
	W("会见"), W("签署"), W("担任"), W("出任"), W("和"), W("与"), W("及"), W("对"), W("在"), W("向"),
	W("等"), W("也"), W("则"), W("曾"), W("为"), W("作"), W("发言"), W("坦言"), W("解释"), W("建议"),
	W("参加"), W("参观"), W("考察"), W("带队"), W("调研"), W("视察"), W("听取"), W("表达"), W("宣读"), W("颁发"),
	W("发表"), W("于"), W("今日"), W("今天"), W("昨日"), W("昨天"), W("日前"), W("近日"), W("副")
};


static int
in_set(const uint16_t *set, size_t n, uint32_t c)
{
	size_t		lo = 0,
				hi = n;

	if (c > 0xFFFF)
		return 0;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (set[mid] == c)
			return 1;
		if (set[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * is_surname - in_set(surnames) through a bitmap of the unified ideographs,
 * filled on first use: the test runs at every three characters the path
 * leaves alone, most of them no surname
 */
#define HAN_FIRST	0x4E00
#define HAN_LAST	0x9FFF

static int
is_surname(uint32_t c)
{
	static uint8_t bits[(HAN_LAST - HAN_FIRST + 1 + 7) / 8];
	static int	ready = 0;

	if (!ready)
	{
		size_t		i;

		for (i = 0; i < lengthof(surnames); i++)
			bits[(surnames[i] - HAN_FIRST) / 8] |= (uint8_t) (1 << ((surnames[i] - HAN_FIRST) % 8));
		ready = 1;
	}
	if (c < HAN_FIRST || c > HAN_LAST)
		return 0;
	return (bits[(c - HAN_FIRST) / 8] >> ((c - HAN_FIRST) % 8)) & 1;
}

/* does a word of table t (n words) end at byte a of f? */
static int
word_ends(const NameWord *t, size_t n, const unsigned char *f, size_t a)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (t[i].len <= a && f[a - 1] == (unsigned char) t[i].s[t[i].len - 1] &&
			memcmp(f + a - t[i].len, t[i].s, t[i].len) == 0)
			return 1;
	return 0;
}

/* does a word of table t (n words) begin at byte b of f (len bytes)? */
static int
word_begins(const NameWord *t, size_t n, const unsigned char *f, size_t b, size_t len)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (t[i].len <= len - b && f[b + 2] == (unsigned char) t[i].s[2] &&
			memcmp(f + b, t[i].s, t[i].len) == 0)
			return 1;
	return 0;
}

/* does a clause begin at byte a of the folded chunk, or a title end there? */
static int
name_left(const unsigned char *f, size_t a)
{
	size_t		p = a;
	uint32_t	c;

	if (a == 0)
		return 1;
	while (p > 0 && (f[p - 1] & 0xC0) == 0x80)
		p--;
	if (p > 0)
		p--;
	pd_utf8_next(f + p, a - p, &c);
	if (c == PD_UTF8_INVALID || !is_han_run_char(c))
		return 1;
	return word_ends(name_titles, lengthof(name_titles), f, a);
}

/*
 * does a clause end at byte b of the folded chunk (n bytes), or a verb or a
 * title begin there?
 */
static int
name_right(const unsigned char *f, size_t b, size_t n)
{
	uint32_t	c;
	size_t		cl;

	if (b >= n)
		return 1;
	cl = pd_utf8_next(f + b, n - b, &c);
	if (c == PD_UTF8_INVALID || !is_han_run_char(c) || cl != 3)
		return 1;
	return word_begins(name_verbs, lengthof(name_verbs), f, b, n) ||
		word_begins(name_titles, lengthof(name_titles), f, b, n);
}

/*
 * pd_seg_given_name - does the cheapest path at character k of the decoded
 * run (next[] its steps, kb the end of the gap it cuts) hold a surname and
 * a given name of two characters, each a word of one character, where a
 * name stands?  Then 叶|万|彬 is cut 叶|万彬.
 */
int
pd_seg_given_name(const PdSegmenter *seg, const int32_t *next, size_t k, size_t kb)
{
	const uint32_t *cp = seg->dpcp;
	const int32_t *pos = seg->dppos;
	const unsigned char *f = (const unsigned char *) seg->fold;

	if (k + 3 > kb || (size_t) next[k] != k + 1 || (size_t) next[k + 1] != k + 2 ||
		(size_t) next[k + 2] != k + 3 || seg->forbid_whole)
		return 0;
	if (!is_surname(cp[k]) ||
		in_set(not_given, lengthof(not_given), cp[k + 1]) ||
		in_set(not_given, lengthof(not_given), cp[k + 2]) ||
		!is_han(cp[k + 1]) || !is_han(cp[k + 2]))
		return 0;
	return name_left(f, (size_t) pos[k]) && name_right(f, (size_t) pos[k + 3], seg->inv_n);
}
